/**
 * The variants of a follow-up report met so far, or to be expected from the next round or the next
 * municipality, each built from the real 09/2022 report and read to the same actions and enablers.
 *
 * Why the parser reads tables by shape and content, not by fixed header words: the Swedish 03/2021
 * report heads its enablers "Den möjliggörande" where the Finnish says "Mahdollistaja", and words
 * change between rounds and languages (singular or plural, an article, a synonym). What does not
 * change is the shape: an actions table has year columns, a status column named by the round and `x`
 * marks; the enablers table has a name, two list columns with HTML lists, and the round's status. The
 * words are kept as evidence. Spreadsheet exports add their own variation: CRLF line endings, a byte
 * order mark, trailing spaces, an empty column, a tab inside a header cell, Latin-1 or UTF-16 bytes.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ParsedFollowup } from '../../domain/followup.ts';
import { DEMO_FOLLOWUP_FILE } from '../demo.ts';
import { parseFollowupFile } from './read-followup-file.ts';

const original = readFileSync(DEMO_FOLLOWUP_FILE, 'utf8');
const lines = original.split('\n');
const enablersStart = lines.findIndex((line) => line === 'Mahdollistajat');
const enablersEnd = lines.findIndex((line, at) => at > enablersStart + 1 && line === '');
const isHeader = (line: string) => line.startsWith('Käyttötapaus\t') || line.startsWith('Mahdollistaja\t');
const isTableLine = (line: string) => line.includes('\t');

/** Every line of the report changed by `edit`. */
const eachLine = (edit: (line: string) => string) => lines.map(edit).join('\n');

/** What must read the same in every variant: the rows, without their line numbers. */
function content(followup: ParsedFollowup) {
  return {
    round: [followup.round.year, followup.round.month],
    years: followup.years,
    sections: followup.sections.map((section) => section.actions.map(({ line: _, ...action }) => action)),
    enablers: followup.enablers.map(({ line: _, ...enabler }) => enabler),
  };
}

async function parsed(bytes: Uint8Array) {
  const result = await parseFollowupFile(bytes);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.followup;
}

const expected = content(await parsed(Buffer.from(original)));

const variants: [string, () => Uint8Array][] = [
  ['Finnish headers in the plural and with synonyms', () => Buffer.from(eachLine((line) =>
    line.replace(/^Käyttötapaus\t/, 'Käyttötapaukset\t').replace(/^Mahdollistaja\tToimenpide\tMittarit\t/, 'Mahdollistajat\tToimenpiteet\tMittari\t')))],
  ['Swedish headers, as the 03/2021 report has them', () => Buffer.from(eachLine((line) =>
    line.replace(/^Käyttötapaus\t/, 'Användningsfall\t').replace('Tilanne 09/2022', 'Status 09/2022')
      .replace(/^Mahdollistaja\tToimenpide\tMittarit\t/, 'Den möjliggörande\tÅtgärd\tMätare\t')))],
  ['Swedish headers with other words: "Åtgärder", "Läge", "Möjliggörarna"', () => Buffer.from(eachLine((line) =>
    line.replace(/^Käyttötapaus\t/, 'Åtgärder\t').replace('Tilanne 09/2022', 'Läge 09/2022')
      .replace(/^Mahdollistaja\tToimenpide\tMittarit\t/, 'Möjliggörarna\tÅtgärderna\tIndikatorer\t')))],
  ['header words never seen, told by shape alone', () => Buffer.from(eachLine((line) =>
    line.replace(/^Käyttötapaus\t/, 'Kohde\t').replace(/^Mahdollistaja\tToimenpide\tMittarit\t/, 'Teema\tKeinot\tSeuranta\t')))],
  ['the round written "Tilanne 9/2022", "Status per 09/2022", "Tilanne  09 / 2022"', () => {
    const forms = ['Tilanne 9/2022', 'Status per 09/2022', 'Tilanne  09 / 2022'];
    let header = 0;
    return Buffer.from(eachLine((line) => (isHeader(line) ? line.replace('Tilanne 09/2022', forms[header++ % forms.length]!) : line)));
  }],
  ['a tab inside the round header', () => Buffer.from(eachLine((line) => (isHeader(line) ? line.replace('Tilanne 09/2022', 'Tilanne\t09/2022') : line)))],
  ['the enablers table first', () => {
    const enablers = lines.slice(enablersStart, enablersEnd + 1);
    const rest = [...lines.slice(0, enablersStart), ...lines.slice(enablersEnd + 1)];
    const firstTable = rest.findIndex(isHeader);
    return Buffer.from([...rest.slice(0, firstTable), ...enablers, ...rest.slice(firstTable)].join('\n'));
  }],
  ['an empty column at the end of every table line', () => Buffer.from(eachLine((line) => (isTableLine(line) ? `${line}\t` : line)))],
  ['an empty column after the names', () => Buffer.from(eachLine((line) => (isTableLine(line) ? line.replace('\t', '\t\t') : line)))],
  ['CRLF line endings', () => Buffer.from(lines.join('\r\n'))],
  ['a byte order mark', () => Buffer.from(`\uFEFF${original}`)],
  ['trailing spaces', () => Buffer.from(eachLine((line) => `${line}   `))],
  ['Latin-1 (Windows-1252) bytes', () => iconv.encode(original, 'windows1252')],
  ['UTF-16 LE bytes with a byte order mark', () => Buffer.from(`\uFEFF${original}`, 'utf16le')],
  ['UTF-16 BE bytes without one', () => Buffer.from(original, 'utf16le').swap16()],
  ['all of it at once: Swedish headers, a split round label, CRLF, trailing spaces, Latin-1', () => iconv.encode(
    lines.map((line) => `${line.replace(/^Käyttötapaus\t/, 'Användningsfall\t').replace('Tilanne 09/2022', 'Status\t09/2022')} `).join('\r\n'),
    'windows1252',
  )],
];

describe('every variant of the report', () => {
  it.each(variants)('reads the same actions and enablers: %s', async (_, build) => {
    expect(content(await parsed(build()))).toEqual(expected);
  });
});

describe('what a variant tells', () => {
  it('keeps the round as printed and says how each table was recognised', async () => {
    const followup = await parsed(variants.find(([name]) => name.startsWith('header words never seen'))![1]());
    expect(followup.round.label).toBe('Tilanne 09/2022');
    expect(followup.tables[0]).toEqual({
      line: 13,
      kind: 'actions',
      evidence: [{ code: 'year_columns', from: 2020, to: 2023 }, { code: 'round_column', label: 'Tilanne 09/2022' }, { code: 'year_marks', rows: 9 }],
    });
    expect(followup.tables.at(-1)).toEqual({
      line: 92,
      kind: 'enablers',
      evidence: [{ code: 'round_column', label: 'Tilanne 09/2022' }, { code: 'html_lists', rows: 4 }],
    });
  });

  it('lists a column it does not read by its header', async () => {
    const withNotes = eachLine((line) => (line.startsWith('Käyttötapaus\t') ? `${line}\tHuomiot` : line));
    const followup = await parsed(Buffer.from(withNotes));
    expect(followup.tables[0]!.evidence.at(-1)).toEqual({ code: 'ignored_column', column: 7, header: 'Huomiot' });
    expect(content(followup)).toEqual(expected);
  });

  it('reads the text as Finnish under Swedish headers, while the round word stays Swedish', async () => {
    const followup = await parsed(variants.find(([name]) => name.startsWith('Swedish headers, as'))![1]());
    expect(followup.round).toMatchObject({ label: 'Status 09/2022', lang: 'sv' });
    expect(followup.language).toMatchObject({ lang: 'fi', decidedBy: 'text' });
  });
});
