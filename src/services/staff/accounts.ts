/**
 * Accounts: creating a person with a role in a municipality, and the one-time link with which they
 * set their password (sent by mail, or printed by `tiekartta user add`). A password set through a link
 * ends every session the person had.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { memberships, oneTimeTokens, users } from '../../db/schema.ts';
import type { Role } from '../../domain/actor.ts';
import { ForbiddenError, InvalidInputError } from '../../domain/errors.ts';
import type { Lang } from '../../domain/language.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { Ctx, WriteCtx } from '../context.ts';
import { scopedMunicipality } from '../scope.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { hashSecret, newSecret } from './secrets.ts';
import { endSessionsOf } from './sessions.ts';
import { normaliseEmail } from './sign-in.ts';

export const SET_PASSWORD_LINK_DAYS = 7;
export const RESET_PASSWORD_LINK_HOURS = 2;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface NewAccount {
  email: string;
  displayName: string;
  lang: Lang;
  role: Role;
}

/** A one-time link's secret for the person; only its hash is kept. */
export async function issueOneTimeToken(
  ctx: WriteCtx, userId: string, purpose: 'set_password' | 'reset_password',
): Promise<string> {
  const secret = newSecret();
  const lifetime = purpose === 'set_password' ? sql`make_interval(days => ${SET_PASSWORD_LINK_DAYS})` : sql`make_interval(hours => ${RESET_PASSWORD_LINK_HOURS})`;
  await ctx.tx.insert(oneTimeTokens).values({ idHash: hashSecret(secret), userId, purpose, expiresAt: sql`now() + ${lifetime}` });
  return secret;
}

/**
 * Gives a person a role in the current municipality, creating the account when the address is new.
 * Returns the secret of a set-password link for a new account (or one without a password).
 */
export async function addPerson(ctx: WriteCtx, input: NewAccount): Promise<{ userId: string; created: boolean; setPasswordSecret: string | null }> {
  authorize(ctx, 'users.manage');
  const municipality = scopedMunicipality(ctx);
  const email = normaliseEmail(input.email);
  const displayName = input.displayName.trim();
  const issues = [
    ...(EMAIL.test(email) && email.length <= 254 ? [] : [{ field: 'email', problem: 'invalid' }]),
    ...(displayName.length >= 1 && displayName.length <= 100 ? [] : [{ field: 'displayName', problem: 'invalid' }]),
  ];
  if (issues.length > 0) throw new InvalidInputError(issues);
  let [user] = await ctx.tx.select({ id: users.id, passwordHash: users.passwordHash }).from(users).where(eq(users.email, email));
  const created = !user;
  if (!user) {
    [user] = await ctx.tx.insert(users).values({ email, displayName, lang: input.lang }).returning({ id: users.id, passwordHash: users.passwordHash });
  }
  await ctx.tx.insert(memberships).values({ userId: user!.id, municipalityId: municipality.id, role: input.role }).onConflictDoNothing();
  const setPasswordSecret = user!.passwordHash ? null : await issueOneTimeToken(ctx, user!.id, 'set_password');
  await writeAudit(ctx, { action: created ? 'user.create' : 'user.role_grant', target: `user:${user!.id}`, details: { role: input.role } });
  return { userId: user!.id, created, setPasswordSecret };
}

export type SetPasswordResult = { kind: 'done'; userId: string } | { kind: 'invalid_link' } | { kind: 'weak_password'; problem: string };

/** Sets a password through a one-time link (run as the sign-in machinery: the person is not signed in). */
export async function setPasswordWithLink(ctx: WriteCtx, secret: string, password: string): Promise<SetPasswordResult> {
  const [token] = await ctx.tx
    .select({ userId: oneTimeTokens.userId })
    .from(oneTimeTokens)
    .where(and(eq(oneTimeTokens.idHash, hashSecret(secret)), isNull(oneTimeTokens.usedAt), sql`${oneTimeTokens.expiresAt} > now()`));
  if (!token) return { kind: 'invalid_link' };
  const problem = passwordProblem(password);
  if (problem) return { kind: 'weak_password', problem };
  await ctx.tx.update(oneTimeTokens).set({ usedAt: sql`now()` }).where(eq(oneTimeTokens.idHash, hashSecret(secret)));
  await ctx.tx
    .update(users)
    .set({ passwordHash: await hashPassword(password), failedSignIns: 0, lockedUntil: null, version: sql`${users.version} + 1` })
    .where(eq(users.id, token.userId));
  await endSessionsOf(ctx, token.userId);
  await writeAudit(ctx, { action: 'auth.password_set', target: `user:${token.userId}` });
  return { kind: 'done', userId: token.userId };
}

/** Whether a link is still usable, to show the form or say the link has expired before anyone types. */
export async function isLinkValid(ctx: Ctx, secret: string): Promise<boolean> {
  const [token] = await ctx.tx
    .select({ userId: oneTimeTokens.userId })
    .from(oneTimeTokens)
    .where(and(eq(oneTimeTokens.idHash, hashSecret(secret)), isNull(oneTimeTokens.usedAt), sql`${oneTimeTokens.expiresAt} > now()`));
  return token !== undefined;
}

/** Sets a password without a link: only the operator's commands (the demo's people), never a person for another. */
export async function setPasswordAsOperator(ctx: WriteCtx, userId: string, password: string): Promise<void> {
  if (ctx.actor.kind !== 'system') throw new ForbiddenError('users.set_password');
  const problem = passwordProblem(password);
  if (problem) throw new InvalidInputError([{ field: 'password', problem }]);
  await ctx.tx.update(users).set({ passwordHash: await hashPassword(password), version: sql`${users.version} + 1` }).where(eq(users.id, userId));
  await writeAudit(ctx, { action: 'auth.password_set', target: `user:${userId}` });
}
