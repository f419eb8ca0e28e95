/**
 * Personal API tokens for the staff JSON API. A person creates one for one municipality and sees it
 * once; only its SHA-256 is kept. A token acts as its person with the roles they have there at the
 * time of each request (a role taken away is taken from the token too) and stops at revocation.
 */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
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
}

function ownUserId(ctx: Ctx): string {
  if (ctx.actor.kind !== 'staff') throw new ForbiddenError('api_token.manage');
  return ctx.actor.userId;
}

/** The person's own tokens in the current municipality, newest first. */
export async function listOwnApiTokens(ctx: Ctx): Promise<ApiTokenView[]> {
  authorize(ctx, 'api_token.manage');
  return ctx.tx
    .select({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.municipalityId, scopedMunicipality(ctx).id), eq(apiTokens.userId, ownUserId(ctx))))
    .orderBy(desc(apiTokens.createdAt));
}

/** A new token for the person in the current municipality; the token itself is returned this once. */
export async function createApiToken(ctx: WriteCtx, input: { name: string }): Promise<{ id: string; token: string }> {
  authorize(ctx, 'api_token.manage');
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) throw new InvalidInputError([{ field: 'name', problem: 'required' }]);
  const token = `${TOKEN_PREFIX}${newSecret()}`;
  const [row] = await ctx.tx.insert(apiTokens)
    .values({ municipalityId: scopedMunicipality(ctx).id, userId: ownUserId(ctx), name, tokenHash: hashSecret(token) })
    .returning({ id: apiTokens.id });
  await writeAudit(ctx, { action: 'api_token.create', target: `api_token:${row!.id}`, details: { name } });
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
}

/**
 * Whose live token this is, for the municipality asked about (by id); null for an unknown, revoked or
 * other municipality's token, or a disabled person. Run by the sign-in machinery at platform level.
 */
export async function findTokenHolder(ctx: Ctx, token: string, municipalityId: string): Promise<TokenHolder | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const [found] = await ctx.tx
    .select({
      tokenId: apiTokens.id, userId: apiTokens.userId, municipalityId: apiTokens.municipalityId,
      stale: sql<boolean>`coalesce(${apiTokens.lastUsedAt} < now() - make_interval(secs => ${TOUCH_EVERY_SECONDS}), true)`,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashSecret(token)), isNull(apiTokens.revokedAt), isNull(users.disabledAt), eq(apiTokens.municipalityId, municipalityId)));
  return found ?? null;
}

export async function touchApiToken(ctx: WriteCtx, tokenId: string): Promise<void> {
  await ctx.tx.update(apiTokens).set({ lastUsedAt: sql`now()` }).where(eq(apiTokens.id, tokenId));
}
