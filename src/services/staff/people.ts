/** The people of the workspace: who they are, and their roles in each municipality. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { memberships, municipalities, users } from '../../db/schema.ts';
import type { Actor, Role } from '../../domain/actor.ts';
import type { Lang } from '../../domain/language.ts';
import type { Ctx } from '../context.ts';

export interface Person {
  id: string;
  displayName: string;
  lang: Lang;
  /** Whether the person has an authenticator app as a second factor. */
  hasSecondFactor: boolean;
  /** The municipalities the person has roles in, by slug, with the roles. */
  municipalities: { id: string; slug: string; name: Record<string, string | undefined>; roles: Role[] }[];
}

/** Everything the workspace needs to know of a signed-in person; null when the account is gone or disabled. */
export async function findPerson(ctx: Ctx, userId: string): Promise<Person | null> {
  const [user] = await ctx.tx
    .select({ id: users.id, displayName: users.displayName, lang: users.lang, totpEnabledAt: users.totpEnabledAt, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || user.disabledAt) return null;
  const rows = await ctx.tx
    .select({ id: municipalities.id, slug: municipalities.slug, name: municipalities.name, role: memberships.role })
    .from(memberships)
    .innerJoin(municipalities, eq(municipalities.id, memberships.municipalityId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(municipalities.slug));
  const byId = new Map<string, Person['municipalities'][number]>();
  for (const row of rows) {
    const entry = byId.get(row.id) ?? { id: row.id, slug: row.slug, name: row.name, roles: [] as Role[] };
    entry.roles.push(row.role);
    byId.set(row.id, entry);
  }
  return {
    id: user.id, displayName: user.displayName, lang: user.lang, hasSecondFactor: user.totpEnabledAt !== null,
    municipalities: [...byId.values()],
  };
}

/** The actor a person acts as: their roles by municipality id. */
export function staffActor(person: Person): Actor {
  return { kind: 'staff', userId: person.id, roles: new Map(person.municipalities.map((m) => [m.id, m.roles])) };
}

/** The people with a role in the current municipality, with their roles. */
export async function listMembers(ctx: Ctx): Promise<{ id: string; displayName: string; email: string; roles: Role[] }[]> {
  const rows = await ctx.tx
    .select({ id: users.id, displayName: users.displayName, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.municipalityId, ctx.municipality!.id))
    .orderBy(asc(users.displayName));
  const byId = new Map<string, { id: string; displayName: string; email: string; roles: Role[] }>();
  for (const row of rows) {
    const entry = byId.get(row.id) ?? { id: row.id, displayName: row.displayName, email: row.email, roles: [] };
    entry.roles.push(row.role);
    byId.set(row.id, entry);
  }
  return [...byId.values()];
}

/** Whether all of these people have a role in the current municipality (an action's owner must). */
export async function areMembers(ctx: Ctx, userIds: readonly string[]): Promise<boolean> {
  if (userIds.length === 0) return true;
  const rows = await ctx.tx
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.municipalityId, ctx.municipality!.id), inArray(memberships.userId, [...userIds])));
  return rows.length === new Set(userIds).size;
}
