/**
 * The demo's roadmap (take-over of the unfinished 2020–2023 actions, the board's approval) and the public
 * roadmap pages over it, through the real app: the decision, the note, earlier versions, the diff, the
 * links between continued actions, and what the public may not see.
 */
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { loadDemoRoadmap } from '../../io/demo-roadmap.ts';
import { createLogger } from '../../logger.ts';
import type { Store } from '../../services/context.ts';
import { listTakeOverCandidates } from '../../services/roadmap/take-over.ts';
import { listRoadmapVersions, startRoadmapVersion } from '../../services/roadmap/versions.ts';
import { demoDatabase, readIn, TEST_ACTOR, writeIn } from '../../../test/support/database.ts';
import { emptyProgramme2024 } from '../../../test/support/roadmap.ts';

let store: Store;
let app: Hono;
const NEW = '/porvoo/fi/digi-2024-2026';

beforeAll(async () => {
  store = await demoDatabase();
  app = createApp({ store, logger: createLogger('silent') });
  await emptyProgramme2024(store);
});
afterAll(() => store?.close());

const page = async (path: string) => {
  const response = await app.request(path);
  return { status: response.status, html: await response.text() };
};

describe('the demo roadmap and its public pages', () => {
  it('takes over the unfinished actions and records the approval once', async () => {
    const unfinished = (await readIn(store, 'porvoo', (ctx) => listTakeOverCandidates(ctx, { from: 'digi-2020-2023' })))
      .filter((candidate) => candidate.state !== 'abandoned');
    const first = await loadDemoRoadmap(store, TEST_ACTOR);
    expect(first).toEqual({ takenOver: unfinished.length, approvedVersion: 1 });
    expect(await loadDemoRoadmap(store, TEST_ACTOR)).toEqual({ takenOver: 0, approvedVersion: null });
    const versions = await readIn(store, 'porvoo', (ctx) => listRoadmapVersions(ctx, 'digi-2024-2026'));
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({
      number: 1, status: 'approved', actionCount: unfinished.length,
      decision: { date: '2024-01-22', section: '25', diaryNumber: '118/07.01.02/2024', body: { fi: 'Kaupunginhallitus', sv: 'Stadsstyrelsen' } },
    });
  });

  it('shows the approved roadmap with its decision and note, in Finnish and Swedish', async () => {
    const fi = await page(`${NEW}/roadmap`);
    expect(fi.status).toBe(200);
    expect(fi.html).toContain('Kaupunginhallitus 22.01.2024 § 25, 118/07.01.02/2024');
    expect(fi.html).toContain('toimenpidetaulukko ei ole tämän palvelun käytössä');
    expect(fi.html).toContain(`href="${NEW}/actions/1.1"`);
    const sv = await page('/porvoo/sv/digi-2024-2026/roadmap');
    expect(sv.html).toContain('Stadsstyrelsen 22.01.2024 § 25, 118/07.01.02/2024');
    expect(sv.html).toContain('Åtgärdstabellen i färdplanen');
    expect((await page(`${NEW}/roadmap/versions/1`)).status).toBe(200);
    expect((await page(`${NEW}/roadmap/versions/2`)).status).toBe(404);
    expect((await page(`${NEW}/roadmap/versions/x`)).status).toBe(404);
    expect((await page('/porvoo/fi/digi-2020-2023/roadmap')).html).toContain('Ohjelman tiekartasta ei ole vielä hyväksyttyä versiota.');
  });

  it('publishes the approved versions with their decision and actions in the open API, without owners', async () => {
    const response = await app.request('/api/v1/porvoo/programmes/digi-2024-2026/roadmap');
    expect(response.status).toBe(200);
    const body = await response.json() as { versions: { number: number; decision: unknown; note: Record<string, string>; actions: Record<string, unknown>[] }[] };
    expect(body.versions).toHaveLength(1);
    expect(body.versions[0]).toMatchObject({
      number: 1, decision: { body: { fi: 'Kaupunginhallitus' }, date: '2024-01-22', section: '25', diaryNumber: '118/07.01.02/2024' },
    });
    expect(body.versions[0]!.note.sv).toContain('Åtgärdstabellen');
    expect(body.versions[0]!.actions[0]).toMatchObject({ ref: '1.1', years: [], perspectives: { goal: null } });
    expect(JSON.stringify(body)).not.toMatch(/owner/i);
  });

  it('links a continued action and its predecessor both ways', async () => {
    const candidates = await readIn(store, 'porvoo', (ctx) => listTakeOverCandidates(ctx, { from: 'digi-2020-2023' }));
    const continued = candidates.find((candidate) => candidate.continuedAs?.ref === '1.1')!;
    const older = await page(`/porvoo/fi/digi-2020-2023/actions/${continued.ref}`);
    expect(older.html).toContain('Jatkuu seuraavassa ohjelmassa');
    expect(older.html).toContain(`href="${NEW}/actions/1.1"`);
    const newer = await page(`${NEW}/actions/1.1`);
    expect(newer.html).toContain('Jatkoa aiemman ohjelman toimenpiteelle');
    expect(newer.html).toContain(`href="/porvoo/fi/digi-2020-2023/actions/${continued.ref}"`);
  });

  it('compares the approved version with the live roadmap, and never shows a draft or an owner to the public', async () => {
    const same = await page(`${NEW}/roadmap/compare`);
    expect(same.status).toBe(200);
    expect(same.html).toContain('Muutokset: Versio 1 → Nykyinen tiekartta (ei vielä hyväksytty)');
    await writeIn(store, 'porvoo', (ctx) => startRoadmapVersion(ctx, { programme: 'digi-2024-2026' }));
    const draft = await page(`${NEW}/roadmap/compare?from=1&to=2`);
    expect(draft.status).toBe(400);
    expect(draft.html).toContain('Tiekartalla ei ole versiota 2.');
    expect((await page(`${NEW}/roadmap/compare?to=%3Cscript%3E`)).html).not.toContain('<script>');
    expect((await page(`${NEW}/roadmap`)).html).not.toContain('Versio 2');
    expect(same.html).not.toContain('Vastuuhenkilö');
  });
});
