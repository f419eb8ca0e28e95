/**
 * Signing in with an e-mail address and a password. An unknown address, a wrong password and a
 * locked account get the same answer in the same time, so the answer tells nothing of who has an
 * account. Attempts are limited per address (network); an account locks for a while after repeated
 * failures, from whatever addresses they came. Refusals are returned, not thrown, so that their counting commits.
 */
import { eq, sql } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import { writeAudit } from '../audit.ts';
import type { WriteCtx } from '../context.ts';
import { passwordMatches } from './passwords.ts';
import { hitLimit, type Limit } from './rate-limit.ts';
import { createSession } from './sessions.ts';

export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;
/** Per account, repeated failures lock it (above); per address, attempts of any kind are limited. */
export const ADDRESS_LIMIT: Limit = { bucket: 'sign-in:address', max: 30, windowSeconds: 15 * 60 };

export type SignInResult =
  | { kind: 'signed_in'; sessionSecret: string; userId: string; /** The password was right; a second factor is still due. */ secondFactorDue: boolean }
  | { kind: 'refused' }
  | { kind: 'rate_limited'; retryAfter: number };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Whether the person must (or chose to) give a second factor. */
export type SecondFactorRule = (userId: string, hasSecondFactor: boolean) => Promise<boolean>;

export async function signInWithPassword(
  ctx: WriteCtx,
  input: { email: string; password: string; address: string },
  secondFactorDue: SecondFactorRule,
): Promise<SignInResult> {
  const email = normaliseEmail(input.email);
  const byAddress = await hitLimit(ctx, ADDRESS_LIMIT, input.address);
  if (!byAddress.allowed) return { kind: 'rate_limited', retryAfter: byAddress.retryAfter };

  const [user] = await ctx.tx
    .select({
      id: users.id, passwordHash: users.passwordHash, totpEnabledAt: users.totpEnabledAt, disabledAt: users.disabledAt,
      locked: sql<boolean>`coalesce(${users.lockedUntil} > now(), false)`,
    })
    .from(users)
    .where(eq(users.email, email));
  // The hash is checked whatever else is wrong, so every refusal takes the time of a real check.
  const matches = await passwordMatches(user?.passwordHash ?? null, input.password);
  const usable = user && !user.disabledAt && !user.locked;

  if (!user) {
    await writeAudit(ctx, { action: 'auth.sign_in_failed', target: 'account:unknown' });
    return { kind: 'refused' };
  }
  if (!matches || !usable) {
    const failures = matches ? 0 : 1;
    const [after] = await ctx.tx
      .update(users)
      .set({
        failedSignIns: sql`${users.failedSignIns} + ${failures}`,
        lockedUntil: sql`case when ${users.failedSignIns} + ${failures} >= ${LOCK_AFTER_FAILURES} and not coalesce(${users.lockedUntil} > now(), false)
          then now() + make_interval(mins => ${LOCK_MINUTES}) else ${users.lockedUntil} end`,
      })
      .where(eq(users.id, user.id))
      .returning({ failedSignIns: users.failedSignIns, lockedUntil: users.lockedUntil });
    const reason = user.disabledAt ? 'disabled' : user.locked ? 'locked' : 'wrong_password';
    await writeAudit(ctx, { action: 'auth.sign_in_failed', target: `user:${user.id}`, details: { reason } });
    if (!user.locked && after?.lockedUntil && after.failedSignIns >= LOCK_AFTER_FAILURES && failures) {
      await writeAudit(ctx, { action: 'auth.locked_out', target: `user:${user.id}`, details: { minutes: LOCK_MINUTES } });
    }
    return { kind: 'refused' };
  }
  await ctx.tx.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, user.id));
  const due = await secondFactorDue(user.id, user.totpEnabledAt !== null);
  const sessionSecret = await createSession(ctx, user.id, !due, 'password');
  await writeAudit(ctx, { action: 'auth.sign_in', target: `user:${user.id}`, details: { method: 'password', secondFactorDue: due } });
  return { kind: 'signed_in', sessionSecret, userId: user.id, secondFactorDue: due };
}
