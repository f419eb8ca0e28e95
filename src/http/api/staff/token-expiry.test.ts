/**
 * A token may be given a last day when it is made: the form refuses a date that is not one or has
 * passed, the list shows the expiry and the last use, and once expired the API refuses the token
 * with a 401 that says so, in the caller's language.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actions, apiTokens } from '../../../db/schema.ts';
import type { Store } from '../../../services/context.ts';
import { backends, demoDatabase, writeIn } from '../../../../test/support/database.ts';
import { staffApiHarness, type StaffApiHarness } from '../../../../test/support/staff-api.ts';
import { createPerson, csrfToken, postForm, signIn } from '../../../../test/support/staff.ts';

describe.each(backends)('API token expiry (%s)', (backend) => {
  let store: Store;
  let h: StaffApiHarness;
  let actionId: string;

  beforeAll(async () => {
    store = await demoDatabase(backend);
    h = await staffApiHarness(store);
    actionId = await writeIn(store, 'porvoo', async (ctx) => (await ctx.tx.select({ id: actions.id }).from(actions).where(eq(actions.ref, '1.1')))[0]!.id);
  });
  afterAll(async () => store?.close());

  it('refuses an expiry that is not a date or has passed, and makes a token that works through its last day', async () => {
    const person = await createPerson(store, 'porvoo', 'viewer');
    const cookie = await signIn(h.app, person.email);
    const form = await csrfToken(h.app, cookie, '/staff/porvoo/tokens');
    const post = (expiresOn: string) => postForm(h.app, '/staff/porvoo/tokens', cookie, { _csrf: form, name: 'Raportit', expiresOn });

    const notADate = await post('2027-02-30');
    expect(notADate.status).toBe(400);
    expect(await notADate.text()).toContain('Anna päivämäärä muodossa vvvv-kk-pp.');
    const past = await post('2020-01-01');
    expect(past.status).toBe(400);
    expect(await past.text()).toContain('Päivämäärä on jo mennyt');

    const created = await post('2099-12-31');
    expect(created.status).toBe(201);
    const token = /id="new-token">([^<]+)</.exec(await created.text())![1]!;
    expect((await h.api(`/actions/${actionId}`, token)).status).toBe(200);

    const page = await (await h.app.request('/staff/porvoo/tokens', { headers: { cookie } })).text();
    expect(page).toContain('31.12.2099 asti');
    const [stored] = await writeIn(store, 'porvoo', (ctx) => ctx.tx.select().from(apiTokens).where(eq(apiTokens.userId, person.userId)));
    // Through the whole last day in Finland: it ends at midnight Finnish time (UTC+2 in winter).
    expect(stored!.expiresAt!.toISOString()).toBe('2099-12-31T22:00:00.000Z');
    expect(stored!.lastUsedAt).not.toBeNull();
  });

  it('refuses an expired token with a 401 saying so, in the language asked for, and shows it expired', async () => {
    const person = await createPerson(store, 'porvoo', 'coordinator');
    const cookie = await signIn(h.app, person.email);
    const form = await csrfToken(h.app, cookie, '/staff/porvoo/tokens');
    const created = await postForm(h.app, '/staff/porvoo/tokens', cookie, { _csrf: form, name: 'Lyhyt', expiresOn: '2099-01-01' });
    const token = /id="new-token">([^<]+)</.exec(await created.text())![1]!;
    await writeIn(store, 'porvoo', (ctx) => ctx.tx.update(apiTokens).set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(and(eq(apiTokens.userId, person.userId))));

    const refused = await h.api(`/actions/${actionId}`, token);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect((await h.documented(refused, 'get', '/actions/{id}')).detail).toMatch(/^The API token expired at \d{4}-/);
    const finnish = await h.api(`/actions/${actionId}`, token, { lang: 'fi-FI,fi;q=0.9,en;q=0.5' });
    expect(finnish.headers.get('content-language')).toBe('fi');
    expect(((await finnish.json()) as { detail: string }).detail).toMatch(/^API-avain vanheni/);
    const swedish = await h.api(`/actions/${actionId}`, token, { method: 'PATCH', ifMatch: '"1"', body: { statutory: true }, lang: 'sv' });
    expect(swedish.status).toBe(401);
    expect(((await swedish.json()) as { detail: string }).detail).toMatch(/^API-nyckeln gick ut/);

    const page = await (await h.app.request('/staff/porvoo/tokens', { headers: { cookie } })).text();
    expect(page).toContain('vanhentunut');
    // Nothing to revoke any more: an expired token has no button.
    expect(page).not.toContain('Peru avain Lyhyt');
  });
});
