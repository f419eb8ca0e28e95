/**
 * Reads a follow-up report as exported from the programme's tables (tab-separated, see
 * demo/porvoo-followup-2022-09-fi.txt): a title naming the round, tables of actions with year
 * columns and the round's status, and the enablers table. Returns every problem with its line
 * instead of the first one, so a person can fix a file in one go.
 */
import { parseActionName, actionNameKey } from '../../domain/action-name.ts';
import type {
  FileProblem,
  ParsedEnablerRow,
  ParsedFollowup,
  ParsedRound,
  ParsedSection,
} from '../../domain/followup.ts';
import { invalidCharacterReferences } from './character-reference.ts';
import { fileProblem } from './file-problem.ts';
import { foreignTextKind } from './foreign-text.ts';
import { cellItems } from './html-cell.ts';
import { lineCharacterProblems } from './line-characters.ts';

export type ParseResult = { ok: true; followup: ParsedFollowup } | { ok: false; problems: FileProblem[] };

const ROUND_LABEL = /^(Tilanne|Status|Läge)\s+(\d{1,2})\/(\d{4})$/u;
const ACTION_HEADERS: Record<string, 'fi' | 'sv'> = { käyttötapaus: 'fi', användningsfall: 'sv' };
const ENABLER_HEADERS: Record<string, readonly string[]> = {
  fi: ['mahdollistaja', 'toimenpide', 'mittarit'],
  sv: ['möjliggörare', 'åtgärd', 'mätare'],
};

function parseRoundLabel(text: string): ParsedRound | null {
  const match = ROUND_LABEL.exec(text.replace(/[*_]/g, '').trim());
  if (!match) return null;
  const [, word, month, year] = match;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return null;
  return {
    year: Number(year),
    month: monthNumber,
    label: `${word} ${month!.padStart(2, '0')}/${year}`,
    lang: word === 'Tilanne' ? 'fi' : 'sv',
  };
}

type Table =
  | { kind: 'actions'; years: number[]; columns: number; section: ParsedSection }
  | { kind: 'enablers'; columns: number };

export function parseFollowup(input: string): ParseResult {
  const lines = input.replace(/^\uFEFF/, '').split(/\r?\n/);
  const problems: FileProblem[] = [];
  const sections: ParsedSection[] = [];
  const enablers: ParsedEnablerRow[] = [];
  const seenNames = new Map<string, number>();
  let round: ParsedRound | null = null;
  let years: number[] | null = null;
  let table: Table | null = null;
  let sawEnablers = false;

  const noteRound = (found: ParsedRound, line: number) => {
    if (!round) round = found;
    else if (round.year !== found.year || round.month !== found.month) {
      problems.push(fileProblem(line, 'mixed_rounds', `${round.label} / ${found.label}`));
    }
  };

  lines.forEach((raw, index) => {
    const line = index + 1;
    problems.push(...lineCharacterProblems(raw, line));
    if (raw.trim() === '') {
      table = null;
      return;
    }
    if (!raw.includes('\t')) {
      if (table) problems.push(fileProblem(line, 'column_count', `1/${table.columns}`));
      else {
        const found = parseRoundLabel(raw);
        if (found) noteRound(found, line);
      }
      return;
    }
    const cells = raw.split('\t').map((cell) => cell.trim());
    if (!table) {
      const header = readHeader(cells);
      if (!header) {
        const looksLikeHeader = cells.some((cell) => /^\d{4}$/.test(cell) || parseRoundLabel(cell));
        problems.push(fileProblem(line, looksLikeHeader ? 'unknown_header' : 'row_outside_table', cells[0]));
        return;
      }
      if (header.round) noteRound(header.round, line);
      if (header.kind === 'actions') {
        if (years && years.join() !== header.years.join()) {
          problems.push(fileProblem(line, 'unknown_header', header.years.join(' ')));
        }
        years ??= header.years;
        const section: ParsedSection = { position: sections.length + 1, line, actions: [] };
        sections.push(section);
        table = { kind: 'actions', years: header.years, columns: cells.length, section };
      } else {
        table = { kind: 'enablers', columns: cells.length };
        sawEnablers = true;
      }
      return;
    }
    if (cells.length !== table.columns) {
      problems.push(fileProblem(line, 'column_count', `${cells.length}/${table.columns}`));
      return;
    }
    if (table.kind === 'enablers') {
      const [name = '', measures = '', metrics = '', status = ''] = cells;
      for (const reference of [measures, metrics, status].flatMap(invalidCharacterReferences)) {
        problems.push(fileProblem(line, 'invalid_character_reference', reference));
      }
      if (!name) problems.push(fileProblem(line, 'empty_name'));
      else enablers.push({ line, name, measures: cellItems(measures), metrics: cellItems(metrics), status: cellItems(status) });
      return;
    }
    const [printedName = '', ...rest] = cells;
    const marks = rest.slice(0, table.years.length);
    const statusText = rest.slice(table.years.length).join(' ').trim();
    const scheduled: number[] = [];
    marks.forEach((mark, at) => {
      if (/^x$/i.test(mark)) scheduled.push(table!.kind === 'actions' ? table!.years[at]! : 0);
      else if (mark !== '') problems.push(fileProblem(line, 'bad_year_mark', mark));
    });
    const parsedName = parseActionName(printedName);
    if (!parsedName.name) {
      problems.push(fileProblem(line, 'empty_name'));
      return;
    }
    const key = actionNameKey(parsedName.name);
    const earlier = seenNames.get(key);
    if (earlier) problems.push(fileProblem(line, 'duplicate_action', String(earlier)));
    seenNames.set(key, line);
    table.section.actions.push({ line, ...parsedName, years: scheduled, statusText });
  });

  if (sections.length === 0 && !sawEnablers) {
    return { ok: false, problems: [...problems, fileProblem(1, 'not_a_followup_report', foreignTextKind(lines))].sort((a, b) => a.line - b.line) };
  }
  if (!round) problems.push({ line: 1, code: 'no_round_header' });
  if (sections.every((section) => section.actions.length === 0)) problems.push({ line: lines.length, code: 'no_actions' });
  if (problems.length > 0 || !round) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  return { ok: true, followup: { round, years: years ?? [], sections, enablers } };
}

type Header =
  | { kind: 'actions'; years: number[]; round: ParsedRound | null }
  | { kind: 'enablers'; round: ParsedRound | null };

function readHeader(cells: string[]): Header | null {
  const first = (cells[0] ?? '').toLocaleLowerCase('fi');
  const last = cells.at(-1) ?? '';
  const round = parseRoundLabel(last);
  if (ACTION_HEADERS[first]) {
    const yearCells = cells.slice(1, -1);
    if (!round || yearCells.length === 0 || !yearCells.every((cell) => /^\d{4}$/.test(cell))) return null;
    return { kind: 'actions', years: yearCells.map(Number), round };
  }
  for (const expected of Object.values(ENABLER_HEADERS)) {
    const names = cells.slice(0, expected.length).map((cell) => cell.toLocaleLowerCase('fi'));
    if (names.join('\t') === expected.join('\t') && cells.length === expected.length + 1 && round) {
      return { kind: 'enablers', round };
    }
  }
  return null;
}
