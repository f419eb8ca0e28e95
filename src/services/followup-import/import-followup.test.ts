import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import type { OpenDatabase } from '../../db/database.ts';
import { actions, auditLog } from '../../db/schema.ts';
import { parseFollowup } from '../../io/followup/parse-followup.ts';
import { DEMO_FOLLOWUP_FILE, DEMO_PROGRAMME, loadDemo } from '../../io/demo.ts';
import { backends, testDatabase } from '../../../test/support/database.ts';
import { importFollowup } from './import-followup.ts';
import { TranslationShapeError, UnknownMunicipalityError } from './summary.ts';
import { createMunicipality, findMunicipality } from '../municipalities.ts';
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
  let opened: OpenDatabase;
  afterEach(async () => opened?.close());

  it('creates the programme, its sections, actions, statuses and enablers, and audits it', async () => {
    opened = await testDatabase(backend);
    const summary = await loadDemo(opened.db, 'cli:test');
    expect(summary.programme).toEqual({ slug: DEMO_PROGRAMME, created: true });
    expect(summary.round).toEqual({ key: '2022-09', label: 'Tilanne 09/2022', lang: 'fi', created: true });
    expect(summary.sections.created).toBe(7);
    expect(summary.actions).toEqual({ created: 63, updated: 0, unchanged: 0 });
    expect(summary.statuses.created).toBe(63);
    expect(summary.enablers.created).toBe(4);
    expect(summary.warnings).toEqual([]);
    const audit = await opened.db.select().from(auditLog).where(eq(auditLog.action, 'followup.import'));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toBe('cli:test');
  });

  it('changes nothing when the same file is imported again', async () => {
    opened = await testDatabase(backend);
    await loadDemo(opened.db);
    const again = await loadDemo(opened.db);
    expect(again.changed).toBe(false);
    expect(again.actions).toEqual({ created: 0, updated: 0, unchanged: 63 });
    expect(again.statuses).toEqual({ created: 0, updated: 0, unchanged: 63 });
    expect(again.enablers).toEqual({ created: 0, updated: 0, unchanged: 4 });
    const [{ value }] = (await opened.db.select({ value: count() }).from(auditLog).where(eq(auditLog.action, 'followup.import'))) as [{ value: number }];
    expect(Number(value)).toBe(1);
  });

  it('adds a later round to the existing actions, adds new ones and reports what matched nothing', async () => {
    opened = await testDatabase(backend);
    await loadDemo(opened.db);
    const summary = await importFollowup(opened.db, {
      municipality: 'porvoo', programme: DEMO_PROGRAMME, followup: parsed(await laterRound()), actor: 'cli:test',
    });
    expect(summary.round).toMatchObject({ key: '2023-03', created: true });
    expect(summary.actions.created).toBe(2);
    expect(summary.statuses.created).toBe(64);
    expect(summary.warnings).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'new_action_in_later_round', action: 'Verkkokauppa kaupungin sivuilla' }),
      expect.objectContaining({ code: 'new_action_in_later_round', action: 'Uusi uutiskirjepalvelu' }),
      expect.objectContaining({ code: 'action_missing_from_round', action: 'Verkkokauppa', line: null }),
    ]));
    const programme = (await findProgramme(opened.db, (await findMunicipality(opened.db, 'porvoo'))!, DEMO_PROGRAMME))!;
    expect(programme.rounds.map((round) => round.key)).toEqual(['2022-09', '2023-03']);
    const [twin] = await listActions(opened.db, programme, { lang: 'fi', q: 'digitaalinen kaksonen' });
    const detail = (await getAction(opened.db, programme, twin!.ref))!;
    expect(detail.statuses.map((status) => [status.round.key, status.state, status.text.fi])).toEqual([
      ['2023-03', 'done', 'Toteutettu 2023.'],
      ['2022-09', 'no_status', undefined],
    ]);
    const olderList = await listActions(opened.db, programme, { lang: 'fi', round: '2022-09', q: 'digitaalinen kaksonen' });
    expect(olderList[0]!.status?.state).toBe('no_status');
  });

  it('adds a translation of the same round, pairing its rows by position', async () => {
    opened = await testDatabase(backend);
    await loadDemo(opened.db);
    const summary = await importFollowup(opened.db, {
      municipality: 'porvoo', programme: DEMO_PROGRAMME, followup: parsed(await swedishTranslation()), actor: 'cli:test',
    });
    expect(summary).toMatchObject({ matchedBy: 'position', round: { key: '2022-09', created: false, lang: 'sv' } });
    expect(summary.actions).toEqual({ created: 0, updated: 63, unchanged: 0 });
    expect(summary.statuses).toEqual({ created: 0, updated: 59, unchanged: 4 });
    expect(summary.enablers).toEqual({ created: 0, updated: 4, unchanged: 0 });
    expect(summary.warnings).toEqual([]);
    const programme = (await findProgramme(opened.db, (await findMunicipality(opened.db, 'porvoo'))!, DEMO_PROGRAMME))!;
    const action = (await getAction(opened.db, programme, '7.7'))!;
    expect(action.name).toEqual({
      fi: 'Sähköisen asioinnin kehittäminen: Suomi.fi -integraatiot, valtuudet, maksaminen, laatutyökalut',
      sv: 'Åtgärd nummer 62',
    });
    expect(action.status).toMatchObject({ state: 'done', text: { sv: 'Översatt 62.' } });
    const again = await importFollowup(opened.db, {
      municipality: 'porvoo', programme: DEMO_PROGRAMME, followup: parsed(await swedishTranslation()), actor: 'cli:test',
    });
    expect(again).toMatchObject({ matchedBy: 'name', changed: false });
  });

  it('refuses a translation whose tables differ from the programme, and writes nothing', async () => {
    opened = await testDatabase(backend);
    await loadDemo(opened.db);
    const shorter = await swedishTranslation((lines) => lines.filter((line) => !line.startsWith('Åtgärd nummer 3\t')));
    await expect(importFollowup(opened.db, {
      municipality: 'porvoo', programme: DEMO_PROGRAMME, followup: parsed(shorter), actor: 'cli:test',
    })).rejects.toEqual(new TranslationShapeError('sv', [9, 6, 9, 12, 12, 7, 8], [8, 6, 9, 12, 12, 7, 8]));
    const fewerEnablers = await swedishTranslation((lines) => lines.filter((line) => !line.startsWith('Möjliggörare 4\t')));
    await expect(importFollowup(opened.db, {
      municipality: 'porvoo', programme: DEMO_PROGRAMME, followup: parsed(fewerEnablers), actor: 'cli:test',
    })).rejects.toEqual(new TranslationShapeError('sv', [4], [3]));
    const named = await opened.db.select({ name: actions.name }).from(actions);
    expect(named.filter((row) => row.name.sv)).toEqual([]);
  });

  it('keeps the schedule of the newest round when an older round is imported later', async () => {
    opened = await testDatabase(backend);
    await loadDemo(opened.db);
    const older = (await demoText())
      .replaceAll('Tilanne 09/2022', 'Tilanne 03/2021')
      .replace('Kuntalaisten palautteiden visualisointi kartalla\tx\t\t', 'Kuntalaisten palautteiden visualisointi kartalla\tx\tx\t');
    const summary = await importFollowup(opened.db, { municipality: 'porvoo', programme: DEMO_PROGRAMME, followup: parsed(older), actor: 'cli:test' });
    expect(summary.round).toMatchObject({ key: '2021-03', created: true });
    expect(summary.actions).toEqual({ created: 0, updated: 0, unchanged: 63 });
    const programme = (await findProgramme(opened.db, (await findMunicipality(opened.db, 'porvoo'))!, DEMO_PROGRAMME))!;
    expect(programme.latestRound?.key).toBe('2022-09');
    const action = (await getAction(opened.db, programme, '1.1'))!;
    expect(action.years).toEqual([2020]);
    expect(action.statuses.map((status) => status.round.key)).toEqual(['2022-09', '2021-03']);
  });

  it('says what a dry run would do and writes nothing', async () => {
    opened = await testDatabase(backend);
    await createMunicipality(opened.db, { slug: 'porvoo', code: '638', name: { fi: 'Porvoo' }, languages: ['fi'] }, 'test');
    const summary = await importFollowup(opened.db, {
      municipality: 'porvoo', programme: DEMO_PROGRAMME, followup: parsed(await demoText()), actor: 'cli:test', dryRun: true,
    });
    expect(summary).toMatchObject({ dryRun: true, changed: true, programme: { created: true }, actions: { created: 63 } });
    const [{ value }] = (await opened.db.select({ value: count() }).from(actions)) as [{ value: number }];
    expect(Number(value)).toBe(0);
    const audit = await opened.db.select().from(auditLog).where(eq(auditLog.action, 'followup.import'));
    expect(audit).toEqual([]);
  });

  it('refuses an unknown municipality and writes nothing', async () => {
    opened = await testDatabase(backend);
    await expect(importFollowup(opened.db, {
      municipality: 'nowhere', programme: DEMO_PROGRAMME, followup: parsed(await demoText()), actor: 'cli:test',
    })).rejects.toBeInstanceOf(UnknownMunicipalityError);
    const [{ value }] = (await opened.db.select({ value: count() }).from(actions)) as [{ value: number }];
    expect(Number(value)).toBe(0);
  });
});
