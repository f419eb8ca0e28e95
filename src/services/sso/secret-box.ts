/**
 * Encryption at rest for the client secrets of identity providers: AES-256-GCM under a key that lives
 * outside the database (`TIEKARTTA_SECRET_KEY`, 32 bytes in base64), so a copy of the database alone
 * does not hand anyone a city's OIDC client. Without the key, no provider can be saved or used.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';

export class MissingSecretKeyError extends Error {
  constructor() {
    super('TIEKARTTA_SECRET_KEY is not set (32 random bytes in base64, e.g. `openssl rand -base64 32`).');
    this.name = 'MissingSecretKeyError';
  }
}

function key(env: NodeJS.ProcessEnv): Buffer {
  const value = env.TIEKARTTA_SECRET_KEY;
  const bytes = value ? Buffer.from(value, 'base64') : null;
  if (!bytes || bytes.length !== 32) throw new MissingSecretKeyError();
  return bytes;
}

export function hasSecretKey(env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    key(env);
    return true;
  } catch {
    return false;
  }
}

/** "v1.<iv>.<tag>.<ciphertext>", each part base64url. */
export function sealSecret(plain: string, env: NodeJS.ProcessEnv = process.env): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(env), iv);
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), sealed].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

export function openSecret(sealed: string, env: NodeJS.ProcessEnv = process.env): string {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || data === undefined) throw new Error('Not a sealed secret.');
  const decipher = createDecipheriv('aes-256-gcm', key(env), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}
