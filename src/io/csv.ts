/**
 * Writes tables as CSV that spreadsheet programs open right: UTF-8 with a byte order mark (without
 * it Excel reads the file as the local 8-bit code page and breaks "ä" and "å"), CRLF line ends and a
 * header row. Cells are open data typed by anyone, so a text starting with = + - @ tab or CR gets a
 * leading apostrophe: a spreadsheet would otherwise run it as a formula (CSV injection).
 *
 * Excel in Finnish and Swedish separates fields with `;`, so a cell holding one is quoted as well,
 * and a formula character right after a `;` gets the same apostrophe: such an Excel splits
 * `1,"Nimi;=cmd|' /C calc'!A0"` at the `;` (the quote does not open that field, it is not the
 * field's first character), and the part after it would run as a formula.
 */
import { stringify } from 'csv-stringify/sync';

export type CsvValue = string | number | boolean | null;

/** A `;` followed by what a spreadsheet reads as the start of a formula (the ASCII ones and their full-width forms). */
const FORMULA_AFTER_SEMICOLON = /;(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/g;

/**
 * One row per record; `columns` are the keys to write, in order, and the header row. A document for
 * Finnish or Swedish Excel uses `;`, the list separator of those locales (cells holding one are quoted).
 */
export function toCsv<Column extends string>(
  columns: readonly Column[],
  rows: Iterable<Readonly<Record<Column, CsvValue>>>,
  { delimiter = ',' }: { delimiter?: ',' | ';' } = {},
): string {
  return stringify([...rows], {
    bom: true,
    delimiter,
    header: true,
    columns: [...columns],
    record_delimiter: 'windows',
    // Setting the delimiter turns this off; a lone CR or LF inside a cell must still be quoted.
    quote_record_delimiter: true,
    quoted_match: ';',
    escape_formulas: true,
    cast: {
      boolean: (value) => String(value),
      string: (value) => value.replace(FORMULA_AFTER_SEMICOLON, ";'"),
    },
  });
}
