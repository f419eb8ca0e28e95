import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

const BOM = '\uFEFF';

/** Any text, weighted towards what CSV and spreadsheets treat specially. */
const cellText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom('a', 'ä', ' ', ',', ';', '"', "'", '\r', '\n', '\t', '=', '+', '-', '@', '\uFF1D'),
  }),
);

function readBack(csv: string): string[][] {
  return parse(csv, { bom: true });
}

const FORMULA_START = '[=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20]';

/** What a spreadsheet should show for a text cell: an apostrophe before a formula at its start or after a `;`. */
function neutralised(text: string): string {
  const inside = text.replace(new RegExp(`;(?=${FORMULA_START})`, 'g'), ";'");
  return new RegExp(`^${FORMULA_START}`).test(inside) ? `'${inside}` : inside;
}

describe('toCsv', () => {
  it('writes a BOM, a header row and CRLF line ends', () => {
    const csv = toCsv(['id', 'name'], [
      { id: '1.1', name: 'Kuntalaisten palautteet' },
      { id: '1.2', name: 'Åtgärd' },
    ]);
    expect(csv).toBe(`${BOM}id,name\r\n1.1,Kuntalaisten palautteet\r\n1.2,Åtgärd\r\n`);
  });

  it('writes only the asked columns, in their order', () => {
    const csv = toCsv(['b', 'a'], [{ a: 'first', b: 'second', c: 'ignored' } as { a: string; b: string }]);
    expect(readBack(csv)).toEqual([
      ['b', 'a'],
      ['second', 'first'],
    ]);
  });

  it('writes numbers and booleans as text and null as an empty cell', () => {
    const csv = toCsv(['n', 'yes', 'no', 'none'], [{ n: -5, yes: true, no: false, none: null }]);
    expect(readBack(csv)[1]).toEqual(['-5', 'true', 'false', '']);
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    const cells = ['=SUM(A1:A2)', '+1', '-1+1', '@cmd', '\tx', '\rx', 'a=b'];
    const csv = toCsv(['cell'], cells.map((cell) => ({ cell })));
    expect(readBack(csv).slice(1).map(([cell]) => cell)).toEqual([
      "'=SUM(A1:A2)",
      "'+1",
      "'-1+1",
      "'@cmd",
      "'\tx",
      "'\rx",
      'a=b',
    ]);
  });

  it('quotes delimiters, quotes and lone line breaks inside cells', () => {
    // Readers that split on any line break (not only CRLF) need lone CR and LF quoted too.
    const csv = toCsv(['a', 'b'], [{ a: 'x, "y"\nz', b: 'x\ry' }]);
    expect(csv).toBe(`${BOM}a,b\r\n"x, ""y""\nz","x\ry"\r\n`);
  });

  it('quotes a cell holding a semicolon, the separator of Finnish and Swedish Excel', () => {
    const csv = toCsv(['a', 'b'], [{ a: 'Nimi;Namn', b: 'plain' }]);
    expect(csv).toBe(`${BOM}a,b\r\n"Nimi;Namn",plain\r\n`);
  });

  it('neutralises a formula after a semicolon, where such an Excel starts a new cell', () => {
    const csv = toCsv(['id', 'name'], [{ id: '1.1', name: "Nimi;=cmd|' /C calc'!A0" }]);
    expect(csv).toBe(`${BOM}id,name\r\n1.1,"Nimi;'=cmd|' /C calc'!A0"\r\n`);
    // Split the way an Excel set to `;` does: no field may start with a formula character.
    const fields = csv.slice(1).split(/\r\n/).flatMap((line) => line.split(';'));
    expect(fields.filter((field) => /^[=+\-@]/.test(field))).toEqual([]);
    expect(readBack(csv)[1]).toEqual(['1.1', "Nimi;'=cmd|' /C calc'!A0"]);
  });

  it('keeps any text through a round trip, apart from the neutralising apostrophe', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cellText, cellText)), (cells) => {
        const rows = cells.map(([first, second]) => ({ first, second }));
        const parsed = readBack(toCsv(['first', 'second'], rows));
        expect(parsed).toEqual([
          ['first', 'second'],
          ...cells.map(([first, second]) => [neutralised(first), neutralised(second)]),
        ]);
      }),
    );
  });
});
