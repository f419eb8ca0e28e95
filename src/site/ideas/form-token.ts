/**
 * The public idea form's token: when the form was handed out, signed (HMAC-SHA-256) for one municipality.
 * It proves the post comes from a form we served (with the app's origin check, the form's CSRF defence),
 * and lets the server refuse a form filled faster than a person can (a bot) or kept for more than a day.
 * The key comes from TIEKARTTA_SECRET_KEY, so every process of a deployment accepts the others' forms;
 * without it, each process makes its own (a form is then good only on the process that served it).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const MIN_FILL_MS = 3000;
export const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1000;

const KEY = process.env.TIEKARTTA_SECRET_KEY ? Buffer.from(`idea-form:${process.env.TIEKARTTA_SECRET_KEY}`) : randomBytes(32);

const signature = (municipality: string, issuedAt: number) =>
  createHmac('sha256', KEY).update(`${municipality}:${issuedAt}`).digest('base64url');

export function formToken(municipality: string, issuedAt = Date.now()): string {
  return `${issuedAt}.${signature(municipality, issuedAt)}`;
}

export type TokenCheck = 'ok' | 'invalid' | 'too_fast' | 'expired';

export function checkFormToken(municipality: string, token: unknown, now = Date.now()): TokenCheck {
  if (typeof token !== 'string') return 'invalid';
  const [time, mac] = token.split('.');
  const issuedAt = Number(time);
  if (!Number.isSafeInteger(issuedAt) || !mac) return 'invalid';
  const expected = Buffer.from(signature(municipality, issuedAt));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  if (now - issuedAt < MIN_FILL_MS) return 'too_fast';
  if (now - issuedAt > MAX_FORM_AGE_MS) return 'expired';
  return 'ok';
}
