/** Signing in, sessions and the form token, over HTTP through the whole app. */
import { eq, sql } from 'drizzle-orm';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { auditLog, sessions, users } from '../db/schema.ts';
import { createLogger } from '../logger.ts';
import type { Store } from '../services/context.ts';
import { ADDRESS_LIMIT, LOCK_AFTER_FAILURES } from '../services/staff/sign-in.ts';
import { backends, demoDatabase, writeIn } from '../../test/support/database.ts';
import { createPerson, csrfToken, ORIGIN, postForm, signIn, someAddress, TEST_PASSWORD } from '../../test/support/staff.ts';
import { addPerson } from '../services/staff/accounts.ts';

const form = (fields: Record<string, string>, address = someAddress()) => ({
  method: 'POST',
  headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address },
  body: new URLSearchParams(fields).toString(),
});

describe.each(backends)('signing in to the workspace (%s)', (backend) => {
  let store: Store;
  let app: Hono;
  let coordinator: { email: string; userId: string };

  beforeAll(async () => {
    store = await demoDatabase(backend);
    app = createApp({ store, logger: createLogger('silent'), proxy: { trustProxy: true } });
    coordinator = await createPerson(store, 'porvoo', 'coordinator', { name: 'Kaisa Koordinaattori' });
  });
  afterAll(async () => store?.close());

  it('signs in with the right password, shows the workspace, never caches it and keeps it out of search engines', async () => {
    const cookie = await signIn(app, coordinator.email);
    expect(cookie).toMatch(/^tiekartta-session=/);
    const home = await app.request('/staff', { headers: { cookie } });
    // One municipality: straight to its workspace.
    expect(home.status).toBe(303);
    expect(home.headers.get('location')).toBe('/staff/porvoo/');
    const workspace = await app.request('/staff/porvoo/', { headers: { cookie } });
    expect(workspace.status).toBe(200);
    expect(workspace.headers.get('cache-control')).toBe('private, no-store');
    expect(workspace.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    const html = await workspace.text();
    expect(html).toContain('Kirjautuneena: Kaisa Koordinaattori');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>');
  });

  it('gives the same answer to an unknown address and a wrong password, and audits both', async () => {
    const unknown = await app.request('/staff/sign-in', form({ email: 'nobody@example.fi', password: 'whatever it is' }));
    const wrong = await app.request('/staff/sign-in', form({ email: coordinator.email, password: 'not the password' }));
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    const message = (html: string) => /<p class="notice notice-error" role="alert">([^<]+)<\/p>/.exec(html)?.[1];
    expect(message(await unknown.text())).toBe(message(await wrong.text()));
    const audit = await store.orm.select().from(auditLog).where(eq(auditLog.action, 'auth.sign_in_failed'));
    expect(audit.map((line) => line.target)).toEqual(expect.arrayContaining(['account:unknown', `user:${coordinator.userId}`]));
    expect(JSON.stringify(audit)).not.toContain('nobody@example.fi');
    expect(JSON.stringify(audit)).not.toContain('not the password');
  });

  it('locks an account after repeated failures, even against the right password, and audits the lock-out', async () => {
    const person = await createPerson(store, 'porvoo', 'viewer');
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++) {
      expect((await app.request('/staff/sign-in', form({ email: person.email, password: `wrong ${i}` }))).status).toBe(401);
    }
    expect((await app.request('/staff/sign-in', form({ email: person.email, password: TEST_PASSWORD }))).status).toBe(401);
    const [user] = await store.orm.select().from(users).where(eq(users.id, person.userId));
    expect(user!.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    const lockouts = await store.orm.select().from(auditLog).where(eq(auditLog.action, 'auth.locked_out'));
    expect(lockouts.map((line) => line.target)).toContain(`user:${person.userId}`);
    // Once the lock has passed, the right password works again.
    await store.orm.update(users).set({ lockedUntil: sql`now() - interval '1 minute'` }).where(eq(users.id, person.userId));
    await expect(signIn(app, person.email)).resolves.toMatch(/^tiekartta-session=/);
  });

  it('limits the attempts from one address, whatever the accounts, and says when to try again', async () => {
    const address = someAddress();
    for (let i = 0; i < ADDRESS_LIMIT.max; i++) {
      expect((await app.request('/staff/sign-in', form({ email: `guess${i}@example.fi`, password: 'guess' }, address))).status).toBe(401);
    }
    const limited = await app.request('/staff/sign-in', form({ email: coordinator.email, password: TEST_PASSWORD }, address));
    expect(limited.status).toBe(429);
    expect(await limited.text()).toMatch(/Liian monta kirjautumisyritystä verkostasi\. Yritä uudelleen \d+ minuutin kuluttua\./);
    // Another address is not affected.
    await expect(signIn(app, coordinator.email)).resolves.toMatch(/^tiekartta-session=/);
  });

  it('starts a new session at sign-in and ends the one the browser had (no session fixation)', async () => {
    const first = await signIn(app, coordinator.email);
    const response = await app.request('/staff/sign-in', { ...form({ email: coordinator.email, password: TEST_PASSWORD }), headers: { ...form({}).headers, cookie: first } });
    const second = response.headers.get('set-cookie')!.split(';')[0]!;
    expect(second).not.toBe(first);
    expect((await app.request('/staff/porvoo/', { headers: { cookie: first } })).status).toBe(303);
    expect((await app.request('/staff/porvoo/', { headers: { cookie: second } })).status).toBe(200);
  });

  it('ends the session on the server at sign-out: the old cookie no longer works', async () => {
    const cookie = await signIn(app, coordinator.email);
    const token = await csrfToken(app, cookie, '/staff/porvoo/');
    const out = await postForm(app, '/staff/sign-out', cookie, { _csrf: token });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/staff/sign-in?notice=signed_out');
    const again = await app.request('/staff/porvoo/', { headers: { cookie } });
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe('/staff/sign-in?next=%2Fstaff%2Fporvoo%2F&notice=session_ended');
  });

  it('refuses a signed-in form post without the session token, and a cross-site one outright', async () => {
    const cookie = await signIn(app, coordinator.email);
    const withoutToken = await postForm(app, '/staff/sign-out', cookie, {});
    expect(withoutToken.status).toBe(403);
    expect(await withoutToken.text()).toContain('Lomake vanhentui');
    const crossSite = await app.request('/staff/sign-out', {
      method: 'POST',
      headers: { origin: 'https://evil.example', cookie, 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
      body: `_csrf=${await csrfToken(app, cookie, '/staff/porvoo/')}`,
    });
    expect(crossSite.status).toBe(403);
    // The session is still there: neither post signed the person out.
    expect((await app.request('/staff/porvoo/', { headers: { cookie } })).status).toBe(200);
  });

  it('ends a session after an hour of inactivity, and after twelve hours whatever the activity', async () => {
    const idle = await signIn(app, coordinator.email);
    await store.orm.update(sessions).set({ lastSeenAt: sql`now() - interval '61 minutes'` });
    expect((await app.request('/staff/porvoo/', { headers: { cookie: idle } })).status).toBe(303);
    const old = await signIn(app, coordinator.email);
    await store.orm.update(sessions).set({ expiresAt: sql`now() - interval '1 second'` });
    expect((await app.request('/staff/porvoo/', { headers: { cookie: old } })).status).toBe(303);
  });

  it('refuses a municipality the person has no role in, and audits the refusal', async () => {
    await writeIn(store, null, async (ctx) => {
      const { createMunicipality } = await import('../services/municipalities.ts');
      await createMunicipality(ctx, { slug: 'loviisa', code: '434', name: { fi: 'Loviisa', sv: 'Lovisa' }, languages: ['fi', 'sv'] });
    });
    const cookie = await signIn(app, coordinator.email);
    const response = await app.request('/staff/loviisa/', { headers: { cookie } });
    expect(response.status).toBe(403);
    const refusals = await store.orm.select().from(auditLog).where(eq(auditLog.action, 'permission.refused'));
    expect(refusals.some((line) => line.actor === `user:${coordinator.userId}`)).toBe(true);
  });

  it('sets a password through a one-time link, once', async () => {
    const secret = await writeIn(store, 'porvoo', async (ctx) =>
      (await addPerson(ctx, { email: 'new.person@example.fi', displayName: 'Uusi Henkilö', lang: 'fi', role: 'viewer' })).setPasswordSecret!);
    const path = `/staff/password/${secret}`;
    expect((await app.request(path)).status).toBe(200);
    const mismatch = await app.request(path, form({ password: 'a long new password', repeat: 'another one' }));
    expect(mismatch.status).toBe(400);
    expect(await mismatch.text()).toContain('Salasanat eivät ole samat.');
    const short = await app.request(path, form({ password: 'short', repeat: 'short' }));
    expect(short.status).toBe(400);
    const done = await app.request(path, form({ password: 'a long new password', repeat: 'a long new password' }));
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/staff/sign-in?notice=password_set');
    await expect(signIn(app, 'new.person@example.fi', 'a long new password')).resolves.toMatch(/^tiekartta-session=/);
    expect((await app.request(path)).status).toBe(410);
  });

  it('sends a person who is not signed in to the sign-in page, and back where they were going', async () => {
    const response = await app.request('/staff/porvoo/');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/staff/sign-in?next=%2Fstaff%2Fporvoo%2F');
    const back = await app.request('/staff/sign-in', form({ email: coordinator.email, password: TEST_PASSWORD, next: '/staff/porvoo/' }));
    expect(back.headers.get('location')).toBe('/staff/porvoo/');
    const elsewhere = await app.request('/staff/sign-in', form({ email: coordinator.email, password: TEST_PASSWORD, next: '//evil.example/x' }));
    expect(elsewhere.headers.get('location')).toBe('/staff');
  });
});
