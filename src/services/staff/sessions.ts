/**
 * Server-side sessions. The browser holds a random secret in a cookie; the database holds its hash.
 * A session ends after SESSION_IDLE of inactivity or SESSION_ABSOLUTE after sign-in, whichever comes
 * first, and at sign-out, on the server.
 */
import { and, eq, sql } from 'drizzle-orm';
import { sessions } from '../../db/schema.ts';
import type { Ctx } from '../context.ts';
import { hashSecret, newSecret } from './secrets.ts';

export const SESSION_IDLE_MINUTES = 60;
export const SESSION_ABSOLUTE_HOURS = 12;
/** Activity is recorded at most this often, so reading pages does not write on every request. */
const TOUCH_EVERY_SECONDS = 60;

export interface SessionRecord {
  userId: string;
  complete: boolean;
  method: string;
  csrfSecret: string;
}

/**
 * Where a session came from single sign-on: the provider, and its ID token as stored (sealed), which
 * signing out at the provider names (services/sso/sign-out.ts).
 */
export interface SsoSessionLink {
  providerId: string;
  sealedIdToken: string | null;
}

/** A new session; returns the secret for the cookie (never stored). */
export async function createSession(ctx: Ctx, userId: string, complete: boolean, method: string, sso: SsoSessionLink | null = null): Promise<string> {
  const secret = newSecret();
  await ctx.tx.insert(sessions).values({
    idHash: hashSecret(secret), userId, complete, method, csrfSecret: newSecret(),
    expiresAt: sql`now() + make_interval(hours => ${SESSION_ABSOLUTE_HOURS})`,
    ssoProviderId: sso?.providerId ?? null, ssoIdToken: sso?.sealedIdToken ?? null,
  });
  return secret;
}

/** The live session of a cookie; null when unknown, idle too long or expired. */
export async function findSession(ctx: Ctx, secret: string): Promise<(SessionRecord & { stale: boolean }) | null> {
  const [found] = await ctx.tx
    .select({
      userId: sessions.userId, complete: sessions.complete, method: sessions.method, csrfSecret: sessions.csrfSecret,
      stale: sql<boolean>`${sessions.lastSeenAt} < now() - make_interval(secs => ${TOUCH_EVERY_SECONDS})`,
    })
    .from(sessions)
    .where(and(
      eq(sessions.idHash, hashSecret(secret)),
      sql`${sessions.expiresAt} > now()`,
      sql`${sessions.lastSeenAt} > now() - make_interval(mins => ${SESSION_IDLE_MINUTES})`,
    ));
  return found ?? null;
}

/** Records activity (when findSession said the record is stale), which keeps the session from idling out. */
export async function touchSession(ctx: Ctx, secret: string): Promise<void> {
  await ctx.tx.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.idHash, hashSecret(secret)));
}

/** Ends the session; says whether it came from single sign-on (so that it can be ended at the provider too). */
export async function endSession(ctx: Ctx, secret: string): Promise<{ sso: SsoSessionLink | null }> {
  const [ended] = await ctx.tx.delete(sessions).where(eq(sessions.idHash, hashSecret(secret)))
    .returning({ providerId: sessions.ssoProviderId, sealedIdToken: sessions.ssoIdToken });
  return { sso: ended?.providerId ? { providerId: ended.providerId, sealedIdToken: ended.sealedIdToken } : null };
}

/** Every session of a person (a new password, a disabled account). */
export async function endSessionsOf(ctx: Ctx, userId: string): Promise<void> {
  await ctx.tx.delete(sessions).where(eq(sessions.userId, userId));
}
