/** The rounds' pages over HTTP: opening, owners' entries, conflicts, filters, reminders, confirming, closing, the outbox. */
import { and, eq } from 'drizzle-orm';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { actions, auditLog } from '../../db/schema.ts';
import { DEMO_PROGRAMME } from '../../io/demo.ts';
import { createLogger } from '../../logger.ts';
import type { Store } from '../../services/context.ts';
import { backends, demoDatabase, writeIn } from '../../../test/support/database.ts';
import { createPerson, csrfToken, ORIGIN, postForm, signIn } from '../../../test/support/staff.ts';

const ROUND = `/staff/porvoo/rounds/${DEMO_PROGRAMME}/2023-03`;

interface SignedIn {
  userId: string;
  cookie: string;
  csrf: string;
}

/** The fields a browser would post from the page's forms (hidden inputs, text areas, selected options). */
function formFields(html: string): Record<string, string> {
  const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const fields: Record<string, string> = {};
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) fields[decode(name!)] = decode(value!);
  for (const [, name, value] of html.matchAll(/<textarea [^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)) fields[decode(name!)] = decode(value!);
  for (const [, name, options] of html.matchAll(/<select [^>]*name="([^"]+)"[^>]*>(.*?)<\/select>/g)) {
    fields[decode(name!)] = decode(/<option value="([^"]*)" selected=""/.exec(options!)?.[1] ?? /<option value="([^"]*)"/.exec(options!)?.[1] ?? '');
  }
  return fields;
}

describe.each(backends)('the rounds in the workspace over HTTP (%s)', (backend) => {
  let store: Store;
  let app: Hono;
  let coordinator: SignedIn;
  let owner: SignedIn;
  let viewer: SignedIn;
  const [ownRef, otherRef] = ['1.1', '1.2'];

  const signedIn = async (role: 'coordinator' | 'action_owner' | 'viewer', name: string): Promise<SignedIn> => {
    const person = await createPerson(store, 'porvoo', role, { name });
    const cookie = await signIn(app, person.email);
    return { userId: person.userId, cookie, csrf: await csrfToken(app, cookie, '/staff/porvoo/') };
  };
  const post = (who: SignedIn, path: string, fields: Record<string, string> = {}) => postForm(app, path, who.cookie, { _csrf: who.csrf, ...fields });
  const get = async (who: SignedIn, path: string) => {
    const response = await app.request(path, { headers: { cookie: who.cookie } });
    return { status: response.status, html: await response.text(), location: response.headers.get('location') };
  };
  const versionOn = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1] ?? '';

  beforeAll(async () => {
    store = await demoDatabase(backend);
    app = createApp({ store, logger: createLogger('silent'), proxy: { trustProxy: true } });
    coordinator = await signedIn('coordinator', 'Kaisa Koordinaattori');
    owner = await signedIn('action_owner', 'Otto Omistaja');
    viewer = await signedIn('viewer', 'Leo Lukija');
    await writeIn(store, 'porvoo', async (ctx) => {
      await ctx.tx.update(actions).set({ ownerUserId: owner.userId, sector: { fi: 'Sivistys' } }).where(eq(actions.ref, ownRef));
      await ctx.tx.update(actions).set({ ownerName: 'Ville Vastuullinen' }).where(eq(actions.ref, otherRef));
    });
  });
  afterAll(async () => store?.close());

  it('lets the coordinator open a round from the list, with errors named beside the fields', async () => {
    const list = await get(coordinator, '/staff/porvoo/rounds');
    expect(list.status).toBe(200);
    expect(list.html).toContain('Avaa uusi kierros');
    expect((await get(owner, '/staff/porvoo/rounds')).html).not.toContain('Avaa uusi kierros');

    const bad = await post(coordinator, '/staff/porvoo/rounds', { programme: DEMO_PROGRAMME, key: '2023-13', label_fi: '', deadline: 'huomenna' });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('<a href="#key">Anna seurantakuukausi muodossa VVVV-KK.</a>');
    expect(html).toContain('<a href="#label_fi">');
    expect(html).toContain('<a href="#deadline">');

    const opened = await post(coordinator, '/staff/porvoo/rounds', {
      programme: DEMO_PROGRAMME, key: '2023-03', label_fi: 'Tilanne 03/2023', label_sv: 'Status 03/2023', deadline: '2023-03-31', required_fi: 'on', required_sv: 'on',
    });
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toMatch(new RegExp(`^${ROUND}\\?notice=opened&count=\\d+$`));
    const overview = await get(coordinator, opened.headers.get('location')!);
    expect(overview.html).toContain('Kierros 2023-03 avattiin');
    expect(overview.html).toContain('Otto Omistaja');
    expect(overview.html).toContain('Ville Vastuullinen');
    expect(overview.html).toContain('<strong>Puuttuu</strong>');
  });

  it('shows an owner their actions with last round\'s text, and saves their entry in fi and sv', async () => {
    const mine = await get(owner, `${ROUND}/mine`);
    expect(mine.status).toBe(200);
    expect(mine.html).toContain(`${ownRef} `);
    expect(mine.html).toContain('Edellisen kierroksen tilanne (Tilanne 09/2022)');
    expect(mine.html).not.toContain(`>${otherRef} `);

    const form = await get(owner, `${ROUND}/actions/${ownRef}`);
    expect(form.html).toContain('Edellisen kierroksen tilanne');
    expect(form.html).toContain('lang="sv"');
    expect(form.html).toContain('Etenee suunnitellusti.');
    const saved = await post(owner, `${ROUND}/actions/${ownRef}`, {
      version: versionOn(form.html), text_fi: 'Pilotti käynnissä.', text_sv: 'Piloten pågår.', text_en: '', state: '', light: 'yellow',
    });
    expect(saved.status).toBe(303);
    const after = await get(owner, saved.headers.get('location')!);
    expect(after.html).toContain('Tilanne tallennettiin.');
    expect(after.html).toContain('Pilotti käynnissä.');
    expect(after.html).toContain('Piloten pågår.');
  });

  it('refuses an owner someone else\'s entry and a viewer any, and audits the refusals', async () => {
    const other = await post(owner, `${ROUND}/actions/${otherRef}`, { version: '1', text_fi: 'Ei minun.', state: '', light: '' });
    expect(other.status).toBe(403);
    const read = await get(viewer, `${ROUND}/actions/${ownRef}`);
    expect(read.status).toBe(200);
    expect(read.html).not.toContain('name="version"');
    expect((await post(viewer, `${ROUND}/actions/${ownRef}`, { version: '1', text_fi: 'Lukija.', state: '', light: '' })).status).toBe(403);
    expect((await post(viewer, `${ROUND}/close`)).status).toBe(403);
    const refusals = await store.orm.select().from(auditLog).where(and(eq(auditLog.action, 'permission.refused'), eq(auditLog.target, 'status.edit')));
    expect(refusals.map((line) => line.actor)).toEqual(expect.arrayContaining([`user:${owner.userId}`, `user:${viewer.userId}`]));
    expect((await get(coordinator, `${ROUND}/actions/${otherRef}`)).html).not.toContain('Ei minun.');
  });

  it('refuses the second of two saves from the same version and shows both versions side by side', async () => {
    const version = versionOn((await get(owner, `${ROUND}/actions/${ownRef}`)).html);
    const first = await post(coordinator, `${ROUND}/actions/${ownRef}`, { version, text_fi: 'Koordinaattorin korjaus.', text_sv: 'Piloten pågår.', state: 'in_progress', light: 'yellow' });
    expect(first.status).toBe(303);
    const second = await post(owner, `${ROUND}/actions/${ownRef}`, { version, text_fi: 'Omistajan oma versio.', text_sv: 'Piloten pågår.', state: '', light: 'green' });
    expect(second.status).toBe(409);
    const html = await second.text();
    expect(html).toContain('Joku muu tallensi tämän tilanteen sillä välin');
    expect(html).toContain('<td lang="fi">Omistajan oma versio.</td><td lang="fi">Koordinaattorin korjaus.</td>');
    // The form now carries the saved version and keeps the owner's text, to save deliberately.
    expect(versionOn(html)).toBe(String(Number(version) + 1));
    expect((await get(viewer, `${ROUND}/actions/${ownRef}`)).html).toContain('Koordinaattorin korjaus.');
  });

  it('filters and sorts the overview by query parameters', async () => {
    const refsOf = (html: string) => [...html.matchAll(/<td class="ref"><a [^>]*>([^<]+)<\/a>/g)].map((match) => match[1]);
    expect(refsOf((await get(coordinator, `${ROUND}?updated=yes`)).html)).toEqual([ownRef]);
    expect(refsOf((await get(coordinator, `${ROUND}?owner=${owner.userId}`)).html)).toEqual([ownRef]);
    expect(refsOf((await get(coordinator, `${ROUND}?sector=Sivistys`)).html)).toEqual([ownRef]);
    const missing = refsOf((await get(coordinator, `${ROUND}?updated=no`)).html);
    expect(missing).toContain(otherRef);
    expect(missing).not.toContain(ownRef);
    expect(refsOf((await get(coordinator, `${ROUND}?sort=updated`)).html).at(-1)).toBe(ownRef);
    // An unknown value shows the whole round rather than an error.
    expect(refsOf((await get(coordinator, `${ROUND}?updated=maybe`)).html).length).toBe(missing.length + 1);
  });

  it('reminds late owners from the button, and the outbox shows the queued mail to coordinators only', async () => {
    const reminded = await post(coordinator, `${ROUND}/remind`);
    expect(reminded.status).toBe(303);
    const overview = await get(coordinator, reminded.headers.get('location')!);
    expect(overview.html).toMatch(/\d+ muistutusta jonossa lähetettäväksi/);
    expect(overview.html).toContain(otherRef);
    const outbox = await get(coordinator, '/staff/porvoo/outbox');
    expect(outbox.status).toBe(200);
    expect(outbox.html).toContain('Jonossa');
    expect((await get(owner, '/staff/porvoo/outbox')).status).toBe(403);
  });

  it('confirms an inferred state, refuses to close while Swedish is missing, then closes: public, frozen, and reopened', async () => {
    const saved = await post(owner, `${ROUND}/actions/${ownRef}`, {
      version: versionOn((await get(owner, `${ROUND}/actions/${ownRef}`)).html), text_fi: 'Jatkuu.', text_sv: '', state: '', light: 'green',
    });
    expect(saved.status).toBe(303);
    const overview = await get(coordinator, `${ROUND}?inferred=yes&updated=yes`);
    const value = new RegExp(`value="(${ownRef.replace('.', '\\.')}:\\d+)"`).exec(overview.html)?.[1];
    expect(value).toBeDefined();
    const confirmed = await post(coordinator, `${ROUND}/confirm`, { entries: value! });
    expect((await get(coordinator, confirmed.headers.get('location')!)).html).toContain('1 tila vahvistettiin.');

    const refused = await post(coordinator, `${ROUND}/close`);
    expect(refused.headers.get('location')).toContain(`notice=missing_languages&refs=${ownRef}`);
    await post(owner, `${ROUND}/actions/${ownRef}`, {
      version: versionOn((await get(owner, `${ROUND}/actions/${ownRef}`)).html), text_fi: 'Jatkuu.', text_sv: 'Fortsätter.', state: 'in_progress', light: 'green',
    });
    const publicActions = () => app.request(`/porvoo/fi/${DEMO_PROGRAMME}/actions?round=2023-03`);
    expect((await publicActions()).status).not.toBe(200);
    const closed = await post(coordinator, `${ROUND}/close`);
    expect((await get(coordinator, closed.headers.get('location')!)).html).toContain('Kierros on suljettu ja julkaistu.');
    const published = await publicActions();
    expect(published.status).toBe(200);
    const actionPage = await app.request(`/porvoo/fi/${DEMO_PROGRAMME}/actions/${ownRef}`);
    expect(await actionPage.text()).toContain('Jatkuu.');

    const late = await post(owner, `${ROUND}/actions/${ownRef}`, { version: '99', text_fi: 'Myöhässä.', state: '', light: '' });
    expect(late.headers.get('location')).toContain('notice=frozen');
    expect((await get(owner, `${ROUND}/actions/${ownRef}`)).html).not.toContain('name="version"');

    const reopened = await post(coordinator, `${ROUND}/reopen`);
    expect((await get(coordinator, reopened.headers.get('location')!)).html).toContain('Kierros avattiin uudelleen.');
    expect((await publicActions()).status).not.toBe(200);
  });

  it('fills many entries from the table: touched rows saved, untouched left, a row changed meanwhile reported', async () => {
    const table = await get(coordinator, `${ROUND}/table?updated=no`);
    expect(table.status).toBe(200);
    const fields = formFields(table.html);
    expect(fields['refs']?.split(',')).toEqual(expect.arrayContaining(['1.2', '1.3', '1.4']));
    expect(fields['refs']?.split(',')).not.toContain(ownRef);
    fields['text_fi:1.2'] = 'Taulukosta täytetty.';
    fields['light:1.2'] = 'green';
    fields['text_sv:1.3'] = 'Från tabellen.';
    // Meanwhile someone saves 1.3 from its own form.
    const form = await get(coordinator, `${ROUND}/actions/1.3`);
    expect((await post(coordinator, `${ROUND}/actions/1.3`, { version: versionOn(form.html), text_fi: 'Erikseen.', state: '', light: '' })).status).toBe(303);

    const saved = await post(coordinator, `${ROUND}/table?updated=no`, fields);
    expect(saved.status).toBe(303);
    const after = await get(coordinator, saved.headers.get('location')!);
    expect(after.html).toContain('1 tilanne tallennettiin.');
    expect(after.html).toContain('sillä välin: 1.3.');
    const entryHtml = async (ref: string) => (await get(viewer, `${ROUND}/actions/${ref}`)).html;
    expect(await entryHtml('1.2')).toContain('Taulukosta täytetty.');
    expect(await entryHtml('1.3')).toContain('Erikseen.');
    expect(await entryHtml('1.3')).not.toContain('Från tabellen.');
    expect(await entryHtml('1.4')).not.toContain('Viimeksi tallennettu');
  });

  it('refuses a post without the form token', async () => {
    const response = await app.request(`${ROUND}/close`, {
      method: 'POST', headers: { origin: ORIGIN, cookie: coordinator.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: '',
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Lomake vanhentui');
  });
});
