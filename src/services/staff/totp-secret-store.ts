/**
 * The authenticator app's shared secret at rest: sealed with AES-256-GCM under `TIEKARTTA_SECRET_KEY`
 * (the same box as the identity providers' client secrets), so a copy of the database alone does not
 * give anyone the codes of a person's app. A sealed value starts "v1." (base32 never holds a dot).
 *
 * Rows written before the key existed, or by a server without one, hold the plain base32: they are
 * still read, and `sealStoredTotpSecrets` (run by `tiekartta start` when the key is set) seals them.
 */
import { and, eq, isNotNull, not, like } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import { writeAudit } from '../audit.ts';
import type { WriteCtx } from '../context.ts';
import { hasSecretKey, openSecret, sealSecret } from '../sso/secret-box.ts';

const SEALED_PREFIX = 'v1.';

export const isSealedTotpSecret = (stored: string) => stored.startsWith(SEALED_PREFIX);

/** What to store for a new secret: sealed when the server has a key, else (as before the key existed) plain. */
export function totpSecretToStore(plain: string, env: NodeJS.ProcessEnv = process.env): string {
  return hasSecretKey(env) ? sealSecret(plain, env) : plain;
}

/** The base32 secret of a stored value, sealed or plain; a sealed one needs the key it was sealed with. */
export function storedTotpSecret(stored: string, env: NodeJS.ProcessEnv = process.env): string {
  return isSealedTotpSecret(stored) ? openSecret(stored, env) : stored;
}

/**
 * Seals every secret still stored plain; the operator's work at start (platform level, system actor).
 * Each row is written only if it still holds the value read, so two servers starting together do no harm.
 */
export async function sealStoredTotpSecrets(ctx: WriteCtx, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (ctx.actor.kind !== 'system' || !hasSecretKey(env)) return 0;
  const plain = await ctx.tx.select({ id: users.id, secret: users.totpSecret }).from(users)
    .where(and(isNotNull(users.totpSecret), not(like(users.totpSecret, `${SEALED_PREFIX}%`))));
  let sealed = 0;
  for (const row of plain) {
    const written = await ctx.tx.update(users).set({ totpSecret: sealSecret(row.secret!, env) })
      .where(and(eq(users.id, row.id), eq(users.totpSecret, row.secret!))).returning({ id: users.id });
    sealed += written.length;
  }
  if (sealed > 0) await writeAudit(ctx, { action: 'auth.totp_secrets_sealed', target: 'users', details: { count: sealed } });
  return sealed;
}
