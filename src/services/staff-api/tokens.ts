/**
 * Personal API tokens for the staff JSON API. A person creates one for one municipality and sees it
 * once; only its SHA-256 is kept. A token acts as its person with the roles they have there at the
 * time of each request (a role taken away is taken from the token too) and stops at revocation or at
 * the expiry date chosen when it was made (the end of that day in Finland).
 */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { selectRows } from '../../db/orm.ts';
import { apiTokens, users } from '../../db/schema.ts';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../domain/errors.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { Ctx, WriteCtx } from '../context.ts';
import { scopedMunicipality } from '../scope.ts';
import { hashSecret, newSecret } from '../staff/secrets.ts';

/** Tokens are recognisable in logs and secret scanners by their prefix. */
export const TOKEN_PREFIX = 'tkp_';
/** Use is recorded at most this often, so reading through the API does not write on every request. */
const TOUCH_EVERY_SECONDS = 300;

export interface ApiTokenView {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  /** Null: valid until revoked. */
  expiresAt: Date | null;
  expired: boolean;
}

/** "YYYY-MM-DD" that is a real calendar date. */
const isDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};
/** The first moment after the day `date` in Finland: the token works through the whole day. */
const endOfFinnishDay = (date: string) => sql`((${date}::date + 1)::timestamp at time zone 'Europe/Helsinki')`;

function ownUserId(ctx: Ctx): string {
  if (ctx.actor.kind !== 'staff') throw new ForbiddenError('api_token.manage');
  return ctx.actor.userId;
}

/** The person's own tokens in the current municipality, newest first. */
export async function listOwnApiTokens(ctx: Ctx): Promise<ApiTokenView[]> {
  authorize(ctx, 'api_token.manage');
  return ctx.tx
    .select({
      id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt,
      expiresAt: apiTokens.expiresAt, expired: sql<boolean>`coalesce(${apiTokens.expiresAt} <= now(), false)`,
    })
    .from(apiTokens)
    .where(and(eq(apiTokens.municipalityId, scopedMunicipality(ctx).id), eq(apiTokens.userId, ownUserId(ctx))))
    .orderBy(desc(apiTokens.createdAt));
}

export interface NewApiToken {
  name: string;
  /** "YYYY-MM-DD", the last day the token works (Finnish time); absent or blank: until revoked. */
  expiresOn?: string | null;
}

/** A new token for the person in the current municipality; the token itself is returned this once. */
export async function createApiToken(ctx: WriteCtx, input: NewApiToken): Promise<{ id: string; token: string }> {
  authorize(ctx, 'api_token.manage');
  const name = input.name.trim();
  const expiresOn = input.expiresOn?.trim() || null;
  const issues: { field: string; problem: string }[] = [];
  if (name.length < 1 || name.length > 100) issues.push({ field: 'name', problem: 'required' });
  if (expiresOn !== null && !isDate(expiresOn)) issues.push({ field: 'expiresOn', problem: 'invalid' });
  if (expiresOn !== null && isDate(expiresOn)) {
    const [ends] = await selectRows<{ past: boolean }>(ctx.tx, sql`select ${endOfFinnishDay(expiresOn)} <= now() as past`);
    if (ends?.past) issues.push({ field: 'expiresOn', problem: 'past' });
  }
  if (issues.length > 0) throw new InvalidInputError(issues);
  const token = `${TOKEN_PREFIX}${newSecret()}`;
  const [row] = await ctx.tx.insert(apiTokens)
    .values({
      municipalityId: scopedMunicipality(ctx).id, userId: ownUserId(ctx), name, tokenHash: hashSecret(token),
      expiresAt: expiresOn === null ? null : (endOfFinnishDay(expiresOn) as unknown as Date),
    })
    .returning({ id: apiTokens.id });
  await writeAudit(ctx, { action: 'api_token.create', target: `api_token:${row!.id}`, details: { name, expiresOn } });
  return { id: row!.id, token };
}

/** Revokes one of the person's own tokens (revoking twice changes nothing). */
export async function revokeApiToken(ctx: WriteCtx, id: string): Promise<void> {
  authorize(ctx, 'api_token.manage');
  const where = and(eq(apiTokens.id, id), eq(apiTokens.municipalityId, scopedMunicipality(ctx).id), eq(apiTokens.userId, ownUserId(ctx)));
  const [found] = await ctx.tx.select({ revokedAt: apiTokens.revokedAt }).from(apiTokens).where(where);
  if (!found) throw new NotFoundError('api token', id);
  if (found.revokedAt) return;
  await ctx.tx.update(apiTokens).set({ revokedAt: sql`now()` }).where(where);
  await writeAudit(ctx, { action: 'api_token.revoke', target: `api_token:${id}` });
}

export interface TokenHolder {
  tokenId: string;
  userId: string;
  municipalityId: string;
  /** Whether the last use is old enough to record this one. */
  stale: boolean;
  /** Past its expiry date: refused, but the asker is told why. */
  expired: boolean;
  expiresAt: Date | null;
}

/**
 * Whose live token this is, for the municipality asked about (by id); null for an unknown, revoked or
 * other municipality's token, or a disabled person. An expired token is found with `expired` set, so
 * that the refusal can say so. Run by the sign-in machinery at platform level.
 */
export async function findTokenHolder(ctx: Ctx, token: string, municipalityId: string): Promise<TokenHolder | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const [found] = await ctx.tx
    .select({
      tokenId: apiTokens.id, userId: apiTokens.userId, municipalityId: apiTokens.municipalityId,
      stale: sql<boolean>`coalesce(${apiTokens.lastUsedAt} < now() - make_interval(secs => ${TOUCH_EVERY_SECONDS}), true)`,
      expired: sql<boolean>`coalesce(${apiTokens.expiresAt} <= now(), false)`, expiresAt: apiTokens.expiresAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashSecret(token)), isNull(apiTokens.revokedAt), isNull(users.disabledAt), eq(apiTokens.municipalityId, municipalityId)));
  return found ?? null;
}

export async function touchApiToken(ctx: WriteCtx, tokenId: string): Promise<void> {
  await ctx.tx.update(apiTokens).set({ lastUsedAt: sql`now()` }).where(eq(apiTokens.id, tokenId));
}
