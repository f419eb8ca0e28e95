/**
 * The demo's secret key: single sign-on (and the second factor's secrets) are sealed under
 * `TIEKARTTA_SECRET_KEY`, which a demo started without one would lack. The demo then makes one and
 * keeps it in its data folder (mode 0600), so it stays the same across restarts; production sets the
 * key itself (`start --no-demo`) and never gets here. The key is never printed or logged.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasSecretKey } from '../services/sso/secret-box.ts';

export const DEMO_SECRET_KEY_FILE = 'demo-secret.key';

export type DemoSecretKey = { kind: 'from_environment' } | { kind: 'created' | 'kept'; file: string };

/** Sets `env.TIEKARTTA_SECRET_KEY` from the data folder's key file, making the file first when there is none. */
export function ensureDemoSecretKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): DemoSecretKey {
  if (hasSecretKey(env)) return { kind: 'from_environment' };
  const file = join(dataDir, DEMO_SECRET_KEY_FILE);
  let kind: 'created' | 'kept' = 'kept';
  let key: string;
  try {
    key = readFileSync(file, 'utf8').trim();
    // Only its owner reads it, even if it was copied with wider permissions.
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    key = randomBytes(32).toString('base64');
    writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
    kind = 'created';
  }
  if (!hasSecretKey({ TIEKARTTA_SECRET_KEY: key })) throw new Error(`${file} does not hold a key of 32 bytes in base64; remove it to have a new one made.`);
  env.TIEKARTTA_SECRET_KEY = key;
  return { kind, file };
}
