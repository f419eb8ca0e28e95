/**
 * The second factor: an authenticator app (TOTP, RFC 6238, by `otpauth`) and recovery codes for when
 * the app is lost. A secret is kept pending until the person confirms it with a code; each code is
 * accepted once (the last accepted time step is kept); each recovery code once. Attempts are limited
 * per person, and each try is audited without the code.
 */
import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { recoveryCodes, users } from '../../db/schema.ts';
import { ForbiddenError, NotFoundError } from '../../domain/errors.ts';
import { writeAudit } from '../audit.ts';
import type { Ctx, WriteCtx } from '../context.ts';
import { hitLimit, type Limit } from './rate-limit.ts';
import { secondFactorDue } from './second-factor-rule.ts';
import { storedTotpSecret, totpSecretToStore } from './totp-secret-store.ts';

export const TOTP_ISSUER = 'Tiekartta';
const PERIOD_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;
/** Per person: ten tries in five minutes, whichever session or address they come from (a code has a million values). */
export const SECOND_FACTOR_LIMIT: Limit = { bucket: 'second-factor:user', max: 10, windowSeconds: 5 * 60 };
/** No 0/o, 1/l/i: the codes are read from paper. 10 characters of 31: about 50 bits each. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A person's own second factor: only they, or the sign-in machinery for them, may touch it. */
function mustBeOwn(ctx: Ctx, userId: string): void {
  if (ctx.actor.kind === 'system') return;
  if (ctx.actor.kind !== 'staff' || ctx.actor.userId !== userId) throw new ForbiddenError('second_factor.manage');
}

function totp(secret: string, label: string): TOTP {
  return new TOTP({ issuer: TOTP_ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
}

async function account(ctx: Ctx, userId: string) {
  const [user] = await ctx.tx
    .select({ email: users.email, secret: users.totpSecret, enabledAt: users.totpEnabledAt, lastStep: users.totpLastStep })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw new NotFoundError('user', userId);
  // Sealed at rest (totp-secret-store.ts); everything here works with the base32 secret itself.
  return { ...user, secret: user.secret === null ? null : storedTotpSecret(user.secret) };
}

/** The time step of a code that matches (one step either side for clocks that drift), or null. */
function acceptedStep(secret: string, code: string, lastStep: number | null): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = TOTP.validate({ token, secret: Secret.fromBase32(secret), period: PERIOD_SECONDS, window: 1 });
  if (delta === null) return null;
  const step = TOTP.counter({ period: PERIOD_SECONDS }) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

export interface Enrolment {
  /** Base32, for typing into the app by hand. */
  secret: string;
  /** The otpauth:// address the QR code holds. */
  uri: string;
  /** The QR code as an SVG document, rendered here so the page needs no script. */
  qrSvg: string;
}

/** Begins enrolment, or shows the pending secret again; null when the person already has a second factor. */
export async function startEnrolment(ctx: WriteCtx, userId: string): Promise<Enrolment | null> {
  mustBeOwn(ctx, userId);
  const user = await account(ctx, userId);
  if (user.enabledAt) return null;
  let secret = user.secret;
  if (!secret) {
    secret = new Secret({ size: 20 }).base32;
    await ctx.tx.update(users).set({ totpSecret: totpSecretToStore(secret) }).where(eq(users.id, userId));
  }
  const uri = totp(secret, user.email).toString();
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, uri, qrSvg };
}

export type CodeResult<Done> = Done | { kind: 'wrong_code' } | { kind: 'rate_limited'; retryAfter: number };

async function limited(ctx: WriteCtx, userId: string): Promise<{ kind: 'rate_limited'; retryAfter: number } | null> {
  const state = await hitLimit(ctx, SECOND_FACTOR_LIMIT, userId);
  if (state.allowed) return null;
  await writeAudit(ctx, { action: 'auth.second_factor_limited', target: `user:${userId}` });
  return { kind: 'rate_limited', retryAfter: state.retryAfter };
}

function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '');

/** New recovery codes, replacing any earlier ones; returned once, kept only as argon2id hashes. */
async function replaceRecoveryCodes(ctx: WriteCtx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await ctx.tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  const hashes = await Promise.all(codes.map((code) => hash(normaliseRecoveryCode(code))));
  await ctx.tx.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })));
  return codes;
}

/** Confirms the pending secret with a code from the app; then the person has a second factor and recovery codes. */
export async function confirmEnrolment(ctx: WriteCtx, userId: string, code: string): Promise<CodeResult<{ kind: 'enabled'; recoveryCodes: string[] }>> {
  mustBeOwn(ctx, userId);
  const refused = await limited(ctx, userId);
  if (refused) return refused;
  const user = await account(ctx, userId);
  const step = user.secret && !user.enabledAt ? acceptedStep(user.secret, code, user.lastStep) : null;
  if (step === null) {
    await writeAudit(ctx, { action: 'auth.second_factor_failed', target: `user:${userId}`, details: { stage: 'enrolment' } });
    return { kind: 'wrong_code' };
  }
  await ctx.tx.update(users).set({ totpEnabledAt: sql`now()`, totpLastStep: step, version: sql`${users.version} + 1` }).where(eq(users.id, userId));
  const codes = await replaceRecoveryCodes(ctx, userId);
  await writeAudit(ctx, { action: 'auth.second_factor_enabled', target: `user:${userId}` });
  return { kind: 'enabled', recoveryCodes: codes };
}

/**
 * Checks a code from the app, or a recovery code (which is then used up). Audited either way; the
 * code itself never is.
 */
export async function checkSecondFactor(ctx: WriteCtx, userId: string, code: string): Promise<CodeResult<{ kind: 'accepted'; method: 'totp' | 'recovery_code' }>> {
  mustBeOwn(ctx, userId);
  const refused = await limited(ctx, userId);
  if (refused) return refused;
  const user = await account(ctx, userId);
  if (user.secret && user.enabledAt) {
    const step = acceptedStep(user.secret, code, user.lastStep);
    if (step !== null) {
      await ctx.tx.update(users).set({ totpLastStep: step }).where(eq(users.id, userId));
      await writeAudit(ctx, { action: 'auth.second_factor', target: `user:${userId}`, details: { method: 'totp' } });
      return { kind: 'accepted', method: 'totp' };
    }
    const recovery = normaliseRecoveryCode(code);
    if (recovery.length === 10) {
      const unused = await ctx.tx
        .select({ id: recoveryCodes.id, codeHash: recoveryCodes.codeHash })
        .from(recoveryCodes)
        .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
      for (const row of unused) {
        if (await verify(row.codeHash, recovery).catch(() => false)) {
          await ctx.tx.update(recoveryCodes).set({ usedAt: sql`now()` }).where(eq(recoveryCodes.id, row.id));
          await writeAudit(ctx, { action: 'auth.second_factor', target: `user:${userId}`, details: { method: 'recovery_code', recoveryCodesLeft: unused.length - 1 } });
          return { kind: 'accepted', method: 'recovery_code' };
        }
      }
    }
  }
  await writeAudit(ctx, { action: 'auth.second_factor_failed', target: `user:${userId}`, details: { stage: 'sign_in' } });
  return { kind: 'wrong_code' };
}

export interface SecondFactorState {
  enabled: boolean;
  /** Whether a municipality the person works in requires it of one of their roles. */
  required: boolean;
  recoveryCodesLeft: number;
}

export async function secondFactorState(ctx: Ctx, userId: string): Promise<SecondFactorState> {
  mustBeOwn(ctx, userId);
  const user = await account(ctx, userId);
  const [left] = await ctx.tx
    .select({ count: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return { enabled: user.enabledAt !== null, required: await secondFactorDue(ctx, userId, false), recoveryCodesLeft: left?.count ?? 0 };
}

/** New recovery codes for a person who has a second factor, after a code proves they still hold it. */
export async function renewRecoveryCodes(ctx: WriteCtx, userId: string, code: string): Promise<CodeResult<{ kind: 'renewed'; recoveryCodes: string[] }>> {
  const checked = await checkSecondFactor(ctx, userId, code);
  if (checked.kind !== 'accepted') return checked;
  const codes = await replaceRecoveryCodes(ctx, userId);
  await writeAudit(ctx, { action: 'auth.recovery_codes_renewed', target: `user:${userId}` });
  return { kind: 'renewed', recoveryCodes: codes };
}

/** Removes the second factor after a code, unless a municipality requires it of the person. */
export async function removeSecondFactor(ctx: WriteCtx, userId: string, code: string): Promise<CodeResult<{ kind: 'removed' } | { kind: 'required' }>> {
  mustBeOwn(ctx, userId);
  if (await secondFactorDue(ctx, userId, false)) return { kind: 'required' };
  const checked = await checkSecondFactor(ctx, userId, code);
  if (checked.kind !== 'accepted') return checked;
  await ctx.tx.update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, version: sql`${users.version} + 1` }).where(eq(users.id, userId));
  await ctx.tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await writeAudit(ctx, { action: 'auth.second_factor_removed', target: `user:${userId}` });
  return { kind: 'removed' };
}
