/**
 * Reads the CSV staff paste or upload for metric values: `metric, period, value, source` (and an
 * optional `note`), with a header row. Comma, semicolon (Excel in Finnish and Swedish) or tab
 * separated, quotes as in RFC 4180. csv-parse is only a development dependency, and this small
 * reader keeps each row's line number, which the preview names.
 */
import type { ValueInput } from '../services/metrics/metric-values.ts';

export const METRIC_CSV_COLUMNS = ['metric', 'period', 'value', 'source', 'note'] as const;

/** Splits CSV text into records of fields, each with the line it starts on. */
export function readCsvRecords(text: string): { line: number; fields: string[] }[] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', '\t', ','].map((candidate) => ({ candidate, count: firstLine.split(candidate).length }))
    .sort((a, b) => b.count - a.count)[0]!.candidate;
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    fields.push(field);
    if (fields.some((value) => value.trim() !== '')) records.push({ line: start, fields });
    fields = [];
    field = '';
  };
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index]!;
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') { field += '"'; index += 1; }
      else if (char === '"') quoted = false;
      else { if (char === '\n') line += 1; field += char; }
    } else if (char === '"' && field.trim() === '') { field = ''; quoted = true; }
    else if (char === delimiter) { fields.push(field); field = ''; }
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[index + 1] === '\n') index += 1;
      endRecord();
      line += 1;
      start = line;
    } else field += char;
  }
  endRecord();
  return records;
}

export type MetricCsv =
  | { ok: true; rows: ValueInput[]; lines: number[] }
  /** The header lacks a column the rows need. */
  | { ok: false; missing: string[] };

/** The rows of a metric-values CSV by their header's column names (in any order, any case). */
export function readMetricCsv(text: string): MetricCsv {
  const [header, ...records] = readCsvRecords(text);
  const names = (header?.fields ?? []).map((name) => name.trim().toLowerCase());
  const missing = METRIC_CSV_COLUMNS.slice(0, 3).filter((column) => !names.includes(column));
  if (missing.length > 0) return { ok: false, missing };
  const at = (fields: string[], column: string) => {
    const index = names.indexOf(column);
    return index < 0 ? undefined : (fields[index] ?? '');
  };
  return {
    ok: true,
    lines: records.map((record) => record.line),
    rows: records.map(({ fields }) => ({
      metric: at(fields, 'metric') ?? '', period: at(fields, 'period') ?? '', value: at(fields, 'value') ?? '',
      source: at(fields, 'source'), note: at(fields, 'note'),
    })),
  };
}
