import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../db/database.ts';
import { parseFollowup } from '../io/followup/parse-followup.ts';
import { backends, demoDatabase, readIn, writeIn } from '../../test/support/database.ts';
import { getAction, listActions, UnknownRoundError } from './actions.ts';
import { importFollowup } from './followup-import/import-followup.ts';
import { createMunicipality } from './municipalities.ts';
import { findProgramme, getProgrammeOverview } from './programmes.ts';
import type { ProgrammeSummary } from './views.ts';

const SWEDISH_REPORT = [
  'Status 03/2021',
  '',
  'Användningsfall\t2020\t2021\tStatus 03/2021',
  'Responstjänst för kommuninvånarnas idéer\tx\t\tGjort.',
  'Elektronisk underskrift\tx\tx\tPågår.',
].join('\n');

describe.each(backends)('finding actions (%s)', (backend) => {
  let store: Store;
  let porvoo: ProgrammeSummary;
  let other: ProgrammeSummary;
  /** Each programme is read in its own municipality. */
  const home = new Map<ProgrammeSummary, string>();
  const readFor = <T>(programme: ProgrammeSummary, work: Parameters<typeof readIn<T>>[2]) => readIn(store, home.get(programme)!, work);

  beforeAll(async () => {
    store = await demoDatabase(backend);
    porvoo = (await readIn(store, 'porvoo', (ctx) => findProgramme(ctx, 'digi-2020-2023')))!;
    await writeIn(store, null, (ctx) =>
      createMunicipality(ctx, { slug: 'lovisa', code: '434', name: { fi: 'Loviisa', sv: 'Lovisa' }, languages: ['sv', 'fi'] }));
    const parsed = parseFollowup(SWEDISH_REPORT);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    await writeIn(store, 'lovisa', (ctx) => importFollowup(ctx, { programme: 'digi-2020-2021', followup: parsed.followup }));
    other = (await readIn(store, 'lovisa', (ctx) => findProgramme(ctx, 'digi-2020-2021')))!;
    home.set(porvoo, 'porvoo').set(other, 'lovisa');
  });
  afterAll(async () => store?.close());

  const names = async (programme: ProgrammeSummary, q: string, lang: 'fi' | 'sv' | 'en' = 'fi') =>
    (await readFor(programme, (ctx) => listActions(ctx, programme, { lang, q }))).map((action) => action.name.fi ?? action.name.sv);

  it.each([
    ['visualisointi', 'Kuntalaisten palautteiden visualisointi kartalla'],
    ['visualisoinnin', 'Kuntalaisten palautteiden visualisointi kartalla'],
    ['tekoäly', 'Tekoälyyn pohjautuva keskusteleva chatbot'],
    ['palaute', 'Kuntalaisten palautteiden visualisointi kartalla'],
    ['allekirjoitukset', 'Sähköinen allekirjoitus'],
    ['VÄESTÖENNUSTE', 'Porvoon kaupungin väestöennusteen laskeminen'],
  ])('"%s" finds "%s" as people type it', async (query, expected) => {
    expect(await names(porvoo, query)).toContain(expected);
  });

  it('needs every word to match, and finds nothing for nonsense', async () => {
    expect(await names(porvoo, 'visualisointi kartalla')).toEqual(['Kuntalaisten palautteiden visualisointi kartalla']);
    expect(await names(porvoo, 'xyzzy qwerty')).toEqual([]);
    expect(await names(porvoo, '*:& | !')).toHaveLength(63);
  });

  it('searches the status text too', async () => {
    expect(await names(porvoo, 'Clodian')).toEqual(['Sähköinen allekirjoitus', 'Sopimushallinta digitaaliseksi ja sopimushallinnassa aikarajojen ennakoiva ilmoitus']);
  });

  it('searches Finnish-only content from the English and Swedish pages', async () => {
    expect(await names(porvoo, 'tekoäly', 'en')).toContain('Tekoälyyn pohjautuva keskusteleva chatbot');
    expect(await names(porvoo, 'tekoäly', 'sv')).toContain('Tekoälyyn pohjautuva keskusteleva chatbot');
  });

  it('stems Swedish and never crosses municipalities', async () => {
    expect(await names(other, 'kommuninvånare', 'sv')).toEqual(['Responstjänst för kommuninvånarnas idéer']);
    expect(await names(other, 'visualisointi')).toEqual([]);
    expect(await names(porvoo, 'underskrift', 'sv')).toEqual([]);
  });

  it('filters by section, year, state, co-funding and round', async () => {
    const list = (filter: Parameters<typeof listActions>[2]) => readFor(porvoo, (ctx) => listActions(ctx, porvoo, filter));
    expect((await list({ lang: 'fi', section: 2 })).map((a) => a.ref)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6']);
    expect((await list({ lang: 'fi', year: 2023 })).every((a) => a.years.includes(2023))).toBe(true);
    expect(await list({ lang: 'fi', year: 2023 })).toHaveLength(14);
    const done = await list({ lang: 'fi', state: 'done' });
    expect(done.length).toBeGreaterThan(0);
    expect(done.every((a) => a.status?.state === 'done')).toBe(true);
    expect((await list({ lang: 'fi', state: 'no_status' })).map((a) => a.ref)).toEqual(['1.5', '4.3', '5.1', '5.7']);
    expect(await list({ lang: 'fi', coFunded: true })).toHaveLength(9);
    expect((await list({ lang: 'fi', round: '2022-09' }))[0]!.status?.round.label).toEqual({ fi: 'Tilanne 09/2022' });
    await expect(list({ lang: 'fi', round: '2019-01' })).rejects.toBeInstanceOf(UnknownRoundError);
  });

  it('gives one action with its perspectives unclassified and every round', async () => {
    const action = (await readFor(porvoo, (ctx) => getAction(ctx, porvoo, '7.7')))!;
    expect(action.coFundedPart).toEqual({ fi: 'maksaminen' });
    expect(action.perspectives.level).toBeNull();
    expect(action.statuses.map((status) => status.round.key)).toEqual(['2022-09']);
    expect(action.status?.stateInferred).toBe(true);
    expect(await readFor(porvoo, (ctx) => getAction(ctx, porvoo, '99.1'))).toBeNull();
    expect(await readFor(other, (ctx) => getAction(ctx, other, '1.1'))).not.toBeNull();
    // Row-level security: in Porvoo's scope, Loviisa's programme has no actions at all.
    expect(await readFor(porvoo, (ctx) => getAction(ctx, other, '1.1'))).toBeNull();
  });

  it('summarises the programme by sections and the latest round', async () => {
    const overview = (await readFor(porvoo, (ctx) => getProgrammeOverview(ctx, 'digi-2020-2023')))!;
    expect(overview.actionCount).toBe(63);
    expect(overview.sections.map((section) => section.actionCount)).toEqual([9, 6, 9, 12, 12, 7, 8]);
    expect(Object.values(overview.stateCounts).reduce((a, b) => a + b, 0)).toBe(63);
    expect(overview.stateCounts.no_status).toBe(4);
    expect(overview.years).toEqual([2020, 2021, 2022, 2023]);
    expect(overview.enablerCount).toBe(4);
    expect(overview.latestRound?.key).toBe('2022-09');
  });
});
