/** A demo database with a person for every role, each owning one action of the demo programme, for the round tests. */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { actions, programmes } from '../../src/db/schema.ts';
import { ROLES, type Actor, type Role } from '../../src/domain/actor.ts';
import type { Store } from '../../src/services/context.ts';
import { DEMO_PROGRAMME } from '../../src/io/demo.ts';
import { addPerson } from '../../src/services/staff/accounts.ts';
import { writeIn } from './database.ts';

export interface RoundPerson {
  role: Role;
  email: string;
  userId: string;
  actor: Actor;
  /** The action assigned to the person. */
  ownRef: string;
}

/** One person per role in Porvoo, the first actions of the demo programme assigned to them in turn, and an action owned by nobody's account. */
export async function roundPeople(store: Store): Promise<{ people: Record<Role, RoundPerson>; unownedRef: string; municipalityId: string }> {
  const people = {} as Record<Role, RoundPerson>;
  for (const role of ROLES) {
    // No password: services are called with the person's actor directly (signing in is tested elsewhere).
    const email = `round.${role.replace('_', '-')}@example.fi`;
    const { userId } = await writeIn(store, 'porvoo', (ctx) => addPerson(ctx, { email, displayName: `Test ${role}`, lang: 'fi', role }));
    people[role] = { role, email, userId, actor: { kind: 'staff', userId, roles: new Map() }, ownRef: '' };
  }
  return writeIn(store, 'porvoo', async (ctx) => {
    const municipalityId = ctx.municipality!.id;
    const refs = await ctx.tx.select({ ref: actions.ref }).from(actions)
      .innerJoin(programmes, eq(programmes.id, actions.programmeId))
      .where(eq(programmes.slug, DEMO_PROGRAMME)).orderBy(asc(actions.ref));
    ROLES.forEach((role, index) => {
      people[role].ownRef = refs[index]!.ref;
      people[role].actor = { kind: 'staff', userId: people[role].userId, roles: new Map([[municipalityId, [role]]]) };
    });
    for (const role of ROLES) {
      await ctx.tx.update(actions).set({ ownerUserId: people[role].userId, version: sql`${actions.version} + 1` })
        .where(eq(actions.ref, people[role].ownRef));
    }
    const unownedRef = refs[ROLES.length]!.ref;
    await ctx.tx.update(actions).set({ ownerName: 'Someone Without Account' }).where(inArray(actions.ref, [unownedRef]));
    return { people, unownedRef, municipalityId };
  });
}
