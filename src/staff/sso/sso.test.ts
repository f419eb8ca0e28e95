/**
 * Single sign-on over HTTP through the whole app, against OpenID Connect providers the test starts:
 * the real `oidc-provider` for the good login and a replayed state, and a fake provider for the ID
 * tokens a real one never issues, each of which must be refused without signing anyone in.
 */
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { auditLog, identityProviders, memberships, municipalitySettings, userIdentities, users } from '../../db/schema.ts';
import { createLogger } from '../../logger.ts';
import type { Store } from '../../services/context.ts';
import { createMunicipality } from '../../services/municipalities.ts';
import { createProvider } from '../../services/sso/providers.ts';
import { backends, demoDatabase, writeIn } from '../../../test/support/database.ts';
import { follow, startFakeProvider, startOidcProvider, TEST_CLIENT, type Tampering, type TestIdentity } from '../../../test/support/oidc.ts';
import { createPerson, csrfToken, postForm, signIn, someAddress } from '../../../test/support/staff.ts';
import { START_LIMIT } from '../../services/sso/sign-in.ts';

process.env.TIEKARTTA_SECRET_KEY = randomBytes(32).toString('base64');

const providerInput = (issuer: string, label: string, defaultRole = '') => ({
  label, issuer, clientId: TEST_CLIENT.clientId, clientSecret: TEST_CLIENT.clientSecret,
  allowedDomains: 'porvoo.fi, borga.fi', defaultRole, enabled: true,
});

describe.each(backends)('single sign-on with OpenID Connect (%s)', (backend) => {
  let store: Store;
  let app: Hono;
  const realIdentity = { current: { sub: 'sanna-1', email: 'Sanna.Sso@porvoo.fi', name: 'Sanna Sso' } as TestIdentity };
  const fakeIdentity: TestIdentity = { sub: 'fake-7', email: 'fake.person@porvoo.fi', name: 'Faked Person' };
  let real: Awaited<ReturnType<typeof startOidcProvider>>;
  let fake: Awaited<ReturnType<typeof startFakeProvider>>;
  let realId: string;
  let fakeId: string;

  beforeAll(async () => {
    store = await demoDatabase(backend);
    app = createApp({ store, logger: createLogger('silent'), proxy: { trustProxy: true } });
    real = await startOidcProvider(realIdentity);
    fake = await startFakeProvider(fakeIdentity);
    realId = await writeIn(store, 'porvoo', (ctx) => createProvider(ctx, providerInput(real.issuer, 'Porvoon tunnus')));
    fakeId = await writeIn(store, 'porvoo', (ctx) => createProvider(ctx, providerInput(fake.issuer, 'Testitunnus', 'viewer')));
  });
  afterAll(async () => {
    await real?.close();
    await fake?.close();
    await store?.close();
  });

  /** Starts at our start URL, goes through the provider, and returns the callback and the browser's state cookie. */
  async function throughProvider(providerId: string, next = '') {
    const start = await app.request(`/staff/sso/porvoo/start?provider=${providerId}${next ? `&next=${encodeURIComponent(next)}` : ''}`, {
      headers: { 'x-forwarded-for': someAddress() },
    });
    expect(start.status).toBe(303);
    const cookie = start.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^tiekartta-sso=[^;]+;.*HttpOnly/);
    expect(cookie).toContain('Path=/staff/sso/callback');
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    return { callback: await follow(authorize.href), stateCookie: cookie.split(';')[0]! };
  }

  const auditReasons = async () => writeIn(store, 'porvoo', async (ctx) =>
    (await ctx.tx.select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.action, 'auth.sso_refused')))
      .map((row) => (row.details as { reason: string }).reason));
  const auditDetails = async () => writeIn(store, 'porvoo', async (ctx) =>
    (await ctx.tx.select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.action, 'auth.sso_refused'))).map((row) => row.details));

  it('shows "Sign in with …" for the municipality on its sign-in page and on the general one', async () => {
    const page = await (await app.request('/staff/sso/porvoo?lang=en')).text();
    expect(page).toContain('Sign in with Porvoon tunnus');
    expect(page).toContain(`/staff/sso/porvoo/start?provider=${realId}`);
    const general = await (await app.request('/staff/sign-in?lang=en')).text();
    expect(general).toContain('Sign in with Testitunnus');
  });

  it('signs a newcomer in through the real provider, keyed on issuer and subject, with no role by default', async () => {
    const { callback, stateCookie } = await throughProvider(realId, '/staff/porvoo/');
    const back = await app.request(callback, { headers: { cookie: stateCookie } });
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe('/staff/porvoo/');
    const session = back.headers.getSetCookie().find((line) => line.startsWith('tiekartta-session='))!.split(';')[0]!;

    const person = await writeIn(store, null, async (ctx) => {
      const [identity] = await ctx.tx.select().from(userIdentities).where(eq(userIdentities.issuer, real.issuer));
      const [user] = await ctx.tx.select().from(users).where(eq(users.id, identity!.userId));
      const roles = await ctx.tx.select().from(memberships).where(eq(memberships.userId, identity!.userId));
      return { identity, user, roles };
    });
    expect(person.identity?.subject).toBe('sanna-1');
    expect(person.user?.email).toBe('sanna.sso@porvoo.fi');
    expect(person.user?.passwordHash).toBeNull();
    expect(person.roles).toEqual([]);
    // Signed in, but without a role the workspace has nothing to show yet.
    const home = await app.request('/staff', { headers: { cookie: session } });
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Sinulla ei ole vielä rooleja');

    // The same subject with a changed address is still the same person.
    realIdentity.current = { ...realIdentity.current, email: 'sanna.uusi@porvoo.fi' };
    const again = await throughProvider(realId);
    expect((await app.request(again.callback, { headers: { cookie: again.stateCookie } })).status).toBe(303);
    const count = await writeIn(store, null, async (ctx) => (await ctx.tx.select().from(userIdentities).where(eq(userIdentities.issuer, real.issuer))).length);
    expect(count).toBe(1);
  });

  it('refuses a replayed state: the callback is good once', async () => {
    const { callback, stateCookie } = await throughProvider(realId);
    expect((await app.request(callback, { headers: { cookie: stateCookie } })).status).toBe(303);
    const replay = await app.request(callback, { headers: { cookie: stateCookie } });
    expect(replay.status).toBe(401);
    expect(replay.headers.getSetCookie().some((line) => line.startsWith('tiekartta-session='))).toBe(false);
    expect(await replay.text()).toContain('Kirjautuminen vanheni tai se aloitettiin toisessa selaimessa');
  });

  it('refuses a callback in a browser that did not start the sign-in', async () => {
    const { callback } = await throughProvider(realId);
    const elsewhere = await app.request(callback);
    expect(elsewhere.status).toBe(401);
  });

  it.each<[Tampering, string, string]>([
    ['audience', 'an ID token for another client', '"aud"'],
    ['signature', 'an ID token signed with a key the provider does not publish', 'signature verification failed'],
    ['expired', 'an expired ID token', '"exp"'],
    ['nonce', 'an ID token with another nonce', '"nonce"'],
  ])('refuses %s (%s) and signs no one in', async (tamper, _what, check) => {
    fake.settings.tamper = tamper;
    try {
      const before = await auditReasons();
      const { callback, stateCookie } = await throughProvider(fakeId);
      const answer = await app.request(callback, { headers: { cookie: stateCookie } });
      expect(answer.status).toBe(401);
      expect(answer.headers.getSetCookie().some((line) => line.startsWith('tiekartta-session='))).toBe(false);
      expect(await answer.text()).toContain('Tunnistuspalvelun vastausta ei voitu hyväksyä');
      expect(await auditReasons()).toEqual([...before, 'token']);
      expect((await auditDetails()).at(-1)).toMatchObject({ reason: 'token', provider: fakeId, check: expect.stringContaining(check) });
      const identities = await writeIn(store, null, async (ctx) => ctx.tx.select().from(userIdentities).where(eq(userIdentities.issuer, fake.issuer)));
      expect(identities).toEqual([]);
    } finally {
      fake.settings.tamper = 'none';
    }
  });

  it('signs in through the fake provider when nothing is tampered with, giving its default role', async () => {
    const { callback, stateCookie } = await throughProvider(fakeId);
    expect((await app.request(callback, { headers: { cookie: stateCookie } })).status).toBe(303);
    const roles = await writeIn(store, null, async (ctx) => ctx.tx.select({ role: memberships.role }).from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId)).where(eq(users.email, 'fake.person@porvoo.fi')));
    expect(roles).toEqual([{ role: 'viewer' }]);
  });

  it("holds the municipality's second-factor rule after single sign-on too", async () => {
    await writeIn(store, 'porvoo', (ctx) => ctx.tx.insert(municipalitySettings).values({ municipalityId: ctx.municipality!.id, mfaRequiredFor: ['viewer'] })
      .onConflictDoUpdate({ target: municipalitySettings.municipalityId, set: { mfaRequiredFor: ['viewer'] } }));
    try {
      // The fake provider's newcomers are viewers.
      const { callback, stateCookie } = await throughProvider(fakeId, '/staff/porvoo/');
      const back = await app.request(callback, { headers: { cookie: stateCookie } });
      expect(back.status).toBe(303);
      expect(back.headers.get('location')).toBe(`/staff/sign-in/second-factor?next=${encodeURIComponent('/staff/porvoo/')}`);
      const session = back.headers.getSetCookie().find((line) => line.startsWith('tiekartta-session='))!.split(';')[0]!;
      const workspace = await app.request('/staff/porvoo/', { headers: { cookie: session } });
      expect(workspace.status).toBe(303);
      expect(workspace.headers.get('location')).toContain('/staff/sign-in/second-factor');
    } finally {
      await writeIn(store, 'porvoo', (ctx) => ctx.tx.update(municipalitySettings).set({ mfaRequiredFor: [] }));
    }
  });

  it('links an account of the same address, unless the account has roles in another municipality', async () => {
    const local = await createPerson(store, 'porvoo', 'coordinator', { email: 'kaisa.k@porvoo.fi' });
    realIdentity.current = { sub: 'kaisa-3', email: 'Kaisa.K@porvoo.fi', name: 'Kaisa K' };
    const linked = await throughProvider(realId);
    expect((await app.request(linked.callback, { headers: { cookie: linked.stateCookie } })).status).toBe(303);
    const [identity] = await writeIn(store, null, (ctx) => ctx.tx.select().from(userIdentities).where(eq(userIdentities.subject, 'kaisa-3')));
    expect(identity?.userId).toBe(local.userId);

    await writeIn(store, null, (ctx) => createMunicipality(ctx, { slug: 'lovisa', code: '434', name: { sv: 'Lovisa' }, languages: ['sv'] }));
    await createPerson(store, 'lovisa', 'administrator', { email: 'pekka.p@porvoo.fi' });
    realIdentity.current = { sub: 'pekka-4', email: 'pekka.p@porvoo.fi', name: 'Pekka P' };
    const refused = await throughProvider(realId);
    const answer = await app.request(refused.callback, { headers: { cookie: refused.stateCookie } });
    expect(answer.status).toBe(401);
    expect(await answer.text()).toContain('rooleja myös muissa kunnissa');
    expect(await auditReasons()).toContain('account_elsewhere');
  });

  it('refuses an address whose domain the municipality does not allow', async () => {
    realIdentity.current = { sub: 'outsider-2', email: 'someone@example.com', name: 'Outsider' };
    const { callback, stateCookie } = await throughProvider(realId);
    const answer = await app.request(callback, { headers: { cookie: stateCookie } });
    expect(answer.status).toBe(401);
    expect(await answer.text()).toContain('verkkotunnus ei ole sallittu');
  });

  it('limits the sign-ins started from one address', async () => {
    const address = someAddress();
    const start = () => app.request(`/staff/sso/porvoo/start?provider=${fakeId}`, { headers: { 'x-forwarded-for': address } });
    for (let i = 0; i < START_LIMIT.max; i += 1) expect((await start()).status).toBe(303);
    const refused = await start();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it("lets an administrator configure a provider, sealing the secret, and refuses anyone else", async () => {
    const admin = await createPerson(store, 'porvoo', 'administrator');
    const cookie = await signIn(app, admin.email);
    const token = await csrfToken(app, cookie, '/staff/porvoo/sso');
    const invalid = await postForm(app, '/staff/porvoo/sso', cookie, {
      _csrf: token, label: 'Entra', issuer: 'http://login.example.com', clientId: 'abc', clientSecret: 's3cret', allowedDomains: 'not a domain!',
    });
    expect(invalid.status).toBe(400);
    const html = await invalid.text();
    expect(html).toContain('href="#issuer"');
    expect(html).toContain('Myöntäjän osoitteen on alettava https://');
    expect(html).toContain('Tarkista verkkotunnukset');

    const saved = await postForm(app, '/staff/porvoo/sso', cookie, {
      _csrf: token, label: 'Entra ID', issuer: 'https://login.example.com/tenant/v2.0/', clientId: 'abc',
      clientSecret: 'the very secret', allowedDomains: 'Porvoo.fi', defaultRole: 'action_owner', enabled: 'on',
    });
    expect(saved.status).toBe(303);
    const [row] = await writeIn(store, 'porvoo', async (ctx) => ctx.tx.select().from(identityProviders)
      .where(and(eq(identityProviders.issuer, 'https://login.example.com/tenant/v2.0'))));
    expect(row).toMatchObject({ label: 'Entra ID', allowedDomains: ['porvoo.fi'], defaultRole: 'action_owner', enabled: true, version: 1 });
    expect(row!.clientSecret).not.toContain('the very secret');
    const edit = await (await app.request(saved.headers.get('location')!, { headers: { cookie } })).text();
    expect(edit).toContain('Tallennettu.');
    expect(edit).not.toContain('the very secret');

    // A stale form is refused, nothing is overwritten.
    const stale = await postForm(app, `/staff/porvoo/sso/${row!.id}`, cookie, {
      _csrf: token, version: '0', label: 'Other', issuer: row!.issuer, clientId: 'abc', allowedDomains: 'porvoo.fi',
    });
    expect(stale.status).toBe(409);

    const coordinator = await createPerson(store, 'porvoo', 'coordinator');
    const other = await signIn(app, coordinator.email);
    expect((await app.request('/staff/porvoo/sso', { headers: { cookie: other } })).status).toBe(403);
  });
});
