/** Random secrets for cookies, links and tokens, and the hashes they are stored by. */
import { createHash, randomBytes } from 'node:crypto';

/** 256 bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** How a secret is stored: a leaked database must not yield usable sessions, links or tokens. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}
