/**
 * Second-factor secrets at rest: sealed under the secret key, never the base32 the app holds; a
 * secret stored plain before the key existed still works and is sealed by the start's pass, once.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../../db/schema.ts';
import { backends, demoDatabase, writeIn } from '../../../test/support/database.ts';
import { createPerson } from '../../../test/support/staff.ts';
import { runWrite, type Store } from '../context.ts';
import { checkSecondFactor, confirmEnrolment, startEnrolment } from './second-factor.ts';
import { isSealedTotpSecret, sealStoredTotpSecrets } from './totp-secret-store.ts';

const codeFor = (secret: string, offsetSteps = 0) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + offsetSteps * 30_000 });
const KEY = randomBytes(32).toString('base64');

describe.each(backends)('second-factor secrets at rest (%s)', (backend) => {
  let store: Store;
  const before = process.env.TIEKARTTA_SECRET_KEY;

  beforeAll(async () => {
    store = await demoDatabase(backend);
  });
  afterAll(async () => {
    if (before === undefined) delete process.env.TIEKARTTA_SECRET_KEY;
    else process.env.TIEKARTTA_SECRET_KEY = before;
    await store?.close();
  });

  const storedFor = async (userId: string) =>
    (await store.orm.select({ secret: users.totpSecret }).from(users).where(eq(users.id, userId)))[0]!.secret!;

  /** Enrols the person (as the sign-in machinery, for them) and returns the secret the app was given. */
  async function enrol(userId: string): Promise<string> {
    const { secret } = (await writeIn(store, null, (ctx) => startEnrolment(ctx, userId)))!;
    expect((await writeIn(store, null, (ctx) => confirmEnrolment(ctx, userId, codeFor(secret, -1)))).kind).toBe('enabled');
    return secret;
  }

  it('stores a new secret sealed under the key, and codes from the app are accepted', async () => {
    process.env.TIEKARTTA_SECRET_KEY = KEY;
    const { userId } = await createPerson(store, 'porvoo', 'coordinator');
    const secret = await enrol(userId);
    const stored = await storedFor(userId);
    expect(isSealedTotpSecret(stored)).toBe(true);
    expect(stored).not.toContain(secret);
    expect(await writeIn(store, null, (ctx) => checkSecondFactor(ctx, userId, codeFor(secret)))).toEqual({ kind: 'accepted', method: 'totp' });
  });

  it('reads a secret stored plain before the key, and the start seals it once, the codes still accepted', async () => {
    delete process.env.TIEKARTTA_SECRET_KEY;
    const { userId } = await createPerson(store, 'porvoo', 'administrator');
    const secret = await enrol(userId);
    expect(await storedFor(userId)).toBe(secret);

    process.env.TIEKARTTA_SECRET_KEY = KEY;
    expect(await writeIn(store, null, (ctx) => checkSecondFactor(ctx, userId, codeFor(secret)))).toEqual({ kind: 'accepted', method: 'totp' });
    expect(await writeIn(store, null, (ctx) => sealStoredTotpSecrets(ctx))).toBe(1);
    expect(isSealedTotpSecret(await storedFor(userId))).toBe(true);
    expect(await writeIn(store, null, (ctx) => sealStoredTotpSecrets(ctx))).toBe(0);
    expect(await writeIn(store, null, (ctx) => checkSecondFactor(ctx, userId, codeFor(secret, 1)))).toEqual({ kind: 'accepted', method: 'totp' });

    const audited = await store.orm.select().from(auditLog).where(eq(auditLog.action, 'auth.totp_secrets_sealed'));
    expect(audited.map((line) => line.details)).toEqual([{ count: 1 }]);
  });

  it('does not seal without a key, nor for anyone but the system', async () => {
    delete process.env.TIEKARTTA_SECRET_KEY;
    const { userId } = await createPerson(store, 'porvoo', 'viewer');
    await enrol(userId);
    expect(await writeIn(store, null, (ctx) => sealStoredTotpSecrets(ctx))).toBe(0);
    process.env.TIEKARTTA_SECRET_KEY = KEY;
    const staff = { kind: 'staff' as const, userId, roles: new Map() };
    expect(await runWrite(store, { actor: staff, platform: true }, (ctx) => sealStoredTotpSecrets(ctx))).toBe(0);
    expect(isSealedTotpSecret(await storedFor(userId))).toBe(false);
  });
});
