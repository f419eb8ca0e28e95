/**
 * "Forgot your password": a one-time link by mail, valid for RESET_PASSWORD_LINK_HOURS. Whether the
 * address has an account or not, the answer is the same, so the form tells nobody who has one.
 * Requests are limited per network address (said so, as at sign-in) and per account (silently:
 * a flood of requests must not flood a person's mailbox).
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { oneTimeTokens, users } from '../../db/schema.ts';
import type { Lang } from '../../domain/language.ts';
import { writeAudit } from '../audit.ts';
import type { WriteCtx } from '../context.ts';
import { queueMail } from '../outbox/queue-mail.ts';
import { issueOneTimeToken, RESET_PASSWORD_LINK_HOURS } from './accounts.ts';
import { hitLimit, type Limit } from './rate-limit.ts';
import { normaliseEmail } from './sign-in.ts';

export const RESET_ADDRESS_LIMIT: Limit = { bucket: 'password-reset:address', max: 10, windowSeconds: 60 * 60 };
export const RESET_ACCOUNT_LIMIT: Limit = { bucket: 'password-reset:account', max: 3, windowSeconds: 60 * 60 };

/** The message's words come from the caller (the workspace's catalogs); the service decides when to send. */
export type LinkMail = (lang: Lang, link: string, hours: number) => { subject: string; bodyText: string };

export type ResetRequestResult = { kind: 'accepted' } | { kind: 'rate_limited'; retryAfter: number };

export async function requestPasswordReset(
  ctx: WriteCtx,
  input: { email: string; address: string },
  linkTo: (secret: string) => string,
  compose: LinkMail,
): Promise<ResetRequestResult> {
  const byAddress = await hitLimit(ctx, RESET_ADDRESS_LIMIT, input.address);
  if (!byAddress.allowed) return { kind: 'rate_limited', retryAfter: byAddress.retryAfter };
  const [user] = await ctx.tx
    .select({ id: users.id, email: users.email, lang: users.lang, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, normaliseEmail(input.email)));
  if (!user || user.disabledAt) {
    await writeAudit(ctx, { action: 'auth.password_reset_requested', target: user ? `user:${user.id}` : 'account:unknown', details: { sent: false } });
    return { kind: 'accepted' };
  }
  const byAccount = await hitLimit(ctx, RESET_ACCOUNT_LIMIT, user.id);
  if (!byAccount.allowed) {
    await writeAudit(ctx, { action: 'auth.password_reset_requested', target: `user:${user.id}`, details: { sent: false, limited: true } });
    return { kind: 'accepted' };
  }
  // Only the newest link works: an older one left in a mailbox is no longer a way in.
  await ctx.tx
    .update(oneTimeTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(oneTimeTokens.userId, user.id), eq(oneTimeTokens.purpose, 'reset_password'), isNull(oneTimeTokens.usedAt)));
  const secret = await issueOneTimeToken(ctx, user.id, 'reset_password');
  await queueMail(ctx, { kind: 'password_reset', recipient: user.email, lang: user.lang, ...compose(user.lang, linkTo(secret), RESET_PASSWORD_LINK_HOURS) });
  await writeAudit(ctx, { action: 'auth.password_reset_requested', target: `user:${user.id}`, details: { sent: true } });
  return { kind: 'accepted' };
}
