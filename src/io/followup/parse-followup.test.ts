import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_FOLLOWUP_FILE } from '../demo.ts';
import { parseFollowup } from './parse-followup.ts';

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

describe('a Swedish report', () => {
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

  it('names a row outside a table and an unknown header', () => {
    const row = lineOf('Verkkokauppa');
    const header = lineOf('Mahdollistaja\t');
    const result = broken((l) => {
      l.splice(row, 0, '', 'Irrallinen rivi\tx\t\t\t\tTeksti');
      l[header + 1] = l[header + 1]!.replace('Mahdollistaja', 'Mahdollisuus');
      return l;
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([
      [row + 2, 'row_outside_table'],
      [header + 2, 'unknown_header'],
      [header + 3, 'row_outside_table'],
      [header + 4, 'row_outside_table'],
      [header + 5, 'row_outside_table'],
      [header + 6, 'row_outside_table'],
    ]);
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

  it('refuses a file without actions', () => {
    const enablersOnly = lines.slice(lineOf('Mahdollistaja\t') - 1).join('\n');
    expect(parseFollowup(enablersOnly)).toMatchObject({ ok: false, problems: [{ code: 'no_actions' }] });
  });

  it('tells a foreign text file that the importer reads follow-up reports', () => {
    expect(parseFollowup('Pelkkää tekstiä\n')).toEqual({ ok: false, problems: [{ line: 1, code: 'not_a_followup_report' }] });
    expect(parseFollowup('nimi;vuosi;tila\nA;2020;valmis\n')).toEqual({ ok: false, problems: [{ line: 1, code: 'not_a_followup_report', detail: 'CSV' }] });
  });
});
