import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_FOLLOWUP_FILE } from '../demo.ts';
import { parseFollowup } from './parse-followup.ts';

const SWEDISH_FILE = new URL('../../../demo/porvoo-followup-2021-03-sv.txt', import.meta.url);

const real = readFileSync(DEMO_FOLLOWUP_FILE, 'utf8');
const lines = real.split('\n');
const lineOf = (start: string) => lines.findIndex((line) => line.startsWith(start)) + 1;

function parsedReal() {
  const result = parseFollowup(real);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.followup;
}

describe('parsing the real follow-up report 09/2022', () => {
  it('finds the round, its language and the year columns', () => {
    const followup = parsedReal();
    expect(followup.round).toEqual({ year: 2022, month: 9, label: 'Tilanne 09/2022', lang: 'fi' });
    expect(followup.years).toEqual([2020, 2021, 2022, 2023]);
    expect(followup.tables.map((table) => [table.line, table.kind])).toEqual([
      [13, 'actions'], [24, 'actions'], [32, 'actions'], [43, 'actions'], [57, 'actions'], [71, 'actions'], [80, 'actions'], [92, 'enablers'],
    ]);
    expect(followup.language).toMatchObject({ lang: 'fi', decidedBy: 'text' });
  });

  it('reads every table in order with every row', () => {
    const followup = parsedReal();
    expect(followup.sections.map((section) => section.actions.length)).toEqual([9, 6, 9, 12, 12, 7, 8]);
    const first = followup.sections[0]!.actions[0]!;
    expect(first).toMatchObject({ name: 'Kuntalaisten palautteiden visualisointi kartalla', years: [2020], statusText: 'Toteutettu 2020.', coFunded: false });
    const twin = followup.sections[0]!.actions.find((a) => a.name === 'Digitaalinen kaksonen rakennuksista')!;
    expect(twin).toMatchObject({ years: [2023], statusText: '' });
  });

  it('reads the co-funding star, trailing or inside the name, and keeps it out of the name', () => {
    const all = parsedReal().sections.flatMap((section) => section.actions);
    const coFunded = all.filter((a) => a.coFunded);
    expect(coFunded.map((a) => a.name)).toContain('Talousraportointi, joka tukee resurssien oikeaa kohdentamista');
    expect(coFunded).toHaveLength(9);
    expect(all.every((a) => !a.name.includes('*'))).toBe(true);
    const partly = all.find((a) => a.name.startsWith('Sähköisen asioinnin kehittäminen'))!;
    expect(partly).toMatchObject({
      name: 'Sähköisen asioinnin kehittäminen: Suomi.fi -integraatiot, valtuudet, maksaminen, laatutyökalut',
      coFunded: true,
      coFundedPart: 'maksaminen',
    });
  });

  it('turns the HTML lists of the enablers table into clean lists', () => {
    const enablers = parsedReal().enablers;
    expect(enablers.map((e) => e.name)).toEqual([
      'MITÄ – Kokonaisarkkitehtuuri ja tietopolitiikka',
      'MITEN & MILLÄ – Operatiiviset järjestelmät ja ICT-infrastrukturi',
      'MITEN EDETÄÄN - Ideasta tuotantoon',
      'OSAAMINEN - Työn mielekkyys ja digiosaaminen',
    ]);
    expect(enablers[0]!.measures).toEqual([
      'Kuvataan kokonaisarkkitehtuuri (nykytila vs. tavoite)',
      'Luodaan kokonaisarkkitehtuurin hallintamalli',
      'Kokonaisarkkitehtuurin jalkauttaminen ja juurruttaminen',
      'Luodaan tietopolitiikka, sisältäen tekoälyn eettiset käytänteet ja tietotilinpäätös',
    ]);
    expect(enablers[0]!.metrics).toEqual(['Toimenpide tehty / ei tehty', '% kaupungin datoista tiedon hallintamallin alla']);
    expect(enablers[1]!.measures).toContain('Master Datan eheyttäminen');
    expect(enablers[1]!.status).toEqual([]);
    expect(enablers[2]!.status).toHaveLength(2);
    for (const enabler of enablers) {
      for (const item of [...enabler.measures, ...enabler.metrics, ...enabler.status]) expect(item).not.toMatch(/[<>]/);
    }
  });
});

describe('parsing the real Swedish follow-up report 03/2021', () => {
  const parsed = () => {
    const result = parseFollowup(readFileSync(SWEDISH_FILE, 'utf8'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.followup;
  };

  it('reads its 51 actions in 6 tables and its 4 enablers, though its headers differ from the Finnish', () => {
    const followup = parsed();
    expect(followup.round).toEqual({ year: 2021, month: 3, label: 'Status 03/2021', lang: 'sv' });
    expect(followup.years).toEqual([2020, 2021, 2022, 2023]);
    expect(followup.sections.map((section) => section.actions.length)).toEqual([8, 7, 10, 8, 11, 7]);
    expect(followup.sections.map((section) => section.line)).toEqual([13, 23, 32, 44, 54, 67]);
    expect(followup.enablers).toHaveLength(4);
  });

  it('reads its rows exactly', () => {
    const actions = parsed().sections.flatMap((section) => section.actions);
    expect(actions[0]).toEqual({ line: 14, name: 'Visualisering av kommuninvånarnas respons på karta', coFunded: false, coFundedPart: null, years: [2020], statusText: 'Gjort 2020.' });
    expect(actions.at(-1)).toEqual({ line: 74, name: 'Utveckling av Team Borgå-applikationen', coFunded: false, coFundedPart: null, years: [2021], statusText: 'Appen övergavs under 2020 av ekonomiska skäl.' });
    expect(actions.filter((action) => action.coFunded).map((action) => action.name)).toEqual([
      'Ekonomiska rapporteringen, som stöder korrekt allokering av resurserna',
      'Befolkningsprognos för Borgå stad',
      'Distansundervisning inom den grundläggande konst undervisningen',
      'Automatisering av budgetproposition',
      'Utveckling av plattform och integrationer för affärssystemet för kundrelationer och tjänstehantering',
      'En diskuterande chatbot som är baserad på på artificiell intelligens',
    ]);
    expect(actions.find((action) => action.name === 'Byggnadernas digitala tvillingar')).toMatchObject({ years: [2023], statusText: '' });
  });

  it('recognises the enablers table headed "Den möjliggörande" and splits its lists at their bullets', () => {
    const followup = parsed();
    expect(followup.tables.at(-1)).toEqual({
      line: 78,
      kind: 'enablers',
      evidence: [
        { code: 'header_word', word: 'Den möjliggörande', lang: 'sv' },
        { code: 'header_word', word: 'Åtgärd', lang: 'sv' },
        { code: 'header_word', word: 'Mätare', lang: 'sv' },
        { code: 'round_column', label: 'Status 03/2021' },
        { code: 'html_lists', rows: 4 },
      ],
    });
    const [what, how, , skills] = followup.enablers;
    expect(what!.measures).toEqual([
      'Den övergripande arkitekturen beskrivs (nuläge vs målet)',
      'Ett förvaltningssystem skapas för den övergripande arkitekturen',
      'Den övergripande arkitekturen anläggs och etableras',
      'Vi skapar informationspolitik som innebär etiskt protokoll för artificiell intelligens och databokslut',
    ]);
    expect(what!.metrics).toEqual(['Åtgärden har utförts/inte utförts', '% av stadens data under dataförvaltningssystem']);
    expect(how!.status).toEqual([]);
    expect(skills!.metrics).toEqual(['Arbetets meningsfullhet (personalenkät)', 'Användarstatistik:', 'användning av stadens egna inlärningsplattform (OSKU)', 'O365 användning', 'Avlagda utbildningar']);
  });

  it('says how it recognised each actions table and which language the report is in', () => {
    const followup = parsed();
    expect(followup.tables[0]).toEqual({
      line: 13,
      kind: 'actions',
      evidence: [
        { code: 'year_columns', from: 2020, to: 2023 },
        { code: 'round_column', label: 'Status 03/2021' },
        { code: 'header_word', word: 'Användningsfall', lang: 'sv' },
        { code: 'year_marks', rows: 8 },
      ],
    });
    expect(followup.language).toMatchObject({ lang: 'sv', decidedBy: 'text', evidence: [{ code: 'round_word', word: 'Status', lang: 'sv' }, { code: 'header_words', fi: 0, sv: 9 }, { code: 'text_words', fi: 0 }] });
  });
});

describe('a small Swedish report', () => {
  it('is recognised by its headers', () => {
    const swedish = [
      'Borgå stads digitala program: Status 03/2021',
      '',
      'Användningsfall\t2020\t2021\t2022\t2023\tStatus 03/2021',
      'Elektronisk underskrift*\tx\tx\t\t\tGjort 2020.',
      '',
      'Möjliggörare\tÅtgärd\tMätare\tStatus 03/2021',
      'KOMPETENS\t<ul> Utbildningar</ul>\t<ul> # kurser</ul>\tPågår.',
    ].join('\n');
    const result = parseFollowup(swedish);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.followup.round).toEqual({ year: 2021, month: 3, label: 'Status 03/2021', lang: 'sv' });
    expect(result.followup.sections[0]!.actions[0]).toMatchObject({ name: 'Elektronisk underskrift', coFunded: true, years: [2020, 2021] });
    expect(result.followup.enablers[0]).toMatchObject({ name: 'KOMPETENS', measures: ['Utbildningar'], metrics: ['# kurser'], status: ['Pågår.'] });
  });
});

describe('a malformed report', () => {
  const broken = (edit: (text: string[]) => string[]) => parseFollowup(edit([...lines]).join('\n'));

  it('names a wrong column count with its line', () => {
    const at = lineOf('Sidonnaisuusilmoitusten');
    const result = broken((l) => { l[at - 1] = l[at - 1]!.replace('\tx\t', '\t'); return l; });
    expect(result).toEqual({ ok: false, problems: [{ line: at, code: 'column_count', detail: '5/6' }] });
  });

  it('names a row outside a table, each line of it', () => {
    const row = lineOf('Verkkokauppa');
    const result = broken((l) => {
      l.splice(row, 0, '', 'Irrallinen rivi\tx\t\t\t\tTeksti', 'Toinen irrallinen\t\tx\t\t\t');
      return l;
    });
    expect(result).toEqual({ ok: false, problems: [{ line: row + 2, code: 'row_outside_table' }, { line: row + 3, code: 'row_outside_table' }] });
  });

  it('names a table it cannot tell apart: which table, its line and its header', () => {
    const result = broken((l) => {
      l.splice(lineOf('Mahdollistajat') - 1, 0, 'Yhteyshenkilö\tPuhelin', 'Maija Meikäläinen\t040 123', '');
      return l;
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ line: lineOf('Mahdollistajat'), code: 'unknown_header', table: 8, detail: 'Yhteyshenkilö\\x09Puhelin' }],
    });
  });

  it('names a cell in a column without a header, and cells past the last column', () => {
    const at = lineOf('Sidonnaisuusilmoitusten');
    const header = lineOf('Käyttötapaus');
    const result = broken((l) => {
      // The first table gets an empty column after the names, as a spreadsheet export may add.
      for (let index = header - 1; l[index] !== ''; index += 1) l[index] = l[index]!.replace('\t', '\t\t');
      l[at - 1] = l[at - 1]!.replace('\t\t', '\tHukassa\t');
      l[at] = `${l[at]!}\tLopussa`;
      return l;
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ line: at, code: 'cell_without_header', detail: 'Hukassa' }, { line: at + 1, code: 'column_count', detail: '8/7' }],
    });
  });

  it('reports every problem at once: year marks, empty names, duplicates, mixed rounds', () => {
    const at = lineOf('Aurinkoenergiadatan');
    const result = broken((l) => {
      l[at - 1] = l[at - 1]!.replace('\t\t\t\tx\t', '\t\t\t\t2023\t');
      l[at] = `\t${l[at]!.split('\t').slice(1).join('\t')}`;
      l[at + 1] = lines[lineOf('Kuntalaisten palautteiden') - 1]!;
      const lastHeader = l.findLastIndex((line) => line.startsWith('Käyttötapaus'));
      l[lastHeader] = l[lastHeader]!.replace('09/2022', '03/2023');
      return l;
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([
      [at, 'bad_year_mark'],
      [at + 1, 'empty_name'],
      [at + 2, 'duplicate_action'],
      [lines.findLastIndex((line) => line.startsWith('Käyttötapaus')) + 1, 'mixed_rounds'],
    ]);
    expect(result.problems[0]).toMatchObject({ detail: '2023' });
  });

  it('refuses a file without a round or without actions', () => {
    const enablersOnly = lines.slice(lineOf('Mahdollistaja\t') - 1).join('\n');
    expect(parseFollowup(enablersOnly)).toMatchObject({ ok: false, problems: [{ code: 'no_actions' }] });
    expect(parseFollowup(enablersOnly.replace('Tilanne 09/2022', 'Tilanne'))).toMatchObject({
      ok: false,
      problems: [{ line: 1, code: 'no_round_header' }, { code: 'no_actions' }],
    });
  });

  it('tells a foreign text file that the importer reads follow-up reports', () => {
    expect(parseFollowup('Pelkkää tekstiä\n')).toEqual({ ok: false, problems: [{ line: 1, code: 'not_a_followup_report' }] });
    expect(parseFollowup('nimi;vuosi;tila\nA;2020;valmis\n')).toEqual({ ok: false, problems: [{ line: 1, code: 'not_a_followup_report', detail: 'CSV' }] });
  });
});
