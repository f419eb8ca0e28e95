import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import type { Store } from '../../db/database.ts';
import { actions, auditLog, entityHistory } from '../../db/schema.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { ParsedFollowup } from '../../domain/followup.ts';
import { parseFollowup } from '../../io/followup/parse-followup.ts';
import { DEMO_FOLLOWUP_FILE, DEMO_PROGRAMME, loadDemo } from '../../io/demo.ts';
import { backends, readIn, TEST_ACTOR, testDatabase, writeIn } from '../../../test/support/database.ts';
import { importFollowup } from './import-followup.ts';
import { TranslationShapeError } from './summary.ts';
import { createMunicipality } from '../municipalities.ts';
import { getAction, listActions } from '../actions.ts';
import { findProgramme } from '../programmes.ts';

const demoText = () => readFile(DEMO_FOLLOWUP_FILE, 'utf8');

function parsed(text: string) {
  const result = parseFollowup(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.followup;
}

/** The demo report moved to a later round, with one status changed, one row renamed and one row added. */
async function laterRound(): Promise<string> {
  return (await demoText())
    .replaceAll('Tilanne 09/2022', 'Tilanne 03/2023')
    .replace('Digitaalinen kaksonen rakennuksista\t\t\t\tx\t', 'Digitaalinen kaksonen rakennuksista\t\t\t\tx\tToteutettu 2023.')
    .replace('Verkkokauppa\t', 'Verkkokauppa kaupungin sivuilla\t')
    .replace('Uutiskirjeen optimointi\tx', 'Uusi uutiskirjepalvelu\t\t\t\tx\tAloitettu.\nUutiskirjeen optimointi\tx');
}

/** The demo report as its Swedish translation would look: Swedish headers, every name and status translated. */
async function swedishTranslation(edit: (lines: string[]) => string[] = (lines) => lines): Promise<string> {
  let n = 0;
  let e = 0;
  const lines = (await demoText()).split('\n').map((line) => {
    const cells = line.split('\t');
    if (cells[0] === 'Käyttötapaus') return line.replace('Käyttötapaus', 'Användningsfall').replace('Tilanne', 'Status');
    if (cells[0] === 'Mahdollistaja') return 'Möjliggörare\tÅtgärd\tMätare\tStatus 09/2022';
    if (cells.length === 6) return [`Åtgärd nummer ${++n}${cells[0]!.endsWith('*') ? '*' : ''}`, ...cells.slice(1, 5), cells[5] ? `Översatt ${n}.` : ''].join('\t');
    if (cells.length === 4) return [`Möjliggörare ${++e}`, ...cells.slice(1)].join('\t');
    return line.replace('Tilanne 09/2022', 'Status 09/2022');
  });
  return edit(lines).join('\n');
}

describe.each(backends)('importing a follow-up report (%s)', (backend) => {
  let store: Store;
  afterEach(async () => store?.close());

  const importInto = (followup: ParsedFollowup, municipality = 'porvoo', dryRun = false) =>
    writeIn(store, municipality, (ctx) => importFollowup(ctx, { programme: DEMO_PROGRAMME, followup }, { dryRun }), { dryRun });
  const demoProgramme = async () => (await readIn(store, 'porvoo', (ctx) => findProgramme(ctx, DEMO_PROGRAMME)))!;
  const actionCount = async () => Number((await store.orm.select({ value: count() }).from(actions))[0]!.value);

  it('creates the programme, its sections, actions, statuses and enablers, and audits it', async () => {
    store = await testDatabase(backend);
    const summary = await loadDemo(store, TEST_ACTOR);
    expect(summary.programme).toEqual({ slug: DEMO_PROGRAMME, created: true });
    expect(summary.round).toEqual({ key: '2022-09', label: 'Tilanne 09/2022', lang: 'fi', created: true });
    expect(summary.sections.created).toBe(7);
    expect(summary.actions).toEqual({ created: 63, updated: 0, unchanged: 0 });
    expect(summary.statuses.created).toBe(63);
    expect(summary.enablers.created).toBe(4);
    expect(summary.warnings).toEqual([]);
    const audit = await store.orm.select().from(auditLog).where(eq(auditLog.action, 'followup.import'));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toBe('test');
    // Every row the import wrote has its first version in the history, in the same change as the audit line.
    const history = await store.orm.select().from(entityHistory).where(eq(entityHistory.changeId, audit[0]!.changeId!));
    expect(history.filter((row) => row.entity === 'actions' && row.op === 'insert')).toHaveLength(63);
    expect(history.every((row) => row.actorId === 'test')).toBe(true);
  });

  it('changes nothing when the same file is imported again', async () => {
    store = await testDatabase(backend);
    await loadDemo(store, TEST_ACTOR);
    const again = await loadDemo(store, TEST_ACTOR);
    expect(again.changed).toBe(false);
    expect(again.actions).toEqual({ created: 0, updated: 0, unchanged: 63 });
    expect(again.statuses).toEqual({ created: 0, updated: 0, unchanged: 63 });
    expect(again.enablers).toEqual({ created: 0, updated: 0, unchanged: 4 });
    const [{ value }] = (await store.orm.select({ value: count() }).from(auditLog).where(eq(auditLog.action, 'followup.import'))) as [{ value: number }];
    expect(Number(value)).toBe(1);
  });

  it('adds a later round to the existing actions, adds new ones and reports what matched nothing', async () => {
    store = await testDatabase(backend);
    await loadDemo(store, TEST_ACTOR);
    const summary = await importInto(parsed(await laterRound()));
    expect(summary.round).toMatchObject({ key: '2023-03', created: true });
    expect(summary.actions.created).toBe(2);
    expect(summary.statuses.created).toBe(64);
    expect(summary.warnings).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'new_action_in_later_round', action: 'Verkkokauppa kaupungin sivuilla' }),
      expect.objectContaining({ code: 'new_action_in_later_round', action: 'Uusi uutiskirjepalvelu' }),
      expect.objectContaining({ code: 'action_missing_from_round', action: 'Verkkokauppa', line: null }),
    ]));
    const programme = await demoProgramme();
    expect(programme.rounds.map((round) => round.key)).toEqual(['2022-09', '2023-03']);
    const [twin] = await readIn(store, 'porvoo', (ctx) => listActions(ctx, programme, { lang: 'fi', q: 'digitaalinen kaksonen' }));
    const detail = (await readIn(store, 'porvoo', (ctx) => getAction(ctx, programme, twin!.ref)))!;
    expect(detail.statuses.map((status) => [status.round.key, status.state, status.text.fi])).toEqual([
      ['2023-03', 'done', 'Toteutettu 2023.'],
      ['2022-09', 'no_status', undefined],
    ]);
    const olderList = await readIn(store, 'porvoo', (ctx) => listActions(ctx, programme, { lang: 'fi', round: '2022-09', q: 'digitaalinen kaksonen' }));
    expect(olderList[0]!.status?.state).toBe('no_status');
  });

  it('adds a translation of the same round, pairing its rows by position', async () => {
    store = await testDatabase(backend);
    await loadDemo(store, TEST_ACTOR);
    const summary = await importInto(parsed(await swedishTranslation()));
    expect(summary).toMatchObject({ matchedBy: 'position', round: { key: '2022-09', created: false, lang: 'sv' } });
    expect(summary.actions).toEqual({ created: 0, updated: 63, unchanged: 0 });
    expect(summary.statuses).toEqual({ created: 0, updated: 59, unchanged: 4 });
    expect(summary.enablers).toEqual({ created: 0, updated: 4, unchanged: 0 });
    expect(summary.warnings).toEqual([]);
    const programme = await demoProgramme();
    const action = (await readIn(store, 'porvoo', (ctx) => getAction(ctx, programme, '7.7')))!;
    expect(action.name).toEqual({
      fi: 'Sähköisen asioinnin kehittäminen: Suomi.fi -integraatiot, valtuudet, maksaminen, laatutyökalut',
      sv: 'Åtgärd nummer 62',
    });
    expect(action.status).toMatchObject({ state: 'done', text: { sv: 'Översatt 62.' } });
    const again = await importInto(parsed(await swedishTranslation()));
    expect(again).toMatchObject({ matchedBy: 'name', changed: false });
  });

  it('refuses a translation whose tables differ from the programme, and writes nothing', async () => {
    store = await testDatabase(backend);
    await loadDemo(store, TEST_ACTOR);
    const shorter = await swedishTranslation((lines) => lines.filter((line) => !line.startsWith('Åtgärd nummer 3\t')));
    await expect(importInto(parsed(shorter))).rejects.toEqual(new TranslationShapeError('sv', [9, 6, 9, 12, 12, 7, 8], [8, 6, 9, 12, 12, 7, 8]));
    const fewerEnablers = await swedishTranslation((lines) => lines.filter((line) => !line.startsWith('Möjliggörare 4\t')));
    await expect(importInto(parsed(fewerEnablers))).rejects.toEqual(new TranslationShapeError('sv', [4], [3]));
    const named = await store.orm.select({ name: actions.name }).from(actions);
    expect(named.filter((row) => row.name.sv)).toEqual([]);
  });

  it('keeps the schedule of the newest round when an older round is imported later', async () => {
    store = await testDatabase(backend);
    await loadDemo(store, TEST_ACTOR);
    const older = (await demoText())
      .replaceAll('Tilanne 09/2022', 'Tilanne 03/2021')
      .replace('Kuntalaisten palautteiden visualisointi kartalla\tx\t\t', 'Kuntalaisten palautteiden visualisointi kartalla\tx\tx\t');
    const summary = await importInto(parsed(older));
    expect(summary.round).toMatchObject({ key: '2021-03', created: true });
    expect(summary.actions).toEqual({ created: 0, updated: 0, unchanged: 63 });
    const programme = await demoProgramme();
    expect(programme.latestRound?.key).toBe('2022-09');
    const action = (await readIn(store, 'porvoo', (ctx) => getAction(ctx, programme, '1.1')))!;
    expect(action.years).toEqual([2020]);
    expect(action.statuses.map((status) => status.round.key)).toEqual(['2022-09', '2021-03']);
  });

  it('says what a dry run would do and writes nothing', async () => {
    store = await testDatabase(backend);
    await writeIn(store, null, (ctx) => createMunicipality(ctx, { slug: 'porvoo', code: '638', name: { fi: 'Porvoo' }, languages: ['fi'] }));
    const summary = await importInto(parsed(await demoText()), 'porvoo', true);
    expect(summary).toMatchObject({ dryRun: true, changed: true, programme: { created: true }, actions: { created: 63 } });
    expect(await actionCount()).toBe(0);
    const audit = await store.orm.select().from(auditLog).where(eq(auditLog.action, 'followup.import'));
    expect(audit).toEqual([]);
  });

  it('refuses an unknown municipality and writes nothing', async () => {
    store = await testDatabase(backend);
    await expect(importInto(parsed(await demoText()), 'nowhere')).rejects.toBeInstanceOf(NotFoundError);
    expect(await actionCount()).toBe(0);
  });
});
