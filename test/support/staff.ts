/** People and signed-in sessions for tests of the workspace. */
import type { Hono } from 'hono';
import type { Role } from '../../src/domain/actor.ts';
import { addPerson, setPasswordAsOperator } from '../../src/services/staff/accounts.ts';
import type { Store } from '../../src/services/context.ts';
import { writeIn } from './database.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
export const ORIGIN = 'http://localhost';

/**
 * Each test's requests come from an address of its own, so that the per-address limit on signing in
 * counts only that test's attempts (the app must trust the proxy header: `proxy: { trustProxy: true }`).
 */
export const someAddress = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

let counter = 0;

/** A person with a role in the municipality and a known password; returns their address and id. */
export async function createPerson(store: Store, slug: string, role: Role, options: { email?: string; name?: string } = {}) {
  const email = options.email ?? `person${++counter}.${role}@example.fi`;
  return writeIn(store, slug, async (ctx) => {
    const { userId } = await addPerson(ctx, { email, displayName: options.name ?? `Test ${role}`, lang: 'fi', role });
    await setPasswordAsOperator(ctx, userId, TEST_PASSWORD);
    return { email, userId };
  });
}

/** The cookie header of a session; throws when signing in does not succeed. */
export async function signIn(app: Hono, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await app.request('/staff/sign-in', {
    method: 'POST',
    headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': someAddress() },
    body: new URLSearchParams({ email, password }).toString(),
  });
  const cookie = response.headers.get('set-cookie');
  if (response.status !== 303 || !cookie) throw new Error(`sign-in answered ${response.status}`);
  return cookie.split(';')[0]!;
}

/** The CSRF token of a signed-in page's forms. */
export async function csrfToken(app: Hono, cookie: string, path = '/staff'): Promise<string> {
  let response = await app.request(path, { headers: { cookie } });
  if (response.status === 303) response = await app.request(response.headers.get('location')!, { headers: { cookie } });
  const html = await response.text();
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no CSRF token on the page');
  return token;
}

/** A form post as a browser sends it from our own pages. */
export function postForm(app: Hono, path: string, cookie: string, fields: Record<string, string>) {
  return app.request(path, {
    method: 'POST',
    headers: { origin: ORIGIN, cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}
