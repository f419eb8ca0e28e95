/** The ideas' workspace pages over HTTP: staff idea, import with row errors, moderation, evaluation, the decision that creates the action, priorities, register, conflict. */
import { eq } from 'drizzle-orm';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { actions, ideas, programmes } from '../../db/schema.ts';
import { DEMO_PROGRAMME } from '../../io/demo.ts';
import { createLogger } from '../../logger.ts';
import type { Store } from '../../services/context.ts';
import { demoDatabase } from '../../../test/support/database.ts';
import { createPerson, csrfToken, postForm, signIn } from '../../../test/support/staff.ts';

interface SignedIn {
  cookie: string;
  csrf: string;
}

let store: Store;
let app: Hono;
let coordinator: SignedIn;
let viewer: SignedIn;
let administrator: SignedIn;

const signedIn = async (role: 'coordinator' | 'viewer' | 'administrator'): Promise<SignedIn> => {
  const person = await createPerson(store, 'porvoo', role);
  const cookie = await signIn(app, person.email);
  return { cookie, csrf: await csrfToken(app, cookie, '/staff/porvoo/') };
};
const post = (who: SignedIn, path: string, fields: Record<string, string> = {}) => postForm(app, path, who.cookie, { _csrf: who.csrf, ...fields });
const get = async (who: SignedIn, path: string) => {
  const response = await app.request(path, { headers: { cookie: who.cookie } });
  return { status: response.status, html: await response.text() };
};
const ideaRow = async (ref: string) => (await store.orm.select().from(ideas).where(eq(ideas.ref, ref)))[0]!;

beforeAll(async () => {
  store = await demoDatabase();
  app = createApp({ store, logger: createLogger('silent'), proxy: { trustProxy: true } });
  coordinator = await signedIn('coordinator');
  viewer = await signedIn('viewer');
  administrator = await signedIn('administrator');
});
afterAll(async () => store?.close());

describe('ideas in the workspace over HTTP', () => {
  let ref = '';

  it('takes a staff idea and lists it in the queue', async () => {
    const sent = await post(viewer, '/staff/porvoo/ideas/new', { title: 'Sähköinen lupahakemus', description: 'Luvat verkossa.', lang: 'fi', sector: 'Rakennusvalvonta' });
    expect(sent.status).toBe(303);
    [{ ref }] = await store.orm.select({ ref: ideas.ref }).from(ideas) as [{ ref: string }];
    const queue = await get(viewer, '/staff/porvoo/ideas?state=new');
    expect(queue.html).toContain(ref);
    expect(queue.html).toContain('Rakennusvalvonta');
  });

  it('names the bad rows of an import and imports nothing', async () => {
    const refused = await post(coordinator, '/staff/porvoo/ideas/import', { source: 'Kysely', csv: 'title;description;lang\nHyvä;Kuvaus;fi\n;Kuvaus;xx\n' });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain('Rivi 3, title: puuttuu');
    expect(html).toContain('Rivi 3, lang: ei kelpaa');
    expect(await store.orm.select().from(ideas)).toHaveLength(1);
    const imported = await post(coordinator, '/staff/porvoo/ideas/import', { source: 'Kysely', csv: 'title;description;lang\nHyvä;Kuvaus;fi\n' });
    expect(imported.status).toBe(303);
    expect(await store.orm.select().from(ideas)).toHaveLength(2);
  });

  it('refuses moderation to a viewer, publishes for a coordinator, and shows a conflict for a stale page', async () => {
    expect((await post(viewer, `/staff/porvoo/ideas/${ref}/publish`, { version: '1', published: 'yes' })).status).toBe(403);
    expect((await post(coordinator, `/staff/porvoo/ideas/${ref}/publish`, { version: '1', published: 'yes' })).status).toBe(303);
    expect((await ideaRow(ref)).published).toBe(true);
    const stale = await post(coordinator, `/staff/porvoo/ideas/${ref}/publish`, { version: '1', published: 'no' });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('Joku muu muutti ideaa');
  });

  it('evaluates, then accepts into a new action of the chosen section, shown on the public idea page', async () => {
    const [programme] = await store.orm.select().from(programmes).where(eq(programmes.slug, DEMO_PROGRAMME));
    const page = await get(coordinator, `/staff/porvoo/ideas/${ref}`);
    expect(page.status).toBe(200);
    let version = (await ideaRow(ref)).version;
    expect((await post(coordinator, `/staff/porvoo/ideas/${ref}/evaluate`, {
      version: String(version), programmeId: programme!.id, costClass: 'M', impactClass: 'L', 'beneficiaries.residents': 'on', evaluationNote: 'Tärkeä',
    })).status).toBe(303);
    expect(await ideaRow(ref)).toMatchObject({ state: 'evaluating', costClass: 'M', impactClass: 'L', beneficiaries: ['residents'] });
    const priorities = await get(viewer, '/staff/porvoo/ideas/priorities');
    expect(priorities.html).toContain('<svg');
    expect(priorities.html).toContain(ref);
    version = (await ideaRow(ref)).version;
    const missing = await post(coordinator, `/staff/porvoo/ideas/${ref}/decide`, { version: String(version), decision: 'accepted', decidedOn: '2026-11-20', section: '' });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('puuttuu');
    const decided = await post(coordinator, `/staff/porvoo/ideas/${ref}/decide`, {
      version: String(version), decision: 'accepted', decidedOn: '2026-11-20', section: '2', 'reason.fi': 'Sopii tavoitteisiin.',
    });
    expect(decided.status).toBe(303);
    const idea = await ideaRow(ref);
    const [action] = await store.orm.select().from(actions).where(eq(actions.id, idea.actionId!));
    expect(action!.ref).toMatch(/^2\.\d+$/);
    expect(decided.headers.get('location')).toContain(`decided%3A${encodeURIComponent(action!.ref)}`);
    const publicPage = await app.request(`/porvoo/fi/ideas/${ref}`);
    const html = await publicPage.text();
    expect(html).toContain('Sopii tavoitteisiin.');
    expect(html).toContain(`/porvoo/fi/${DEMO_PROGRAMME}/actions/${action!.ref}`);
  });

  it('shows the register of processing to administrators only, and lets them erase a sender', async () => {
    expect((await get(viewer, '/staff/porvoo/ideas/register')).status).toBe(403);
    const register = await get(administrator, '/staff/porvoo/ideas/register');
    expect(register.status).toBe(200);
    expect(register.html).toContain('12 kuukautta');
    expect((await post(administrator, `/staff/porvoo/ideas/${ref}/erase`)).status).toBe(303);
  });

  it('lets an administrator set the privacy notice per language and the retention, which the public form then uses', async () => {
    const bad = await post(administrator, '/staff/porvoo/ideas/register', { 'privacyNoticeUrl.fi': 'javascript:alert(1)', retentionMonths: '0' });
    expect(bad.status).toBe(400);
    expect((await post(coordinator, '/staff/porvoo/ideas/register', { retentionMonths: '6' })).status).toBe(403);
    const saved = await post(administrator, '/staff/porvoo/ideas/register', { 'privacyNoticeUrl.sv': 'https://www.borga.fi/dataskydd', retentionMonths: '6' });
    expect(saved.status).toBe(303);
    const form = await (await app.request('/porvoo/sv/ideas/new')).text();
    expect(form).toContain('href="https://www.borga.fi/dataskydd"');
    expect(form).toContain('raderas 6 månader');
    // Finnish has no notice of its own: the Swedish one stands in (the municipality's languages in order).
    expect(await (await app.request('/porvoo/fi/ideas/new')).text()).toContain('poistetaan 6 kuukautta');
  });
});
