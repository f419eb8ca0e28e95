/** Editing the programme over HTTP, through the whole app, as the people who do it. */
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { createLogger } from '../../logger.ts';
import type { Store } from '../../services/context.ts';
import { getEditableAction, listProgrammeActions } from '../../services/editing/actions.ts';
import { findProgramme } from '../../services/programmes.ts';
import { backends, demoDatabase, readIn } from '../../../test/support/database.ts';
import { createPerson, csrfToken, postForm, signIn } from '../../../test/support/staff.ts';

const PROGRAMME = 'digi-2020-2023';

describe.each(backends)('editing in the workspace (%s)', (backend) => {
  let store: Store;
  let app: Hono;
  const sessions = {} as Record<'coordinator' | 'viewer' | 'steering' | 'owner', { cookie: string; csrf: string }>;
  let ownerId = '';
  const ids = new Map<string, string>();

  /** The form of an action as its page has it now, with changes. */
  const formOf = async (id: string, changes: Record<string, string> = {}) => {
    const action = await readIn(store, 'porvoo', (ctx) => getEditableAction(ctx, id));
    const fields: Record<string, string> = { version: String(action.version) };
    for (const [lang, text] of Object.entries(action.fields.name)) fields[`name.${lang}`] = text!;
    for (const year of action.fields.years) fields[`years.${year}`] = 'on';
    return { ...fields, ...changes };
  };
  const post = (who: keyof typeof sessions, path: string, fields: Record<string, string>) =>
    postForm(app, path, sessions[who].cookie, { _csrf: sessions[who].csrf, ...fields });
  const page = async (who: keyof typeof sessions, path: string) => {
    const response = await app.request(path, { headers: { cookie: sessions[who].cookie } });
    return { status: response.status, html: await response.text() };
  };

  beforeAll(async () => {
    store = await demoDatabase(backend);
    app = createApp({ store, logger: createLogger('silent'), proxy: { trustProxy: true } });
    for (const [key, role] of [['coordinator', 'coordinator'], ['viewer', 'viewer'], ['steering', 'steering_member'], ['owner', 'action_owner']] as const) {
      const person = await createPerson(store, 'porvoo', role, { name: `Testi ${key}` });
      if (key === 'owner') ownerId = person.userId;
      const cookie = await signIn(app, person.email);
      sessions[key] = { cookie, csrf: await csrfToken(app, cookie, '/staff/porvoo/') };
    }
    const programme = (await readIn(store, 'porvoo', (ctx) => findProgramme(ctx, PROGRAMME)))!;
    for (const action of await readIn(store, 'porvoo', (ctx) => listProgrammeActions(ctx, programme.id))) ids.set(action.ref, action.id);
  });
  afterAll(async () => store?.close());

  it('lists the programme\'s actions from the menu, and shows an action\'s form in three languages with the perspectives explained', async () => {
    const home = await app.request('/staff/porvoo/actions', { headers: { cookie: sessions.coordinator.cookie } });
    // The newest programme first (the demo's 2024–2026); the list of the one with actions is a link away.
    expect(home.headers.get('location')).toBe('/staff/porvoo/programmes/digi-2024-2026/actions');
    const list = await page('coordinator', `/staff/porvoo/programmes/${PROGRAMME}/actions`);
    expect(list.html).toContain('href="/staff/porvoo/actions"');
    expect(list.html).toContain(`href="/staff/porvoo/actions/${ids.get('1.1')}"`);
    const form = await page('coordinator', `/staff/porvoo/actions/${ids.get('1.1')}`);
    expect(form.status).toBe(200);
    for (const lang of ['fi', 'sv', 'en']) expect(form.html).toContain(`id="name.${lang}" name="name.${lang}"`);
    expect(form.html).toContain('<label for="name.sv">Nimi ruotsiksi</label>');
    expect(form.html).toContain('Näkökulma 6: S toteutetaan nykyisillä resursseilla');
    expect(form.html).toContain('data-warn-unsaved');
  });

  it('saves the form and says so; a bad form comes back with an error summary linking to each field', async () => {
    const id = ids.get('1.2')!;
    const saved = await post('coordinator', `/staff/porvoo/actions/${id}`, await formOf(id, { 'name.sv': 'Strategiska mätare', level: 'analytics', statutory: 'yes', 'benefits.renewal': 'on' }));
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/staff/porvoo/actions/${id}?notice=saved`);
    const after = await readIn(store, 'porvoo', (ctx) => getEditableAction(ctx, id));
    expect(after.fields).toMatchObject({ level: 'analytics', statutory: true, benefits: ['renewal'], name: { sv: 'Strategiska mätare' } });
    expect((await page('coordinator', saved.headers.get('location')!)).html).toContain('Tallennettu.');

    const refused = await post('coordinator', `/staff/porvoo/actions/${id}`, await formOf(id, { 'name.fi': '', 'name.sv': '', 'years.2019': 'on', ownerName: 'x'.repeat(201) }));
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain('<a href="#name">Nimi: puuttuu</a>');
    expect(html).toContain('<a href="#ownerName">Vastuuhenkilö (nimi, jos ei käyttäjätunnusta): on liian pitkä</a>');
    expect(html).toContain('aria-invalid="true"');
    expect((await readIn(store, 'porvoo', (ctx) => getEditableAction(ctx, id))).version).toBe(after.version);
  });

  it('refuses the second of two people saving the same version, shows both versions side by side, and keeps the first', async () => {
    const id = ids.get('1.3')!;
    const opened = await formOf(id);
    expect((await post('coordinator', `/staff/porvoo/actions/${id}`, { ...opened, 'sector.fi': 'Sivistystoimi' })).status).toBe(303);
    const second = await post('coordinator', `/staff/porvoo/actions/${id}`, { ...opened, 'sector.fi': 'Tekninen toimi' });
    expect(second.status).toBe(409);
    const html = await second.text();
    expect(html).toContain('Joku muu ehti tallentaa välillä');
    expect(html).toMatch(/<th scope="row">Toimiala<\/th><td>–<\/td><td class="changed">fi: Sivistystoimi<strong class="tag"> \(muutettu välillä\)<\/strong><\/td><td>fi: Tekninen toimi<\/td>/);
    // The form keeps what the second person typed, against the newest version.
    expect(html).toContain('value="Tekninen toimi"');
    expect(html).toContain(`name="version" value="${Number(opened.version) + 1}"`);
    expect((await readIn(store, 'porvoo', (ctx) => getEditableAction(ctx, id))).fields.sector).toEqual({ fi: 'Sivistystoimi' });
  });

  it('shows a viewer the action read-only and refuses their post', async () => {
    const id = ids.get('1.4')!;
    const form = await page('viewer', `/staff/porvoo/actions/${id}`);
    expect(form.html).toContain('Voit lukea toimenpiteen tiedot mutta et muokata niitä.');
    expect(form.html).not.toContain('>Tallenna</button>');
    const refused = await post('viewer', `/staff/porvoo/actions/${id}`, await formOf(id, { 'name.fi': 'Ei saa' }));
    expect(refused.status).toBe(403);
    expect((await post('viewer', `/staff/porvoo/programmes/${PROGRAMME}/structure`, { version: '1', periodStart: '2020', periodEnd: '2023' })).status).toBe(403);
  });

  it('answers 404 for what does not exist', async () => {
    for (const path of ['/staff/porvoo/actions/not-an-id', '/staff/porvoo/actions/00000000-0000-4000-8000-000000000000/history',
      '/staff/porvoo/programmes/digi-1999/actions', `/staff/porvoo/programmes/${PROGRAMME}/structure/planet`]) {
      expect({ path, status: (await page('coordinator', path)).status }).toEqual({ path, status: 404 });
    }
  });

  it('lets an action owner save their own action, but not reassign it or edit another', async () => {
    const own = ids.get('4.1')!;
    const assigned = await post('coordinator', `/staff/porvoo/actions/${own}`, await formOf(own, { ownerUserId: ownerId }));
    expect(assigned.status).toBe(303);
    const form = await page('owner', `/staff/porvoo/actions/${own}`);
    expect(form.html).toContain('Vastuuhenkilö: Testi owner. Vain ohjelmakoordinaattori voi vaihtaa vastuuhenkilön.');
    expect(form.html).not.toContain('<select id="ownerUserId"');
    const saved = await post('owner', `/staff/porvoo/actions/${own}`, await formOf(own, { ownerUserId: ownerId, 'sector.sv': 'Bildning' }));
    expect(saved.status).toBe(303);
    expect((await readIn(store, 'porvoo', (ctx) => getEditableAction(ctx, own))).fields.sector).toEqual({ sv: 'Bildning' });
    expect((await post('owner', `/staff/porvoo/actions/${own}`, await formOf(own, { ownerUserId: '' }))).status).toBe(403);
    const other = ids.get('4.2')!;
    expect((await post('owner', `/staff/porvoo/actions/${other}`, await formOf(other, { 'name.fi': 'Ei oma' }))).status).toBe(403);
  });

  it('shows the history with who changed what, and restores an earlier version as a new one', async () => {
    const id = ids.get('2.1')!;
    const original = await formOf(id);
    await post('coordinator', `/staff/porvoo/actions/${id}`, { ...original, 'name.fi': 'Väliaikainen nimi' });
    const history = await page('coordinator', `/staff/porvoo/actions/${id}/history`);
    expect(history.html).toContain('Testi coordinator');
    expect(history.html).toContain('jälkeen: fi: Väliaikainen nimi');
    expect(history.html).toContain('Palauta versio 1');
    const restored = await post('coordinator', `/staff/porvoo/actions/${id}/restore`, { restore: '1', version: '2' });
    expect(restored.status).toBe(303);
    const after = await readIn(store, 'porvoo', (ctx) => getEditableAction(ctx, id));
    expect(after.version).toBe(3);
    expect(after.fields.name.fi).toBe(original['name.fi']);
    expect((await page('coordinator', restored.headers.get('location')!)).html).toContain('Aiempi versio palautettiin uudeksi versioksi.');
  });

  it('keeps the steering group\'s comments on the action page', async () => {
    const id = ids.get('3.1')!;
    const empty = await post('steering', `/staff/porvoo/actions/${id}/comments`, { body: '   ' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('<a href="#body">Kommentti: puuttuu</a>');
    const added = await post('steering', `/staff/porvoo/actions/${id}/comments`, { body: 'Aikataulu näyttää tiukalta.' });
    expect(added.status).toBe(303);
    const html = (await page('coordinator', `/staff/porvoo/actions/${id}`)).html;
    expect(html).toContain('Aikataulu näyttää tiukalta.');
    expect(html).toContain('Testi steering');
    expect((await post('viewer', `/staff/porvoo/actions/${id}/comments`, { body: 'Ei oikeutta' })).status).toBe(403);
  });

  it('adds an action, lists untranslated texts with links, and edits the structure', async () => {
    const created = await post('coordinator', `/staff/porvoo/programmes/${PROGRAMME}/actions/new`, { section: '7', 'name.fi': 'Uusi toimenpide', 'years.2023': 'on' });
    expect(created.status).toBe(303);
    const createdId = /actions\/([0-9a-f-]+)\?notice=created/.exec(created.headers.get('location')!)![1]!;
    expect(await readIn(store, 'porvoo', (ctx) => getEditableAction(ctx, createdId))).toMatchObject({ ref: '7.9', fields: { years: [2023] } });

    const untranslated = await page('coordinator', `/staff/porvoo/programmes/${PROGRAMME}/untranslated`);
    expect(untranslated.html).toContain('Puuttuu ruotsiksi');
    expect(untranslated.html).toContain(`href="/staff/porvoo/actions/${createdId}#name.sv"`);

    const goal = await post('coordinator', `/staff/porvoo/programmes/${PROGRAMME}/structure/goal`, { code: 'A', kind: 'goal', 'name.fi': 'Palvella kuntalaisia', 'name.sv': 'Betjäna invånarna' });
    expect(goal.status).toBe(303);
    const structure = await page('coordinator', `/staff/porvoo/programmes/${PROGRAMME}/structure`);
    expect(structure.html).toContain('Tavoite A');
    const version = /name="version" value="(\d+)"/.exec(structure.html)![1]!;
    const programme = await post('coordinator', `/staff/porvoo/programmes/${PROGRAMME}/structure`, { version, 'name.fi': 'Digiohjelma', periodStart: '2020', periodEnd: '2023', costCode: '1111 Digiohjelma' });
    expect(programme.status).toBe(303);
    const stale = await post('coordinator', `/staff/porvoo/programmes/${PROGRAMME}/structure`, { version, 'name.fi': 'Toinen nimi', periodStart: '2020', periodEnd: '2023' });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('<th scope="row">Kustannuspaikka</th><td>–</td><td class="changed">1111 Digiohjelma<strong class="tag"> (muutettu välillä)</strong></td><td>–</td>');
    expect(html).toContain('value="Toinen nimi"');
  });
});
