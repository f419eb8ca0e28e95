/** Second factor, password reset, people administration, sign-in settings and the audit log, as services. */
import { eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox, sessions, users } from '../../db/schema.ts';
import { ROLES, type Role } from '../../domain/actor.ts';
import { ConflictError, ForbiddenError, InvalidInputError } from '../../domain/errors.ts';
import { PERMISSIONS, type Permission } from '../../domain/permissions.ts';
import { backends, demoDatabase, writeIn } from '../../../test/support/database.ts';
import { createPerson } from '../../../test/support/staff.ts';
import { runRead, runWrite, type Ctx, type Store, type WriteCtx } from '../context.ts';
import { auditFilterChoices, readAuditLog } from './audit-read.ts';
import { requestPasswordReset } from './password-reset.ts';
import { deactivatePerson, grantRole, invitePerson, listPeople, reactivatePerson, revokeRole, unlockPerson } from './people-admin.ts';
import { findPerson, staffActor } from './people.ts';
import { secondFactorDue } from './second-factor-rule.ts';
import { checkSecondFactor, confirmEnrolment, removeSecondFactor, renewRecoveryCodes, SECOND_FACTOR_LIMIT, secondFactorState, startEnrolment } from './second-factor.ts';
import { createSession } from './sessions.ts';
import { readSignInSettings, saveSignInSettings } from './settings.ts';

const mail = (lang: string, link: string, hours: number) => ({ subject: `link ${lang}`, bodyText: `${link} ${hours}` });
const linkTo = (secret: string) => `https://tiekartta.example/staff/password/${secret}`;
const codeFor = (secret: string, offsetSteps = 0) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + offsetSteps * 30_000 });

async function actorOf(store: Store, userId: string) {
  const person = await runRead(store, { actor: { kind: 'system', name: 'auth' }, platform: true }, (ctx) => findPerson(ctx, userId));
  return staffActor(person!);
}
async function asPerson<T>(store: Store, userId: string, slug: string | null, work: (ctx: WriteCtx) => Promise<T>): Promise<T> {
  return runWrite(store, { actor: await actorOf(store, userId), ...(slug ? { municipality: { slug } } : {}) }, work);
}
async function readAs<T>(store: Store, userId: string, slug: string, work: (ctx: Ctx) => Promise<T>): Promise<T> {
  return runRead(store, { actor: await actorOf(store, userId), municipality: { slug } }, work);
}

describe.each(backends)('access services (%s)', (backend) => {
  let store: Store;
  let admin: { email: string; userId: string };

  beforeAll(async () => {
    store = await demoDatabase(backend);
    admin = await createPerson(store, 'porvoo', 'administrator', { name: 'Aino Ylläpitäjä' });
  });
  afterAll(async () => store?.close());

  it('enrols an authenticator app only with a right code, accepts each code once, and a recovery code once', async () => {
    const person = await createPerson(store, 'porvoo', 'coordinator');
    const enrolment = (await asPerson(store, person.userId, null, (ctx) => startEnrolment(ctx, person.userId)))!;
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/Tiekartta:.+\?.*secret=/);
    expect(enrolment.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    // Showing the page again shows the same pending secret.
    expect((await asPerson(store, person.userId, null, (ctx) => startEnrolment(ctx, person.userId)))!.secret).toBe(enrolment.secret);

    expect(await asPerson(store, person.userId, null, (ctx) => confirmEnrolment(ctx, person.userId, '000000'))).toEqual({ kind: 'wrong_code' });
    const code = codeFor(enrolment.secret);
    const enabled = await asPerson(store, person.userId, null, (ctx) => confirmEnrolment(ctx, person.userId, code));
    if (enabled.kind !== 'enabled') throw new Error(enabled.kind);
    expect(enabled.recoveryCodes).toHaveLength(10);
    expect(new Set(enabled.recoveryCodes).size).toBe(10);
    expect(await asPerson(store, person.userId, null, (ctx) => startEnrolment(ctx, person.userId))).toBeNull();

    // The code that confirmed the app cannot sign in again; the next one can, once.
    expect(await writeIn(store, null, (ctx) => checkSecondFactor(ctx, person.userId, code))).toEqual({ kind: 'wrong_code' });
    const next = codeFor(enrolment.secret, 1);
    expect(await writeIn(store, null, (ctx) => checkSecondFactor(ctx, person.userId, next))).toEqual({ kind: 'accepted', method: 'totp' });
    expect(await writeIn(store, null, (ctx) => checkSecondFactor(ctx, person.userId, next))).toEqual({ kind: 'wrong_code' });

    const recovery = enabled.recoveryCodes[3]!;
    expect(await writeIn(store, null, (ctx) => checkSecondFactor(ctx, person.userId, ` ${recovery.toUpperCase()} `))).toEqual({ kind: 'accepted', method: 'recovery_code' });
    expect(await writeIn(store, null, (ctx) => checkSecondFactor(ctx, person.userId, recovery))).toEqual({ kind: 'wrong_code' });
    expect((await asPerson(store, person.userId, null, (ctx) => secondFactorState(ctx, person.userId))).recoveryCodesLeft).toBe(9);

    // Stored only as hashes; the audit log names no code.
    const [row] = await store.orm.select().from(users).where(eq(users.id, person.userId));
    expect(row!.totpEnabledAt).not.toBeNull();
    const lines = JSON.stringify(await store.orm.select().from(auditLog).where(eq(auditLog.target, `user:${person.userId}`)));
    expect(lines).toContain('auth.second_factor_enabled');
    expect(lines).not.toContain(recovery);
    expect(lines).not.toContain(next);
  });

  it('limits second-factor attempts per person', async () => {
    const person = await createPerson(store, 'porvoo', 'viewer');
    const enrolment = (await asPerson(store, person.userId, null, (ctx) => startEnrolment(ctx, person.userId)))!;
    await asPerson(store, person.userId, null, (ctx) => confirmEnrolment(ctx, person.userId, codeFor(enrolment.secret)));
    for (let i = 1; i < SECOND_FACTOR_LIMIT.max; i++) {
      expect((await writeIn(store, null, (ctx) => checkSecondFactor(ctx, person.userId, '123456'))).kind).toBe('wrong_code');
    }
    const limited = await writeIn(store, null, (ctx) => checkSecondFactor(ctx, person.userId, codeFor(enrolment.secret, 1)));
    expect(limited.kind).toBe('rate_limited');
  });

  it('renews recovery codes and removes the second factor only with a code, and not when it is required', async () => {
    const person = await createPerson(store, 'porvoo', 'steering_member');
    const { secret } = (await asPerson(store, person.userId, null, (ctx) => startEnrolment(ctx, person.userId)))!;
    await asPerson(store, person.userId, null, (ctx) => confirmEnrolment(ctx, person.userId, codeFor(secret, -1)));
    const renewed = await asPerson(store, person.userId, null, (ctx) => renewRecoveryCodes(ctx, person.userId, codeFor(secret)));
    expect(renewed.kind).toBe('renewed');
    await expect(asPerson(store, admin.userId, null, (ctx) => removeSecondFactor(ctx, person.userId, codeFor(secret, 1)))).rejects.toThrow(ForbiddenError);

    const settings = await readAs(store, admin.userId, 'porvoo', readSignInSettings);
    await asPerson(store, admin.userId, 'porvoo', (ctx) => saveSignInSettings(ctx, { secondFactorRequiredFor: ['steering_member'], version: settings.version }));
    expect(await asPerson(store, person.userId, null, (ctx) => removeSecondFactor(ctx, person.userId, codeFor(secret, 1)))).toEqual({ kind: 'required' });
    const again = await readAs(store, admin.userId, 'porvoo', readSignInSettings);
    await asPerson(store, admin.userId, 'porvoo', (ctx) => saveSignInSettings(ctx, { secondFactorRequiredFor: [], version: again.version }));
    expect(await asPerson(store, person.userId, null, (ctx) => removeSecondFactor(ctx, person.userId, codeFor(secret, 1)))).toEqual({ kind: 'removed' });
    expect((await asPerson(store, person.userId, null, (ctx) => secondFactorState(ctx, person.userId))).enabled).toBe(false);
  });

  it('requires a second factor of the roles the settings name, and refuses a stale save', async () => {
    const coordinator = await createPerson(store, 'porvoo', 'coordinator');
    const due = () => writeIn(store, null, (ctx) => secondFactorDue(ctx, coordinator.userId, false));
    const before = await readAs(store, admin.userId, 'porvoo', readSignInSettings);
    const saved = await asPerson(store, admin.userId, 'porvoo', (ctx) =>
      saveSignInSettings(ctx, { secondFactorRequiredFor: ['coordinator', 'administrator'], version: before.version }));
    expect(saved.secondFactorRequiredFor).toEqual(['administrator', 'coordinator']);
    expect(await due()).toBe(true);
    await expect(asPerson(store, admin.userId, 'porvoo', (ctx) => saveSignInSettings(ctx, { secondFactorRequiredFor: [], version: before.version })))
      .rejects.toThrow(ConflictError);
    await asPerson(store, admin.userId, 'porvoo', (ctx) => saveSignInSettings(ctx, { secondFactorRequiredFor: [], version: saved.version }));
    expect(await due()).toBe(false);
    await expect(asPerson(store, coordinator.userId, 'porvoo', (ctx) => saveSignInSettings(ctx, { secondFactorRequiredFor: [], version: 0 })))
      .rejects.toThrow(ForbiddenError);
  });

  it('mails a reset link to a known address only, and answers the same for an unknown one', async () => {
    const person = await createPerson(store, 'porvoo', 'viewer');
    const request = (email: string) => writeIn(store, null, (ctx) => requestPasswordReset(ctx, { email, address: '10.1.2.3' }, linkTo, mail));
    expect(await request('nobody.here@example.fi')).toEqual({ kind: 'accepted' });
    expect(await request(person.email.toUpperCase())).toEqual({ kind: 'accepted' });
    const sent = await store.orm.select().from(outbox).where(eq(outbox.kind, 'password_reset'));
    expect(sent.map((message) => message.recipient)).toEqual([person.email]);
    expect(sent[0]!.bodyText).toMatch(/^https:\/\/tiekartta\.example\/staff\/password\/[\w-]{43} 2$/);
    const audit = JSON.stringify(await store.orm.select().from(auditLog).where(eq(auditLog.action, 'auth.password_reset_requested')));
    expect(audit).not.toContain('nobody.here');
    expect(audit).not.toContain(sent[0]!.bodyText.split(' ')[0]!.split('/').pop());
  });

  it('lets an administrator invite people, grant and revoke roles, deactivate and reactivate, and nobody else', async () => {
    const invited = await asPerson(store, admin.userId, 'porvoo', (ctx) =>
      invitePerson(ctx, { email: 'Uusi.Ihminen@example.fi', displayName: 'Uusi Ihminen', lang: 'sv', role: 'viewer' }, linkTo, mail));
    expect(invited.created).toBe(true);
    const [invitation] = await store.orm.select().from(outbox).where(eq(outbox.recipient, 'uusi.ihminen@example.fi'));
    expect(invitation).toMatchObject({ kind: 'invitation', lang: 'sv', subject: 'link sv' });
    expect(invitation!.bodyText).toMatch(/ 168$/);

    await asPerson(store, admin.userId, 'porvoo', (ctx) => grantRole(ctx, invited.userId, 'coordinator'));
    await asPerson(store, admin.userId, 'porvoo', (ctx) => revokeRole(ctx, invited.userId, 'viewer'));
    let people = await readAs(store, admin.userId, 'porvoo', listPeople);
    expect(people.find((p) => p.id === invited.userId)).toMatchObject({ roles: ['coordinator'], pending: true, deactivated: false });

    await runWrite(store, { actor: { kind: 'system', name: 'test' }, platform: true }, (ctx) => createSession(ctx, invited.userId, true, 'password'));
    await asPerson(store, admin.userId, 'porvoo', (ctx) => deactivatePerson(ctx, invited.userId));
    expect(await store.orm.select().from(sessions).where(eq(sessions.userId, invited.userId))).toEqual([]);
    people = await readAs(store, admin.userId, 'porvoo', listPeople);
    expect(people.find((p) => p.id === invited.userId)!.deactivated).toBe(true);
    await asPerson(store, admin.userId, 'porvoo', (ctx) => reactivatePerson(ctx, invited.userId));
    const [row] = await store.orm.select().from(users).where(eq(users.id, invited.userId));
    expect(row!.disabledAt).toBeNull();

    const actions = (await store.orm.select().from(auditLog).where(eq(auditLog.target, `user:${invited.userId}`))).map((line) => line.action);
    expect(actions).toEqual(expect.arrayContaining(['user.create', 'user.role_grant', 'user.role_revoke', 'user.deactivate', 'user.reactivate']));

    const coordinator = await createPerson(store, 'porvoo', 'coordinator');
    await expect(readAs(store, coordinator.userId, 'porvoo', listPeople)).rejects.toThrow(ForbiddenError);
    await expect(asPerson(store, coordinator.userId, 'porvoo', (ctx) => grantRole(ctx, coordinator.userId, 'administrator'))).rejects.toThrow(ForbiddenError);
  });

  it('keeps an active administrator, and does not deactivate an account that works for another municipality', async () => {
    const store2 = await demoDatabase(backend);
    try {
      const only = await createPerson(store2, 'porvoo', 'administrator');
      await expect(asPerson(store2, only.userId, 'porvoo', (ctx) => revokeRole(ctx, only.userId, 'administrator')))
        .rejects.toThrow(InvalidInputError);
      await expect(asPerson(store2, only.userId, 'porvoo', (ctx) => deactivatePerson(ctx, only.userId))).rejects.toThrow(InvalidInputError);

      await writeIn(store2, null, async (ctx) => {
        const { createMunicipality } = await import('../municipalities.ts');
        await createMunicipality(ctx, { slug: 'loviisa', code: '434', name: { fi: 'Loviisa', sv: 'Lovisa' }, languages: ['fi', 'sv'] });
      });
      const shared = await createPerson(store2, 'porvoo', 'viewer');
      await writeIn(store2, 'loviisa', async (ctx) => {
        const { addPerson } = await import('./accounts.ts');
        await addPerson(ctx, { email: shared.email, displayName: 'x', lang: 'fi', role: 'coordinator' });
      });
      const refused = await asPerson(store2, only.userId, 'porvoo', (ctx) => deactivatePerson(ctx, shared.userId)).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(InvalidInputError);
      expect((refused as InvalidInputError).issues).toEqual([{ field: 'person', problem: 'roles_elsewhere' }]);
      // The person's roles in Loviisa are not visible to Porvoo's administrator.
      const people = await readAs(store2, only.userId, 'porvoo', listPeople);
      expect(people.find((p) => p.id === shared.userId)!.roles).toEqual(['viewer']);
    } finally {
      await store2.close();
    }
  });

  it('lets each role do exactly what the permissions table says, operation by operation', async () => {
    const target = await createPerson(store, 'porvoo', 'viewer');
    const operations: { permission: Permission; run: (ctx: WriteCtx) => Promise<unknown> }[] = [
      { permission: 'users.manage', run: listPeople },
      { permission: 'users.manage', run: (ctx) => grantRole(ctx, target.userId, 'viewer') },
      { permission: 'users.manage', run: (ctx) => revokeRole(ctx, target.userId, 'coordinator') },
      { permission: 'users.manage', run: (ctx) => reactivatePerson(ctx, target.userId) },
      { permission: 'users.manage', run: (ctx) => unlockPerson(ctx, target.userId) },
      { permission: 'users.manage', run: (ctx) => invitePerson(ctx, { email: `walk.${Math.random()}@example.fi`, displayName: 'W', lang: 'fi', role: 'viewer' }, linkTo, mail) },
      { permission: 'settings.edit', run: readSignInSettings },
      { permission: 'settings.edit', run: async (ctx) => saveSignInSettings(ctx, { secondFactorRequiredFor: [], version: (await readSignInSettings(ctx)).version }) },
      { permission: 'audit.read', run: (ctx) => readAuditLog(ctx, { page: 1 }) },
      { permission: 'audit.read', run: auditFilterChoices },
    ];
    for (const role of ROLES) {
      const person = await createPerson(store, 'porvoo', role);
      for (const [index, operation] of operations.entries()) {
        const outcome = await asPerson(store, person.userId, 'porvoo', operation.run).then(() => 'done', (error: unknown) => error);
        const allowed = (PERMISSIONS[operation.permission] as readonly Role[]).includes(role);
        expect(allowed ? outcome : (outcome as Error).name, `${role}, operation ${index}`).toBe(allowed ? 'done' : 'ForbiddenError');
      }
    }
  });

  it('shows administrators the audit log filtered by who, what and when, without secrets', async () => {
    const all = await readAs(store, admin.userId, 'porvoo', (ctx) => readAuditLog(ctx, { page: 1 }));
    expect(all.lines.length).toBeGreaterThan(0);
    expect((await readAs(store, admin.userId, 'porvoo', auditFilterChoices)).actions).toContain('user.role_grant');
    const byAdmin = await readAs(store, admin.userId, 'porvoo', (ctx) => readAuditLog(ctx, { person: `user:${admin.userId}`, action: 'user.role_grant', page: 1 }));
    expect(byAdmin.lines.length).toBeGreaterThan(0);
    expect(byAdmin.lines.every((line) => line.actor === `user:${admin.userId}` && line.action === 'user.role_grant')).toBe(true);
    expect(byAdmin.names.get(`user:${admin.userId}`)).toBe('Aino Ylläpitäjä');
    const future = await readAs(store, admin.userId, 'porvoo', (ctx) => readAuditLog(ctx, { from: '2099-01-01', page: 1 }));
    expect(future.lines).toEqual([]);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });
    const todays = await readAs(store, admin.userId, 'porvoo', (ctx) => readAuditLog(ctx, { from: today, to: today, page: 1 }));
    expect(todays.lines.length).toBeGreaterThan(0);
    expect(JSON.stringify(all.lines)).not.toMatch(/password\/[\w-]{43}|@example\.fi/);
    const viewer = await createPerson(store, 'porvoo', 'viewer');
    await expect(readAs(store, viewer.userId, 'porvoo', (ctx) => readAuditLog(ctx, { page: 1 }))).rejects.toThrow(ForbiddenError);
  });
});
