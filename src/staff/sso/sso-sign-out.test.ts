/**
 * Signing out of a single sign-on session ends it at the provider too (RP-Initiated Logout): against
 * the real `oidc-provider`, our session ends, the browser is sent to the provider's end_session_endpoint
 * with the ID token as a hint and our sign-in page to come back to, and after confirming there the
 * provider asks the person to sign in again. A provider without that endpoint, or a password
 * session, just comes back to our sign-in page.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { municipalitySettings, sessions, userIdentities } from '../../db/schema.ts';
import { createLogger } from '../../logger.ts';
import type { Store } from '../../services/context.ts';
import { createProvider } from '../../services/sso/providers.ts';
import { startEnrolment } from '../../services/staff/second-factor.ts';
import { Secret, TOTP } from 'otpauth';
import { backends, demoDatabase, writeIn } from '../../../test/support/database.ts';
import { follow, POST_LOGOUT_REDIRECT_URI, REDIRECT_URI, startFakeProvider, startOidcProvider, TEST_CLIENT, type TestIdentity } from '../../../test/support/oidc.ts';
import { createPerson, csrfToken, postForm, signIn, someAddress } from '../../../test/support/staff.ts';

process.env.TIEKARTTA_SECRET_KEY = randomBytes(32).toString('base64');

const providerInput = (issuer: string, label: string) => ({
  label, issuer, clientId: TEST_CLIENT.clientId, clientSecret: TEST_CLIENT.clientSecret,
  allowedDomains: 'porvoo.fi', defaultRole: 'viewer', enabled: true,
});

/** A browser's cookies at the provider, sent with each request there. */
type Jar = Map<string, string>;

async function atProvider(url: string, jar: Jar, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(url, {
    redirect: 'manual', ...init,
    headers: { ...init.headers as Record<string, string>, cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') },
  });
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair!.indexOf('=');
    jar.set(pair!.slice(0, at).trim(), pair!.slice(at + 1));
  }
  return response;
}

describe.each(backends)('signing out of a single sign-on session (%s)', (backend) => {
  let store: Store;
  let app: Hono;
  const identity = { current: { sub: 'ulla-1', email: 'ulla.uloskirjautuja@porvoo.fi', name: 'Ulla Uloskirjautuja' } as TestIdentity };
  let real: Awaited<ReturnType<typeof startOidcProvider>>;
  let fake: Awaited<ReturnType<typeof startFakeProvider>>;
  let realId: string;
  let fakeId: string;

  beforeAll(async () => {
    store = await demoDatabase(backend);
    app = createApp({ store, logger: createLogger('silent'), proxy: { trustProxy: true } });
    real = await startOidcProvider(identity);
    fake = await startFakeProvider({ sub: 'fake-1', email: 'fake.ulos@porvoo.fi', name: 'Fake Ulos' });
    realId = await writeIn(store, 'porvoo', (ctx) => createProvider(ctx, providerInput(real.issuer, 'Porvoon tunnus')));
    fakeId = await writeIn(store, 'porvoo', (ctx) => createProvider(ctx, providerInput(fake.issuer, 'Testitunnus')));
  });
  afterAll(async () => {
    await real?.close();
    await fake?.close();
    await store?.close();
  });

  /** Where the provider first sends a browser that starts signing in: straight back to us while its session lives. */
  async function authorizationAt(providerId: string) {
    const start = await app.request(`/staff/sso/porvoo/start?provider=${providerId}`, { headers: { 'x-forwarded-for': someAddress() } });
    return { url: start.headers.get('location')!, stateCookie: start.headers.get('set-cookie')!.split(';')[0]! };
  }

  async function signInThrough(providerId: string, jar: Jar): Promise<string> {
    const { url, stateCookie } = await authorizationAt(providerId);
    const back = await app.request(await follow(url, jar), { headers: { cookie: stateCookie } });
    expect(back.status).toBe(303);
    return back.headers.getSetCookie().find((line) => line.startsWith('tiekartta-session='))!.split(';')[0]!;
  }

  const signOut = async (cookie: string) => postForm(app, '/staff/sign-out', cookie, { _csrf: await csrfToken(app, cookie, '/staff') });

  it('ends the session here and at the provider, and comes back to the sign-in page', async () => {
    const jar: Jar = new Map();
    const session = await signInThrough(realId, jar);
    // The provider remembers the person: a new sign-in goes straight back to us.
    expect((await atProvider((await authorizationAt(realId)).url, jar)).headers.get('location')).toMatch(new RegExp(`^${REDIRECT_URI}\\?`));
    const [stored] = await store.orm.select({ token: sessions.ssoIdToken }).from(sessions).where(eq(sessions.ssoProviderId, realId));
    expect(stored!.token).toMatch(/^v1\./);

    const out = await signOut(session);
    expect(out.status).toBe(303);
    const endSession = new URL(out.headers.get('location')!);
    expect(endSession.origin).toBe(real.issuer);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(POST_LOGOUT_REDIRECT_URI);
    expect(endSession.searchParams.get('id_token_hint')?.split('.')).toHaveLength(3);
    expect(out.headers.getSetCookie().some((line) => /^tiekartta-session=;/.test(line))).toBe(true);
    // Ended here at once, whatever the provider does.
    expect((await app.request('/staff', { headers: { cookie: session } })).headers.get('location')).toContain('/staff/sign-in');

    // At the provider: its confirmation form, then back to our sign-in page.
    const confirm = await atProvider(endSession.href, jar);
    expect(confirm.status).toBe(200);
    const form = await confirm.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(form)![1]!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(form)![1]!;
    const confirmed = await atProvider(new URL(action, real.issuer).href, jar, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
    });
    expect(confirmed.headers.get('location')).toBe(POST_LOGOUT_REDIRECT_URI);
    // The provider's session is over: a new sign-in has to go through its login step.
    expect((await atProvider((await authorizationAt(realId)).url, jar)).headers.get('location')).toMatch(/\/interaction\//);
  });

  it('stays a single sign-on session through the second factor step, so signing out still reaches the provider', async () => {
    await writeIn(store, 'porvoo', (ctx) => ctx.tx.insert(municipalitySettings).values({ municipalityId: ctx.municipality!.id, mfaRequiredFor: ['viewer'] })
      .onConflictDoUpdate({ target: municipalitySettings.municipalityId, set: { mfaRequiredFor: ['viewer'] } }));
    try {
      identity.current = { sub: 'ville-2', email: 'ville.varmistaja@porvoo.fi', name: 'Ville Varmistaja' };
      const half = await signInThrough(realId, new Map());
      const [{ userId }] = await store.orm.select({ userId: userIdentities.userId }).from(userIdentities).where(eq(userIdentities.subject, 'ville-2')) as [{ userId: string }];
      const { secret } = (await writeIn(store, null, (ctx) => startEnrolment(ctx, userId)))!;
      const csrf = await csrfToken(app, half, '/staff/sign-in/second-factor');
      const step = await postForm(app, '/staff/sign-in/second-factor', half, { _csrf: csrf, code: TOTP.generate({ secret: Secret.fromBase32(secret) }), next: '/staff/' });
      const complete = step.headers.getSetCookie().find((line) => line.startsWith('tiekartta-session='))!.split(';')[0]!;
      expect(complete).not.toBe(half);
      const out = await signOut(complete);
      expect(new URL(out.headers.get('location')!).origin).toBe(real.issuer);
    } finally {
      await writeIn(store, 'porvoo', (ctx) => ctx.tx.update(municipalitySettings).set({ mfaRequiredFor: [] }));
    }
  });

  it('signs out plainly at a provider without an end_session_endpoint', async () => {
    const session = await signInThrough(fakeId, new Map());
    const out = await signOut(session);
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/staff/sign-in?notice=signed_out');
  });

  it('signs a password session out to the sign-in page, as before', async () => {
    const person = await createPerson(store, 'porvoo', 'viewer');
    const out = await signOut(await signIn(app, person.email));
    expect(out.headers.get('location')).toBe('/staff/sign-in?notice=signed_out');
  });
});
