/**
 * Comparing rounds in the workspace: an open round (never public) against the demo's published one,
 * the changed action linking to its entry, an unknown round named back, and the public comparison
 * still seeing published rounds only.
 */
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { PUBLIC } from '../../domain/actor.ts';
import { DEMO_PROGRAMME } from '../../io/demo.ts';
import { createLogger } from '../../logger.ts';
import { UnknownRoundError } from '../../services/actions.ts';
import { runRead, type Store } from '../../services/context.ts';
import { findProgramme } from '../../services/programmes.ts';
import { compareRounds } from '../../services/round-comparison.ts';
import { listEntries } from '../../services/rounds/read-rounds.ts';
import { openRound } from '../../services/rounds/open-round.ts';
import { saveEntry } from '../../services/rounds/save-entry.ts';
import { backends, demoDatabase, readIn, writeIn } from '../../../test/support/database.ts';
import { createPerson, signIn } from '../../../test/support/staff.ts';

const COMPARE = `/staff/porvoo/rounds/${DEMO_PROGRAMME}/compare`;

describe.each(backends)('comparing rounds in the workspace (%s)', (backend) => {
  let store: Store;
  let app: Hono;
  let viewer: string;
  let published: string;

  beforeAll(async () => {
    store = await demoDatabase(backend);
    app = createApp({ store, logger: createLogger('silent'), proxy: { trustProxy: true } });
    published = (await readIn(store, 'porvoo', (ctx) => findProgramme(ctx, DEMO_PROGRAMME)))!.latestRound!.key;
    await writeIn(store, 'porvoo', (ctx) => openRound(ctx, {
      programme: DEMO_PROGRAMME, key: '2030-03', label: { fi: 'Tilanne 03/2030' }, deadline: '2030-03-31', requiredLanguages: ['fi'],
    }));
    const [entry] = await readIn(store, 'porvoo', (ctx) => listEntries(ctx, DEMO_PROGRAMME, '2030-03', ['1.1']));
    await writeIn(store, 'porvoo', (ctx) => saveEntry(ctx, {
      programme: DEMO_PROGRAMME, round: '2030-03', ref: '1.1', version: entry!.version,
      entry: { text: { fi: 'Avoimen kierroksen uusi teksti.' }, state: 'abandoned', trafficLight: 'red' },
    }));
    const person = await createPerson(store, 'porvoo', 'viewer');
    viewer = await signIn(app, person.email);
  });
  afterAll(async () => store?.close());

  const get = async (path: string, cookie = viewer) => {
    const response = await app.request(path, { headers: { cookie } });
    return { status: response.status, html: await response.text(), location: response.headers.get('location') };
  };

  it('compares the open round with the published one before it, for any staff role, and links each action to its entry', async () => {
    const { status, html } = await get(COMPARE);
    expect(status).toBe(200);
    expect(html).toContain('<h1>Seurantakierrosten vertailu');
    expect(html).toContain('(avoin)</option>');
    // The changed action, with its states before and after and both texts.
    const changed = html.slice(html.indexOf('id="changed-heading"'), html.indexOf('id="new-heading"'));
    expect(changed).toContain(`href="/staff/porvoo/rounds/${DEMO_PROGRAMME}/2030-03/actions/1.1"`);
    expect(changed).toContain('Avoimen kierroksen uusi teksti.');
    expect(changed).toContain('liikennevalo: punainen');
    expect(changed).toContain('data-label="Tila ');
  });

  it('compares any two rounds asked, in either order, and names an unknown round', async () => {
    const asked = await get(`${COMPARE}?from=2030-03&to=${published}`);
    expect(asked.status).toBe(200);
    expect(asked.html).toMatch(new RegExp(`<option value="${published}" selected="">`));
    expect(asked.html).toMatch(/<option value="2030-03" selected="">/);

    const unknown = await get(`${COMPARE}?from=1999-01&to=2030-03`);
    expect(unknown.status).toBe(400);
    expect(unknown.html).toContain('Ohjelmassa ei ole kierrosta 1999-01.');

    expect((await get('/staff/porvoo/rounds/no-such-programme/compare')).status).toBe(404);
  });

  it('is linked from the round overview and needs a signed-in person', async () => {
    expect((await get(`/staff/porvoo/rounds/${DEMO_PROGRAMME}/2030-03`)).html).toContain(`href="${COMPARE}?to=2030-03"`);
    const anonymous = await app.request(COMPARE);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toContain('/staff/sign-in');
  });

  it('never lets the public compare the open round, even when a caller passes it in', async () => {
    const refused = runRead(store, { actor: PUBLIC, municipality: { slug: 'porvoo' } }, async (ctx) => {
      const programme = (await findProgramme(ctx, DEMO_PROGRAMME))!;
      const open = { ...programme.rounds[0]!, key: '2030-03', year: 2030, month: 3, status: 'open' as const };
      return compareRounds(ctx, programme, programme.rounds[0]!, open);
    });
    await expect(refused).rejects.toBeInstanceOf(UnknownRoundError);
    const html = await (await app.request(`/porvoo/fi/${DEMO_PROGRAMME}/rounds/compare`)).text();
    expect(html).not.toContain('2030');
  });
});
