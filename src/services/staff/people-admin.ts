/**
 * A municipality's administrators manage its people: invite (an account and a set-password link by
 * mail), grant and revoke roles, deactivate and reactivate. The municipality always keeps an active
 * administrator, and an account that also works for another municipality is not deactivated from here
 * (its roles here can be revoked instead). Every change is audited.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { memberships, users } from '../../db/schema.ts';
import type { Role } from '../../domain/actor.ts';
import { InvalidInputError, NotFoundError } from '../../domain/errors.ts';
import { selectRows } from '../../db/orm.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { Ctx, WriteCtx } from '../context.ts';
import { queueMail } from '../outbox/queue-mail.ts';
import { scopedMunicipality } from '../scope.ts';
import { addPerson, SET_PASSWORD_LINK_DAYS, type NewAccount } from './accounts.ts';
import type { LinkMail } from './password-reset.ts';
import { endSessionsOf } from './sessions.ts';

export interface PersonRow {
  id: string;
  displayName: string;
  email: string;
  roles: Role[];
  deactivated: boolean;
  hasSecondFactor: boolean;
  /** Invited, and no password set yet. */
  pending: boolean;
  /** Locked for a while after repeated failed sign-ins. */
  locked: boolean;
}

/** The people with a role in the current municipality, by name. */
export async function listPeople(ctx: Ctx): Promise<PersonRow[]> {
  authorize(ctx, 'users.manage');
  const rows = await ctx.tx
    .select({
      id: users.id, displayName: users.displayName, email: users.email, role: memberships.role,
      disabledAt: users.disabledAt, totpEnabledAt: users.totpEnabledAt, hasPassword: sql<boolean>`${users.passwordHash} is not null`,
      locked: sql<boolean>`coalesce(${users.lockedUntil} > now(), false)`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.municipalityId, scopedMunicipality(ctx).id))
    .orderBy(asc(users.displayName), asc(users.id));
  const byId = new Map<string, PersonRow>();
  for (const row of rows) {
    const entry = byId.get(row.id) ?? {
      id: row.id, displayName: row.displayName, email: row.email, roles: [], deactivated: row.disabledAt !== null,
      hasSecondFactor: row.totpEnabledAt !== null, pending: !row.hasPassword, locked: row.locked,
    };
    entry.roles.push(row.role);
    byId.set(row.id, entry);
  }
  return [...byId.values()];
}

/**
 * Adds a person (or a role to someone who has an account) and mails a set-password link to an account
 * that has no password yet, so inviting again someone whose link expired sends a new one.
 */
export async function invitePerson(
  ctx: WriteCtx, input: NewAccount, linkTo: (secret: string) => string, compose: LinkMail,
): Promise<{ userId: string; created: boolean; mailed: boolean }> {
  const added = await addPerson(ctx, input);
  if (added.setPasswordSecret) {
    const [user] = await ctx.tx.select({ email: users.email, lang: users.lang }).from(users).where(eq(users.id, added.userId));
    const mail = compose(user!.lang, linkTo(added.setPasswordSecret), SET_PASSWORD_LINK_DAYS * 24);
    await queueMail(ctx, { kind: 'invitation', recipient: user!.email, lang: user!.lang, ...mail });
  }
  return { userId: added.userId, created: added.created, mailed: added.setPasswordSecret !== null };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function rolesHere(ctx: Ctx, userId: string): Promise<Role[]> {
  if (!UUID.test(userId)) throw new NotFoundError('person', userId);
  const rows = await ctx.tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.municipalityId, scopedMunicipality(ctx).id)));
  if (rows.length === 0) throw new NotFoundError('person', userId);
  return rows.map((row) => row.role);
}

/** Whether the municipality would still have an active administrator without this person's role. */
async function anotherActiveAdministrator(ctx: Ctx, userId: string): Promise<boolean> {
  const [other] = await ctx.tx
    .select({ one: sql<number>`1` })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(
      eq(memberships.municipalityId, scopedMunicipality(ctx).id), eq(memberships.role, 'administrator'),
      sql`${memberships.userId} <> ${userId}`, isNull(users.disabledAt),
    ))
    .limit(1);
  return other !== undefined;
}

export async function grantRole(ctx: WriteCtx, userId: string, role: Role): Promise<void> {
  authorize(ctx, 'users.manage');
  const roles = await rolesHere(ctx, userId);
  if (roles.includes(role)) return;
  await ctx.tx.insert(memberships).values({ userId, municipalityId: scopedMunicipality(ctx).id, role });
  await writeAudit(ctx, { action: 'user.role_grant', target: `user:${userId}`, details: { role } });
}

export async function revokeRole(ctx: WriteCtx, userId: string, role: Role): Promise<void> {
  authorize(ctx, 'users.manage');
  const roles = await rolesHere(ctx, userId);
  if (!roles.includes(role)) return;
  if (role === 'administrator' && !(await anotherActiveAdministrator(ctx, userId))) {
    throw new InvalidInputError([{ field: 'role', problem: 'last_administrator' }]);
  }
  await ctx.tx.delete(memberships).where(and(
    eq(memberships.userId, userId), eq(memberships.municipalityId, scopedMunicipality(ctx).id), eq(memberships.role, role),
  ));
  await writeAudit(ctx, { action: 'user.role_revoke', target: `user:${userId}`, details: { role } });
}

/** The account can no longer sign in, and its sessions end now. */
export async function deactivatePerson(ctx: WriteCtx, userId: string): Promise<void> {
  authorize(ctx, 'users.manage');
  const roles = await rolesHere(ctx, userId);
  if (roles.includes('administrator') && !(await anotherActiveAdministrator(ctx, userId))) {
    throw new InvalidInputError([{ field: 'person', problem: 'last_administrator' }]);
  }
  const [elsewhere] = await selectRows<{ yes: boolean }>(ctx.tx, sql`select has_roles_elsewhere(${userId}) as yes`);
  if (elsewhere?.yes) throw new InvalidInputError([{ field: 'person', problem: 'roles_elsewhere' }]);
  await ctx.tx.update(users).set({ disabledAt: sql`now()`, version: sql`${users.version} + 1` }).where(and(eq(users.id, userId), isNull(users.disabledAt)));
  await endSessionsOf(ctx, userId);
  await writeAudit(ctx, { action: 'user.deactivate', target: `user:${userId}` });
}

/** Lifts a lock-out before it ends by itself (the person called, and it was them). */
export async function unlockPerson(ctx: WriteCtx, userId: string): Promise<void> {
  authorize(ctx, 'users.manage');
  await rolesHere(ctx, userId);
  await ctx.tx.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, userId));
  await writeAudit(ctx, { action: 'user.unlock', target: `user:${userId}` });
}

export async function reactivatePerson(ctx: WriteCtx, userId: string): Promise<void> {
  authorize(ctx, 'users.manage');
  await rolesHere(ctx, userId);
  await ctx.tx
    .update(users)
    .set({ disabledAt: null, failedSignIns: 0, lockedUntil: null, version: sql`${users.version} + 1` })
    .where(eq(users.id, userId));
  await writeAudit(ctx, { action: 'user.reactivate', target: `user:${userId}` });
}
