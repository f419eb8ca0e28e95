/**
 * The demo's people: one per role in Porvoo, each with a password generated at first start and
 * printed once, so that anyone trying the product can sign in as each role. Never in production.
 */
import { randomBytes } from 'node:crypto';
import { ROLES, type Actor, type Role } from '../domain/actor.ts';
import { runWrite, type Store } from '../services/context.ts';
import { addPerson, setPasswordAsOperator } from '../services/staff/accounts.ts';
import { DEMO_MUNICIPALITY } from './demo.ts';

export interface DemoPerson {
  role: Role;
  email: string;
  password: string;
}

const DEMO_NAMES: Record<Role, string> = {
  administrator: 'Aino Ylläpitäjä',
  coordinator: 'Kaisa Koordinaattori',
  action_owner: 'Otto Omistaja',
  steering_member: 'Sanna Ohjausryhmä',
  viewer: 'Leo Lukija',
};

/** Addresses of the reserved `.invalid` domain (RFC 2606): mail to them goes nowhere. */
export const demoEmail = (role: Role) => `${role.replace('_', '-')}@porvoo.demo.invalid`;

export async function createDemoPeople(store: Store, actor: Actor = { kind: 'system', name: 'demo' }): Promise<DemoPerson[]> {
  const people: DemoPerson[] = [];
  for (const role of ROLES) {
    const password = randomBytes(12).toString('base64url');
    const email = demoEmail(role);
    await runWrite(store, { actor, municipality: { slug: DEMO_MUNICIPALITY.slug } }, async (ctx) => {
      const { userId } = await addPerson(ctx, { email, displayName: DEMO_NAMES[role], lang: 'fi', role });
      await setPasswordAsOperator(ctx, userId, password);
    });
    people.push({ role, email, password });
  }
  return people;
}
