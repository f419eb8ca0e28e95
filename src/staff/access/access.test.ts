/** Access over HTTP: the second factor at sign-in, password reset, people, settings, the audit log, switching municipality. */
import { and, eq, sql } from 'drizzle-orm';
import type { Hono } from 'hono';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { auditLog, memberships, outbox, users } from '../../db/schema.ts';
import { createLogger } from '../../logger.ts';
import type { Store } from '../../services/context.ts';
import { LOCK_AFTER_FAILURES } from '../../services/staff/sign-in.ts';
import { backends, demoDatabase, writeIn } from '../../../test/support/database.ts';
import { createPerson, csrfToken, ORIGIN, postForm, signIn, someAddress, TEST_PASSWORD } from '../../../test/support/staff.ts';

const form = (fields: Record<string, string>, cookie?: string, address = someAddress()) => ({
  method: 'POST',
  headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address, ...(cookie ? { cookie } : {}) },
  body: new URLSearchParams(fields).toString(),
});
const cookieOf = (response: Response) => response.headers.get('set-cookie')?.split(';')[0];
const codeFor = (secret: string, offsetSteps = 0) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + offsetSteps * 30_000 });
const secretOf = (html: string) => /<code class="secret">([A-Z2-7 ]+)<\/code>/.exec(html)![1]!.replace(/ /g, '');

describe.each(backends)('access over HTTP (%s)', (backend) => {
  let store: Store;
  let app: Hono;
  let admin: { email: string; userId: string };
  let adminCookie: string;

  beforeAll(async () => {
    store = await demoDatabase(backend);
    app = createApp({ store, logger: createLogger('silent'), proxy: { trustProxy: true } });
    admin = await createPerson(store, 'porvoo', 'administrator', { name: 'Aino Ylläpitäjä' });
    adminCookie = await signIn(app, admin.email);
  });
  afterAll(async () => store?.close());

  /** Signs in with the password; returns the half session's cookie and where it was sent. */
  async function passwordStep(email: string) {
    const response = await app.request('/staff/sign-in', form({ email, password: TEST_PASSWORD, next: '/staff/porvoo/' }));
    expect(response.status).toBe(303);
    return { cookie: cookieOf(response)!, location: response.headers.get('location')! };
  }

  async function enrolOnSecurityPage(email: string): Promise<{ cookie: string; secret: string; recoveryCodes: string[] }> {
    const cookie = await signIn(app, email);
    const page = await app.request('/staff/account/security', { headers: { cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<svg');
    const secret = secretOf(html);
    const token = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    const done = await postForm(app, '/staff/account/security/enrol', cookie, { _csrf: token, code: codeFor(secret, -1) });
    expect(done.status).toBe(200);
    const codes = [...(await done.text()).matchAll(/<li><code>([a-z0-9]{5}-[a-z0-9]{5})<\/code><\/li>/g)].map((match) => match[1]!);
    expect(codes).toHaveLength(10);
    return { cookie, secret, recoveryCodes: codes };
  }

  it('asks a person with an authenticator app for a code, and only a complete, new session opens the workspace', async () => {
    const person = await createPerson(store, 'porvoo', 'coordinator');
    const { secret } = await enrolOnSecurityPage(person.email);

    const half = await passwordStep(person.email);
    expect(half.location).toBe('/staff/sign-in/second-factor?next=%2Fstaff%2Fporvoo%2F');
    // The half session opens nothing but the second step.
    const blocked = await app.request('/staff/porvoo/', { headers: { cookie: half.cookie } });
    expect(blocked.headers.get('location')).toBe('/staff/sign-in/second-factor?next=%2Fstaff%2Fporvoo%2F');
    const step = await app.request(half.location, { headers: { cookie: half.cookie } });
    const token = /name="_csrf" value="([^"]+)"/.exec(await step.text())![1]!;

    const wrong = await app.request('/staff/sign-in/second-factor', form({ _csrf: token, code: '000000', next: '/staff/porvoo/' }, half.cookie));
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('Koodi ei kelpaa');
    const right = await app.request('/staff/sign-in/second-factor', form({ _csrf: token, code: codeFor(secret, 1), next: '/staff/porvoo/' }, half.cookie));
    expect(right.status).toBe(303);
    expect(right.headers.get('location')).toBe('/staff/porvoo/');
    const full = cookieOf(right)!;
    expect(full).not.toBe(half.cookie);
    expect((await app.request('/staff/porvoo/', { headers: { cookie: full } })).status).toBe(200);
    // The half session's cookie is worth nothing afterwards (no fixation across the second step).
    expect((await app.request('/staff/porvoo/', { headers: { cookie: half.cookie } })).headers.get('location')).toMatch(/^\/staff\/sign-in\?/);
  });

  it('makes people of a required role set up an app at sign-in, then accepts a recovery code once', async () => {
    const token = await csrfToken(app, adminCookie, '/staff/porvoo/settings');
    const settings = await app.request('/staff/porvoo/settings', { headers: { cookie: adminCookie } });
    const version = /name="version" value="(\d+)"/.exec(await settings.text())![1]!;
    const saved = await app.request('/staff/porvoo/settings', {
      ...form({}, adminCookie),
      body: `_csrf=${token}&version=${version}&secondFactorRequiredFor=steering_member&secondFactorRequiredFor=viewer`,
    });
    expect(saved.status).toBe(303);
    const person = await createPerson(store, 'porvoo', 'steering_member');

    const half = await passwordStep(person.email);
    const page = await app.request(half.location, { headers: { cookie: half.cookie } });
    const html = await page.text();
    expect(html).toContain('Kuntasi edellyttää');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    const enabled = await app.request('/staff/sign-in/second-factor', form({ _csrf: csrf, code: codeFor(secretOf(html)), next: '/staff/porvoo/' }, half.cookie));
    expect(enabled.status).toBe(200);
    const codesPage = await enabled.text();
    // No form of the half session, which has just ended, is left on the page.
    expect(codesPage).not.toContain('name="_csrf"');
    const codes = [...codesPage.matchAll(/<code>([a-z0-9]{5}-[a-z0-9]{5})<\/code>/g)].map((match) => match[1]!);
    expect(codes).toHaveLength(10);
    expect((await app.request('/staff/porvoo/', { headers: { cookie: cookieOf(enabled)! } })).status).toBe(200);

    for (const expected of [303, 400]) {
      const again = await passwordStep(person.email);
      const step = await app.request(again.location, { headers: { cookie: again.cookie } });
      const stepToken = /name="_csrf" value="([^"]+)"/.exec(await step.text())![1]!;
      const response = await app.request('/staff/sign-in/second-factor', form({ _csrf: stepToken, code: codes[0]!, next: '/staff/porvoo/' }, again.cookie));
      expect(response.status).toBe(expected);
      if (expected === 303) {
        // Signed in with a recovery code: the security page says how many are left and offers new ones.
        expect(response.headers.get('location')).toBe('/staff/account/security?notice=recovery_code_used');
        const security = await (await app.request(response.headers.get('location')!, { headers: { cookie: cookieOf(response)! } })).text();
        expect(security).toContain('Kirjauduit palautuskoodilla');
        expect(security).toContain('Käyttämättömiä palautuskoodeja on 9.');
      }
    }
    const after = await app.request('/staff/porvoo/settings', { headers: { cookie: adminCookie } });
    const nowVersion = /name="version" value="(\d+)"/.exec(await after.text())![1]!;
    // A save from the page as it was before is refused, and nothing is overwritten.
    const stale = await app.request('/staff/porvoo/settings', { ...form({}, adminCookie), body: `_csrf=${token}&version=${version}` });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('Joku muu tallensi asetukset');
    await app.request('/staff/porvoo/settings', { ...form({}, adminCookie), body: `_csrf=${token}&version=${nowVersion}` });
    const audit = await store.orm.select().from(auditLog).where(eq(auditLog.action, 'settings.update'));
    expect(audit.length).toBe(2);
  });

  it('mails a reset link with the same answer for an unknown address; the link sets a password once and ends old sessions', async () => {
    const person = await createPerson(store, 'porvoo', 'viewer');
    const oldSession = await signIn(app, person.email);
    const unknown = await app.request('/staff/password-reset', form({ email: 'ei.ole@example.fi' }));
    const known = await app.request('/staff/password-reset', form({ email: person.email }));
    expect(unknown.status).toBe(200);
    expect(known.status).toBe(200);
    const notice = (html: string) => /role="status">([^<]+)</.exec(html)?.[1];
    expect(notice(await known.text())).toBe(notice(await unknown.text()));
    const [mail] = await store.orm.select().from(outbox).where(and(eq(outbox.kind, 'password_reset'), eq(outbox.recipient, person.email)));
    const link = /http:\/\/localhost(\/staff\/password\/[\w-]+)/.exec(mail!.bodyText)![1]!;
    const set = await app.request(link, form({ password: 'a brand new passphrase', repeat: 'a brand new passphrase' }));
    expect(set.status).toBe(303);
    expect((await app.request('/staff/porvoo/', { headers: { cookie: oldSession } })).status).toBe(303);
    await expect(signIn(app, person.email, 'a brand new passphrase')).resolves.toMatch(/^tiekartta-session=/);
    expect((await app.request(link)).status).toBe(410);
  });

  it('keeps the lock-out from any address, and a right password does not open a locked account', async () => {
    const person = await createPerson(store, 'porvoo', 'viewer');
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++) await app.request('/staff/sign-in', form({ email: person.email, password: `wrong ${i}` }));
    for (let i = 0; i < 3; i++) {
      expect((await app.request('/staff/sign-in', form({ email: person.email, password: TEST_PASSWORD }))).status).toBe(401);
    }
    const [row] = await store.orm.select().from(users).where(eq(users.id, person.userId));
    // Failures while locked do not extend the lock without end, and it is still there after the tries.
    expect(row!.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 13 * 60_000);
    // An administrator sees the block and may lift it.
    const list = await (await app.request('/staff/porvoo/people', { headers: { cookie: adminCookie } })).text();
    expect(list).toContain('Kirjautuminen estetty hetkeksi');
    const token = await csrfToken(app, adminCookie, '/staff/porvoo/people');
    const unlocked = await postForm(app, `/staff/porvoo/people/${person.userId}/unlock`, adminCookie, { _csrf: token });
    expect(unlocked.headers.get('location')).toBe('/staff/porvoo/people?notice=unlockedNotice');
    await expect(signIn(app, person.email)).resolves.toMatch(/^tiekartta-session=/);
  });

  it('lets an administrator invite, grant and revoke roles, and deactivate a person, whose session ends at once', async () => {
    const token = await csrfToken(app, adminCookie, '/staff/porvoo/people');
    const invited = await postForm(app, '/staff/porvoo/people', adminCookie, { _csrf: token, displayName: 'Sanna Svensson', email: 'sanna@example.fi', role: 'action_owner', lang: 'sv' });
    expect(invited.status).toBe(303);
    expect(invited.headers.get('location')).toBe('/staff/porvoo/people?notice=invited');
    const [mail] = await store.orm.select().from(outbox).where(eq(outbox.recipient, 'sanna@example.fi'));
    expect(mail!.subject).toBe('Tiekartta: du har bjudits in till arbetsytan för Borgå');
    expect(mail!.bodyText).toMatch(/http:\/\/localhost\/staff\/password\/[\w-]{43}/);

    // Inviting again someone who has not set a password sends a new link; someone who has one just gets the role.
    const again = await postForm(app, '/staff/porvoo/people', adminCookie, { _csrf: token, displayName: 'Sanna Svensson', email: 'sanna@example.fi', role: 'viewer', lang: 'sv' });
    expect(again.headers.get('location')).toBe('/staff/porvoo/people?notice=invited');
    expect(await store.orm.select().from(outbox).where(eq(outbox.recipient, 'sanna@example.fi'))).toHaveLength(2);
    const existing = await createPerson(store, 'porvoo', 'viewer');
    const added = await postForm(app, '/staff/porvoo/people', adminCookie, { _csrf: token, displayName: 'X', email: existing.email, role: 'steering_member', lang: 'fi' });
    expect(added.headers.get('location')).toBe('/staff/porvoo/people?notice=added');
    expect(await store.orm.select().from(outbox).where(eq(outbox.recipient, existing.email))).toEqual([]);

    const bad = await postForm(app, '/staff/porvoo/people', adminCookie, { _csrf: token, displayName: '', email: 'not-an-address', role: 'viewer', lang: 'fi' });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('href="#email"');
    expect(badHtml).toContain('value="not-an-address"');

    const person = await createPerson(store, 'porvoo', 'viewer', { name: 'Ville Viewer' });
    const personCookie = await signIn(app, person.email);
    expect((await postForm(app, `/staff/porvoo/people/${person.userId}/roles`, adminCookie, { _csrf: token, role: 'coordinator' })).status).toBe(303);
    expect((await postForm(app, `/staff/porvoo/people/${person.userId}/roles/remove`, adminCookie, { _csrf: token, role: 'viewer' })).status).toBe(303);
    const roles = await store.orm.select({ role: memberships.role }).from(memberships).where(eq(memberships.userId, person.userId));
    expect(roles.map((row) => row.role)).toEqual(['coordinator']);
    const list = await (await app.request('/staff/porvoo/people?notice=roleRemoved', { headers: { cookie: adminCookie } })).text();
    expect(list).toContain('Rooli on poistettu.');
    expect(list).toContain('Sanna Svensson');

    expect((await postForm(app, `/staff/porvoo/people/${person.userId}/deactivate`, adminCookie, { _csrf: token })).status).toBe(303);
    expect((await app.request('/staff/porvoo/', { headers: { cookie: personCookie } })).status).toBe(303);
    expect((await app.request('/staff/sign-in', form({ email: person.email, password: TEST_PASSWORD }))).status).toBe(401);

    // The last administrator stays.
    const self = await postForm(app, `/staff/porvoo/people/${admin.userId}/roles/remove`, adminCookie, { _csrf: token, role: 'administrator' });
    expect(self.status).toBe(400);
    expect(await self.text()).toContain('Kunnalla on oltava ainakin yksi käytössä oleva ylläpitäjä.');

    const actions = (await store.orm.select().from(auditLog).where(eq(auditLog.actor, `user:${admin.userId}`))).map((line) => line.action);
    expect(actions).toEqual(expect.arrayContaining(['user.create', 'user.role_grant', 'user.role_revoke', 'user.deactivate']));
  });

  it('refuses a cross-site post and one without the form token, and a signed-out session changes nothing', async () => {
    const person = await createPerson(store, 'porvoo', 'viewer');
    const cookie = await signIn(app, admin.email);
    const token = await csrfToken(app, cookie, '/staff/porvoo/people');
    const path = `/staff/porvoo/people/${person.userId}/deactivate`;
    const crossSite = await app.request(path, {
      method: 'POST',
      headers: { origin: 'https://evil.example', cookie, 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
      body: `_csrf=${token}`,
    });
    expect(crossSite.status).toBe(403);
    expect((await postForm(app, path, cookie, {})).status).toBe(403);
    expect((await postForm(app, path, cookie, { _csrf: 'guessed' })).status).toBe(403);
    await postForm(app, '/staff/sign-out', cookie, { _csrf: token });
    const replayed = await postForm(app, path, cookie, { _csrf: token });
    expect(replayed.status).toBe(303);
    expect(replayed.headers.get('location')).toMatch(/^\/staff\/sign-in\?/);
    const [row] = await store.orm.select().from(users).where(eq(users.id, person.userId));
    expect(row!.disabledAt).toBeNull();
  });

  it('shows the audit log to administrators only, filtered and paged, without addresses, links or codes', async () => {
    const viewer = await createPerson(store, 'porvoo', 'viewer');
    const viewerCookie = await signIn(app, viewer.email);
    expect((await app.request('/staff/porvoo/audit', { headers: { cookie: viewerCookie } })).status).toBe(403);
    const response = await app.request(`/staff/porvoo/audit?person=user:${admin.userId}&action=user.role_grant`, { headers: { cookie: adminCookie } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<td>Rooli lisätty</td>');
    expect(html).not.toContain('<td>Kirjautuminen</td>');
    // A person's own sign-ins are about them: the filter by person shows them.
    const signIns = await (await app.request(`/staff/porvoo/audit?person=user:${admin.userId}&action=auth.sign_in`, { headers: { cookie: adminCookie } })).text();
    expect(signIns).toContain('<td>Kirjautuminen</td>');
    const all = await (await app.request('/staff/porvoo/audit', { headers: { cookie: adminCookie } })).text();
    expect(all).toContain('<td>Estetty yritys</td>');
    expect(all).not.toMatch(/@example\.fi|\/staff\/password\/[\w-]{43}/);
    const invalid = await app.request('/staff/porvoo/audit?from=yesterday', { headers: { cookie: adminCookie } });
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).toContain('href="#from"');
    const many = await writeIn(store, 'porvoo', async (ctx) => {
      await ctx.tx.execute(sql`insert into audit_log (municipality_id, actor, action, target, details)
        select ${ctx.municipality!.id}, 'cli', 'test.filler', 'x', '{}'::jsonb from generate_series(1, 60)`);
    });
    expect(many).toBeUndefined();
    const first = await (await app.request('/staff/porvoo/audit?action=test.filler', { headers: { cookie: adminCookie } })).text();
    expect(first.match(/<code>test\.filler<\/code>/g)).toHaveLength(50);
    expect(first).toContain('href="/staff/porvoo/audit?action=test.filler&amp;page=2"');
    const second = await (await app.request('/staff/porvoo/audit?action=test.filler&page=2', { headers: { cookie: adminCookie } })).text();
    expect(second.match(/<code>test\.filler<\/code>/g)).toHaveLength(10);
  });

  it('lets a person with roles in two municipalities switch between them', async () => {
    await writeIn(store, null, async (ctx) => {
      const { createMunicipality } = await import('../../services/municipalities.ts');
      await createMunicipality(ctx, { slug: 'loviisa', code: '434', name: { fi: 'Loviisa', sv: 'Lovisa' }, languages: ['fi', 'sv'] });
    });
    const person = await createPerson(store, 'porvoo', 'coordinator', { name: 'Kaksi Kuntaa' });
    await writeIn(store, 'loviisa', async (ctx) => {
      const { addPerson } = await import('../../services/staff/accounts.ts');
      await addPerson(ctx, { email: person.email, displayName: 'Kaksi Kuntaa', lang: 'fi', role: 'administrator' });
    });
    const cookie = await signIn(app, person.email);
    const home = await app.request('/staff', { headers: { cookie } });
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html).toContain('href="/staff/loviisa/"');
    expect(html).toContain('href="/staff/porvoo/"');
    // Administrator in Loviisa, coordinator in Porvoo: the people page only in Loviisa.
    expect((await app.request('/staff/loviisa/people', { headers: { cookie } })).status).toBe(200);
    expect((await app.request('/staff/porvoo/people', { headers: { cookie } })).status).toBe(403);
    const porvoo = await (await app.request('/staff/porvoo/', { headers: { cookie } })).text();
    expect(porvoo).toContain('Vaihda kuntaa');
    expect(porvoo).not.toContain('/staff/porvoo/people');
  });
});
