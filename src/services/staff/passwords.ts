/**
 * Passwords, hashed with argon2id (OWASP's recommended parameters are the library's defaults:
 * m=19 MiB, t=2, p=1). An unknown account is checked against a fixed hash, so it takes the same time
 * as a wrong password and the answer cannot tell them apart.
 */
import { hash, verify } from '@node-rs/argon2';

/** NIST SP 800-63B: at least 8 characters; we ask 12, and allow long passphrases. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let decoy: Promise<string> | null = null;

/** Whether the password matches; with no hash (unknown account, none set), spends the same time and says no. */
export async function passwordMatches(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash) return verify(passwordHash, password).catch(() => false);
  decoy ??= hash('decoy password for unknown accounts');
  await verify(await decoy, password).catch(() => false);
  return false;
}

export type PasswordProblem = 'too_short' | 'too_long';

export function passwordProblem(password: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  return null;
}
