import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDatabase, writeIn } from '../../../test/support/database.ts';
import type { Store } from '../../db/database.ts';
import { actions } from '../../db/schema.ts';
import { createApp } from '../../app.ts';
import { API_BASE_PATH } from './routes.ts';
import { createLogger } from '../../logger.ts';
import type { ActionDetailJson, ActionJson, ProblemJson, ProgrammeListJson } from './schemas.ts';

const PROGRAMME = `${API_BASE_PATH}/porvoo/programmes/digi-2020-2023`;
/** UTF-8's byte order mark; `Response.text()` would strip it, so CSV bodies are decoded here. */
const BOM_BYTES = [0xef, 0xbb, 0xbf];

async function csvLines(response: Response): Promise<string[]> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual(BOM_BYTES);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)).split('\r\n');
}

let database: Store;
let app: Hono;

beforeAll(async () => {
  database = await demoDatabase();
  app = createApp({ store: database, logger: createLogger('silent') });
});
afterAll(() => database.close());

const get = (path: string) => app.request(path);

async function listActions(query = ''): Promise<{ round: string | null; actions: ActionJson[] }> {
  const response = await get(`${PROGRAMME}/actions${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { round: string | null; actions: ActionJson[] };
}

async function expectProblem(path: string, status: number, detailMentions: string): Promise<void> {
  const response = await get(path);
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const problem = (await response.json()) as ProblemJson;
  expect(problem.status).toBe(status);
  expect(problem.title).toBe(status === 404 ? 'Not Found' : 'Bad Request');
  expect(problem.detail).toContain(detailMentions);
}

describe('programmes', () => {
  it('lists the municipality and its programmes with rounds and state counts', async () => {
    const response = await get(`${API_BASE_PATH}/porvoo/programmes`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as ProgrammeListJson;
    expect(body.municipality).toEqual({
      slug: 'porvoo',
      code: '638',
      name: expect.objectContaining({ fi: 'Porvoo', sv: 'Borgå' }),
      languages: ['fi', 'sv'],
    });
    // Newest period first: the demo's 2024–2026 programme (no rounds yet), then 2020–2023.
    expect(body.programmes.map((listed) => listed.slug)).toEqual(['digi-2024-2026', 'digi-2020-2023']);
    const programme = body.programmes[1];
    const round = { key: '2022-09', label: { fi: 'Tilanne 09/2022' }, lang: 'fi' };
    expect(programme).toMatchObject({ slug: 'digi-2020-2023', period: { start: 2020, end: 2023 }, rounds: [round], latestRound: round });
    const counted = Object.values(programme!.stateCounts).reduce((sum, count) => sum + count, 0);
    expect(counted).toBe(programme!.actionCount);
    expect((await listActions()).actions).toHaveLength(programme!.actionCount);
  });

  it('is open data: any origin may read it and shared caches may keep it, revalidated by ETag', async () => {
    const response = await get(`${API_BASE_PATH}/porvoo/programmes`);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toBe('ETag,Content-Disposition');
    expect(response.headers.get('cache-control')).toBe('public, no-cache');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const etag = response.headers.get('etag')!;
    const again = await app.request(`${API_BASE_PATH}/porvoo/programmes`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('access-control-allow-origin')).toBe('*');
    expect(again.headers.get('cache-control')).toBe('public, no-cache');
  });

  it('gives the programmes as CSV', async () => {
    const response = await get(`${API_BASE_PATH}/porvoo/programmes.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="porvoo-programmes.csv"');
    const [header, newest, row] = await csvLines(response);
    expect(header).toBe(
      `slug,name_fi,name_sv,name_en,period_start,period_end,cost_code,rounds,latest_round,action_count,` +
        'actions_done,actions_in_progress,actions_not_advanced,actions_postponed,actions_abandoned,actions_no_status',
    );
    // No round yet: its actions (the 2020–2023 ones it took over) have no status.
    expect(newest).toMatch(/^digi-2024-2026,Digiohjelma 2024–2026,Digiprogrammet 2024–2026,,2024,2026,1111,,,(\d+),0,0,0,0,0,\1$/);
    expect(row).toMatch(/^digi-2020-2023,,,,2020,2023,,2022-09,2022-09,\d+,/);
  });

  it('answers an unknown municipality with a 404 problem', async () => {
    await expectProblem(`${API_BASE_PATH}/nowhere/programmes`, 404, '"nowhere"');
    await expectProblem(`${API_BASE_PATH}/nowhere/programmes.csv`, 404, '"nowhere"');
  });
});

describe('actions', () => {
  it('lists every action with its status in the latest round', async () => {
    const { round, actions: list } = await listActions();
    expect(round).toBe('2022-09');
    expect(list.map((action) => action.status?.round)).toEqual(list.map(() => '2022-09'));
    expect(list[0]).toEqual({
      id: '1.1',
      name: { fi: 'Kuntalaisten palautteiden visualisointi kartalla' },
      section: { position: 1, name: {} },
      years: [2020],
      coFunded: false,
      coFundedPart: null,
      status: {
        round: '2022-09',
        roundLabel: { fi: 'Tilanne 09/2022' },
        text: { fi: 'Toteutettu 2020.' },
        state: 'done',
        stateInferred: true,
        trafficLight: null,
      },
    });
  });

  it('shows the asked round', async () => {
    expect(await listActions('?round=2022-09')).toEqual(await listActions());
  });

  it('answers an unknown or malformed round with a 400 naming it', async () => {
    await expectProblem(`${PROGRAMME}/actions?round=2021-03`, 400, 'no round 2021-03');
    await expectProblem(`${PROGRAMME}/actions.csv?round=2021-03`, 400, 'no round 2021-03');
    await expectProblem(`${PROGRAMME}/actions/1.1?round=2021-03`, 400, 'no round 2021-03');
    await expectProblem(`${PROGRAMME}/actions?round=09/2022`, 400, '"round"');
  });

  it('finds actions by words in their Finnish names, inflected', async () => {
    const names = async (query: string) => (await listActions(query)).actions.map((action) => action.name.fi);
    expect(await names('?q=visualisointi')).toContain('Kuntalaisten palautteiden visualisointi kartalla');
    expect(await names('?q=tekoäly')).toContain('Tekoälyyn pohjautuva keskusteleva chatbot');
    expect(await names('?q=tekoäly&lang=fi')).toEqual(await names('?q=tekoäly'));
    expect(await names('?q=xyzzyplugh')).toEqual([]);
  });

  it('filters by section, year, state and co-funding', async () => {
    const all = (await listActions()).actions;
    const section7 = (await listActions('?section=7')).actions;
    expect(section7.map((a) => a.id)).toEqual(all.filter((a) => a.section.position === 7).map((a) => a.id));
    expect(section7.length).toBeGreaterThan(0);

    const in2023 = (await listActions('?year=2023')).actions;
    expect(in2023.map((a) => a.id)).toEqual(all.filter((a) => a.years.includes(2023)).map((a) => a.id));

    const done = (await listActions('?state=done')).actions;
    expect(done.map((a) => a.id)).toEqual(all.filter((a) => a.status?.state === 'done').map((a) => a.id));
    expect(done.length).toBeGreaterThan(0);

    const coFunded = (await listActions('?coFunded=true')).actions;
    const notCoFunded = (await listActions('?coFunded=false')).actions;
    expect(coFunded.map((a) => a.id)).toEqual(all.filter((a) => a.coFunded).map((a) => a.id));
    expect(coFunded.map((a) => a.id)).toContain('7.7');
    expect(coFunded.length + notCoFunded.length).toBe(all.length);

    const combined = (await listActions('?section=7&coFunded=true&q=maksaminen')).actions;
    expect(combined.map((a) => a.id)).toEqual(['7.7']);
  });

  it('answers invalid filters with a 400 naming the parameter', async () => {
    await expectProblem(`${PROGRAMME}/actions?coFunded=yes`, 400, '"coFunded"');
    await expectProblem(`${PROGRAMME}/actions?section=first`, 400, '"section"');
    await expectProblem(`${PROGRAMME}/actions?state=finished`, 400, '"state"');
    await expectProblem(`${PROGRAMME}/actions?lang=de`, 400, '"lang"');
    await expectProblem(`${PROGRAMME}/actions.csv?year=soon`, 400, '"year"');
  });

  it('gives one action with its perspectives and every round, newest first', async () => {
    const response = await get(`${PROGRAMME}/actions/7.7`);
    expect(response.status).toBe(200);
    const action = (await response.json()) as ActionDetailJson;
    expect(action).toMatchObject({
      id: '7.7',
      coFunded: true,
      coFundedPart: { fi: 'maksaminen' },
      section: { position: 7 },
      partnerMunicipalities: [],
    });
    // Only the languages that have text: a Finnish report gives no Swedish name to fill in.
    expect(Object.keys(action.name)).toEqual(['fi']);
    expect(Object.keys(action.perspectives).sort()).toEqual(
      ['beneficiaries', 'benefits', 'competence', 'costClass', 'developmentModel', 'goal', 'impactClass', 'level', 'statutory'],
    );
    expect(action.statuses.map((status) => status.round)).toEqual(['2022-09']);
    expect(action.status).toEqual(action.statuses[0]);
  });

  it('answers an unknown programme or action with a 404 problem', async () => {
    await expectProblem(`${API_BASE_PATH}/nowhere/programmes/digi-2020-2023/actions`, 404, '"nowhere"');
    await expectProblem(`${API_BASE_PATH}/porvoo/programmes/digi-1999/actions`, 404, '"digi-1999"');
    await expectProblem(`${API_BASE_PATH}/porvoo/programmes/digi-1999/actions.csv`, 404, '"digi-1999"');
    await expectProblem(`${PROGRAMME}/actions/99.99`, 404, '"99.99"');
  });
});

describe('actions as CSV', () => {
  it('writes one row per action after a header, with a BOM and CRLF line ends', async () => {
    const response = await get(`${PROGRAMME}/actions.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="porvoo-digi-2020-2023-actions-2022-09.csv"',
    );
    expect(response.headers.get('cache-control')).toBe('public, no-cache');
    const lines = await csvLines(response);
    expect(lines[0]).toBe(
      'id,section,name_fi,name_sv,name_en,years,co_funded,co_funded_part_fi,co_funded_part_sv,co_funded_part_en,' +
        'round,state,state_inferred,traffic_light,status_fi,status_sv,status_en',
    );
    expect(lines[1]).toBe('1.1,1,Kuntalaisten palautteiden visualisointi kartalla,,,2020,false,,,,2022-09,done,true,,Toteutettu 2020.,,');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength((await listActions()).actions.length + 2);
  });

  it('filters as the JSON list does', async () => {
    const lines = await csvLines(await get(`${PROGRAMME}/actions.csv?coFunded=true&section=7`));
    const ids = lines.slice(1, -1).map((line) => line.split(',')[0]);
    expect(ids).toEqual((await listActions('?coFunded=true&section=7')).actions.map((a) => a.id));
    expect(lines.find((line) => line.startsWith('7.7,'))).toContain(',true,maksaminen,,,2022-09,');
  });
});

describe('what the open API never shows', () => {
  it('has no internal ids or contact details in any answer', async () => {
    const answers = [
      await (await get(`${API_BASE_PATH}/porvoo/programmes`)).text(),
      await (await get(`${PROGRAMME}/actions`)).text(),
      await (await get(`${PROGRAMME}/actions.csv`)).text(),
      ...(await Promise.all((await listActions()).actions.map(async (a) => (await get(`${PROGRAMME}/actions/${a.id}`)).text()))),
    ];
    for (const answer of answers) {
      expect(answer).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
      expect(answer).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
      expect(answer).not.toMatch(/"(owner|email|phone|actor|contact)\w*"/i);
    }
  });
});

describe('a formula in the data', () => {
  let own: Store;
  let ownApp: Hono;

  beforeAll(async () => {
    own = await demoDatabase();
    ownApp = createApp({ store: own, logger: createLogger('silent') });
    await writeIn(own, 'porvoo', (ctx) =>
      ctx.tx.update(actions).set({ name: { fi: '=HYPERLINK("https://example.com","klikkaa")' } }).where(eq(actions.ref, '1.1')));
  });
  afterAll(() => own.close());

  it('reaches JSON as it is but is neutralised in CSV', async () => {
    const json = (await (await ownApp.request(`${PROGRAMME}/actions/1.1`)).json()) as ActionDetailJson;
    expect(json.name.fi).toBe('=HYPERLINK("https://example.com","klikkaa")');
    const [, first] = await csvLines(await ownApp.request(`${PROGRAMME}/actions.csv`));
    expect(first).toMatch(/^1\.1,1,"'=HYPERLINK\(""https:\/\/example\.com"",""klikkaa""\)",/);
  });
});
