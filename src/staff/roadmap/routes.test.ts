/**
 * The workspace's roadmap routes without a browser: refusals by role (403 and an audit line), a frozen
 * version's and a stale form's changes answered with the page and a notice (409), bad input with 400.
 */
import { and, eq } from 'drizzle-orm';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { auditLog } from '../../db/schema.ts';
import { createLogger } from '../../logger.ts';
import type { Store } from '../../services/context.ts';
import { demoDatabase } from '../../../test/support/database.ts';
import { createPerson, csrfToken, postForm, signIn } from '../../../test/support/staff.ts';
import { emptyProgramme2024 } from '../../../test/support/roadmap.ts';

let store: Store;
let app: Hono;
const BASE = '/staff/porvoo/programmes/digi-2024-2026/roadmap';
const APPROVAL = { decisionBody_fi: 'Kaupunginhallitus', decisionDate: '2024-01-22', decisionSection: '25', diaryNumber: '118/07.01.02/2024' };

beforeAll(async () => {
  store = await demoDatabase();
  app = createApp({ store, logger: createLogger('silent'), proxy: { trustProxy: true } });
  await emptyProgramme2024(store);
});
afterAll(() => store?.close());

async function as(role: 'coordinator' | 'viewer') {
  const person = await createPerson(store, 'porvoo', role);
  const cookie = await signIn(app, person.email);
  const csrf = await csrfToken(app, cookie, BASE);
  const post = (path: string, fields: Record<string, string> = {}) => postForm(app, `${BASE}${path}`, cookie, { _csrf: csrf, ...fields });
  return { person, cookie, post };
}

describe('the roadmap routes', () => {
  it('refuses a viewer the changes, with an audit line', async () => {
    const viewer = await as('viewer');
    expect((await app.request(BASE, { headers: { cookie: viewer.cookie } })).status).toBe(200);
    expect((await viewer.post('')).status).toBe(403);
    expect((await app.request(`${BASE}/take-over`, { headers: { cookie: viewer.cookie } })).status).toBe(403);
    const refusals = await store.orm.select().from(auditLog)
      .where(and(eq(auditLog.action, 'permission.refused'), eq(auditLog.actor, `user:${viewer.person.userId}`)));
    expect(refusals.map((line) => line.target).sort()).toEqual(['roadmap.edit', 'roadmap.edit']);
  });

  it('answers a stale form and a frozen version with the page and a notice', async () => {
    const coordinator = await as('coordinator');
    const started = await coordinator.post('');
    expect(started.status).toBe(303);
    expect(started.headers.get('location')).toBe(`${BASE}?notice=started:1`);
    expect(await (await app.request(started.headers.get('location')!, { headers: { cookie: coordinator.cookie } })).text()).toContain('Versio 1 aloitettiin luonnoksena.');
    expect((await coordinator.post('')).status).toBe(409);

    const bad = await coordinator.post('/versions/1/approve', { version: '1', ...APPROVAL, decisionDate: '22.1.2024' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('href="#decisionDate">Päätöspäivä: ei kelpaa</a>');

    const stale = await coordinator.post('/versions/1/approve', { version: '0', ...APPROVAL });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('Joku muu muutti luonnosta välillä.');

    expect((await coordinator.post('/versions/1/approve', { version: '1', ...APPROVAL })).headers.get('location')).toBe(`${BASE}?notice=approved:1`);
    const frozen = await coordinator.post('/versions/1/refresh', { version: '2' });
    expect(frozen.status).toBe(409);
    expect(await frozen.text()).toContain('Versio on hyväksytty ja lukittu');
    expect((await app.request(`${BASE}/versions/9`, { headers: { cookie: coordinator.cookie } })).status).toBe(404);
    expect((await app.request(`${BASE}/compare?from=9`, { headers: { cookie: coordinator.cookie } })).status).toBe(400);
  });
});
