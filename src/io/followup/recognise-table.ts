/**
 * What a table is, told by its shape and content: an actions table has year columns and, to tell
 * it from any table of years, a round column, a known header word or `x` marks; an enablers table has
 * a name column and two list columns (measures, metrics), told by two of: its header words, a round
 * column, HTML lists in its rows. Each reason found is kept as evidence.
 */
import type { ReportLang, TableEvidence } from '../../domain/followup.ts';
import { headerWordLang, type ColumnRole } from './header-words.ts';
import { parseRoundLabel, type RoundLabel } from './round-label.ts';
import { printable } from './printable.ts';
import type { TableRow } from './table-blocks.ts';

const YEAR = /^(19|20)\d{2}$/;
const YEAR_MARK = /^x$/i;
const HTML_LIST = /<(ul|ol|li|p|br)\b|•/i;

interface CommonLayout {
  /** The cells a row must have: up to the last column read. */
  columns: number;
  /** The header's columns, less trailing empty ones; a row's cells past them must be empty. */
  width: number;
  name: number;
  status: number | null;
  round: RoundLabel | null;
  /** Columns without a header, whose cells must be empty. */
  unnamed: number[];
  evidence: TableEvidence[];
}

export interface ActionsLayout extends CommonLayout {
  kind: 'actions';
  years: { column: number; year: number }[];
}

export interface EnablersLayout extends CommonLayout {
  kind: 'enablers';
  measures: number;
  metrics: number;
}

export type Recognition =
  | { ok: true; layout: ActionsLayout | EnablersLayout }
  /** `dataRow`: the first line looks like a row of an actions table, not a header. */
  | { ok: false; dataRow: boolean };

function headerWordEvidence(role: ColumnRole, header: string | undefined): TableEvidence[] {
  const lang: ReportLang | null = header ? headerWordLang(role, header) : null;
  return lang && header ? [{ code: 'header_word', word: header, lang }] : [];
}

/** The columns a layout reads, and the others: with a header as evidence, without one as unnamed. */
function columnsOf(header: string[], width: number, used: (number | null)[]) {
  const read = used.filter((column) => column !== null);
  const unnamed: number[] = [];
  const evidence: TableEvidence[] = [];
  for (let column = 0; column < width; column += 1) {
    if (read.includes(column)) continue;
    if (header[column]) evidence.push({ code: 'ignored_column', column: column + 1, header: printable(header[column]!) });
    else unnamed.push(column);
  }
  return { columns: Math.max(...read) + 1, width, unnamed, evidence };
}

function actionsLayout(header: string[], rows: TableRow[], width: number, roundAt: number, round: RoundLabel | null): ActionsLayout | null {
  const years = header.flatMap((cell, column) => (YEAR.test(cell) ? [{ column, year: Number(cell) }] : []));
  if (years.length === 0) return null;
  const isYear = (column: number) => years.some((year) => year.column === column);
  const name = header.findIndex((_, column) => !isYear(column) && column !== roundAt);
  if (name < 0) return null;
  const statusByWord = header.findIndex((cell, column) => column !== name && !isYear(column) && headerWordLang('status', cell));
  const status = roundAt >= 0 ? roundAt : statusByWord >= 0 ? statusByWord : null;
  const markedRows = rows.filter((row) => years.some(({ column }) => YEAR_MARK.test(row.cells[column] ?? ''))).length;
  const wordEvidence = headerWordEvidence('action', header[name]);
  if (!round && wordEvidence.length === 0 && markedRows === 0) return null;
  const { evidence: ignored, ...columns } = columnsOf(header, width, [name, status, ...years.map((year) => year.column)]);
  const evidence: TableEvidence[] = [
    { code: 'year_columns', from: Math.min(...years.map((y) => y.year)), to: Math.max(...years.map((y) => y.year)) },
    ...(round ? [{ code: 'round_column' as const, label: round.label }] : []),
    ...wordEvidence,
    ...(markedRows > 0 ? [{ code: 'year_marks' as const, rows: markedRows }] : []),
    ...ignored,
  ];
  return { kind: 'actions', ...columns, name, status, round, years, evidence };
}

function enablersLayout(header: string[], rows: TableRow[], width: number, roundAt: number, round: RoundLabel | null): EnablersLayout | null {
  const named = header.flatMap((cell, column) => (cell && column !== roundAt ? [column] : []));
  const name = named[0];
  if (name === undefined) return null;
  const statusByWord = named.find((column) => column !== name && headerWordLang('status', header[column]!));
  const status = roundAt >= 0 ? roundAt : statusByWord ?? null;
  const lists = named.filter((column) => column !== name && column !== status);
  const measures = lists.find((column) => headerWordLang('measures', header[column]!)) ?? lists.find((column) => !headerWordLang('metrics', header[column]!));
  const metrics = lists.find((column) => column !== measures && headerWordLang('metrics', header[column]!)) ?? lists.find((column) => column !== measures);
  if (measures === undefined || metrics === undefined) return null;
  const listRows = rows.filter((row) => row.cells.some((cell) => HTML_LIST.test(cell))).length;
  const words = [
    ...headerWordEvidence('enabler', header[name]),
    ...headerWordEvidence('measures', header[measures]),
    ...headerWordEvidence('metrics', header[metrics]),
  ];
  const evidence: TableEvidence[] = [
    ...words,
    ...(round ? [{ code: 'round_column' as const, label: round.label }] : []),
    ...(listRows > 0 ? [{ code: 'html_lists' as const, rows: listRows }] : []),
  ];
  const reasons = words.length + (round ? 1 : 0) + (listRows > 0 ? 1 : 0);
  if (reasons < 2) return null;
  const { evidence: ignored, ...columns } = columnsOf(header, width, [name, status, measures, metrics]);
  return { kind: 'enablers', ...columns, name, status, measures, metrics, round, evidence: [...evidence, ...ignored] };
}

export function recogniseTable(header: string[], rows: TableRow[]): Recognition {
  const width = header.findLastIndex((cell) => cell !== '') + 1;
  const roundAt = header.findLastIndex((cell) => parseRoundLabel(cell));
  const round = roundAt >= 0 ? parseRoundLabel(header[roundAt]!) : null;
  const layout = actionsLayout(header, rows, width, roundAt, round) ?? enablersLayout(header, rows, width, roundAt, round);
  if (layout) return { ok: true, layout };
  return { ok: false, dataRow: header.some((cell) => YEAR_MARK.test(cell)) };
}
