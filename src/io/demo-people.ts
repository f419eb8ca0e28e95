/**
 * The demo's people: one per role in Porvoo, each with a password generated at first start and
 * printed once, so that anyone trying the product can sign in as each role. Never in production.
 * The action owner is given the programme's first actions, so "my actions in this round" shows some.
 */
import { randomBytes } from 'node:crypto';
import { ROLES, type Actor, type Role } from '../domain/actor.ts';
import { runWrite, type Store, type WriteCtx } from '../services/context.ts';
import { getEditableAction, listProgrammeActions, updateAction } from '../services/editing/actions.ts';
import { findProgramme } from '../services/programmes.ts';
import { addPerson, setPasswordAsOperator } from '../services/staff/accounts.ts';
import { DEMO_MUNICIPALITY, DEMO_PROGRAMME } from './demo.ts';

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

/** How many of the demo programme's first actions the demo's action owner is responsible for. */
export const DEMO_OWNED_ACTIONS = 3;

/** Hands the programme's first actions to `userId`, through the editing use-case (history and audit included). */
async function assignFirstActions(ctx: WriteCtx, userId: string): Promise<void> {
  const programme = await findProgramme(ctx, DEMO_PROGRAMME);
  if (!programme) return;
  const first = (await listProgrammeActions(ctx, programme.id)).filter((action) => !action.archived).slice(0, DEMO_OWNED_ACTIONS);
  for (const { id } of first) {
    const action = await getEditableAction(ctx, id);
    await updateAction(ctx, { id, version: action.version, fields: { ...action.fields, ownerUserId: userId, ownerName: null } });
  }
}

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
      if (role === 'action_owner') await assignFirstActions(ctx, userId);
    });
    people.push({ role, email, password });
  }
  return people;
}
