/**
 * Reads a follow-up report as exported from the programme's tables (tab-separated, see
 * demo/porvoo-followup-2022-09-fi.txt and demo/porvoo-followup-2021-03-sv.txt): a title naming the
 * round, tables of actions with year columns and the round's status, and the enablers table. Tables
 * are recognised by shape and content, in any order and either language, and each says how. Returns
 * every problem with its line instead of the first one, so a person can fix a file in one go.
 */
import { actionNameKey } from '../../domain/action-name.ts';
import type {
  FileProblem,
  ParsedEnablerRow,
  ParsedFollowup,
  ParsedSection,
  RecognisedTable,
} from '../../domain/followup.ts';
import { fileProblem } from './file-problem.ts';
import { foreignTextKind } from './foreign-text.ts';
import { readActionRow, readEnablerRow } from './read-rows.ts';
import { recogniseTable } from './recognise-table.ts';
import { detectLanguage } from './report-language.ts';
import { splitReportLines } from './table-blocks.ts';

export type ParseResult = { ok: true; followup: ParsedFollowup } | { ok: false; problems: FileProblem[] };

const byLine = (problems: FileProblem[]) => problems.sort((a, b) => a.line - b.line);

export function parseFollowup(input: string): ParseResult {
  const { blocks, titleRounds, problems, lineCount } = splitReportLines(input);
  const characterProblems = problems.length;
  const sections: ParsedSection[] = [];
  const enablers: ParsedEnablerRow[] = [];
  const tables: RecognisedTable[] = [];
  const seenNames = new Map<string, number>();
  const years = new Set<number>();
  const rounds = [...titleRounds];

  blocks.forEach((block, index) => {
    const recognition = recogniseTable(block.header, block.rows);
    if (!recognition.ok) {
      if (recognition.dataRow) {
        for (const { line } of [block, ...block.rows]) problems.push(fileProblem(line, 'row_outside_table'));
      } else problems.push({ ...fileProblem(block.line, 'unknown_header', block.header.join('\t')), table: index + 1 });
      return;
    }
    const { layout } = recognition;
    tables.push({ line: block.line, kind: layout.kind, evidence: layout.evidence });
    if (layout.round) rounds.push({ round: layout.round, line: block.line });
    if (layout.kind === 'enablers') {
      for (const row of block.rows) {
        const enabler = readEnablerRow(row, layout, problems);
        if (enabler) enablers.push(enabler);
      }
      return;
    }
    for (const { year } of layout.years) years.add(year);
    const section: ParsedSection = { position: sections.length + 1, line: block.line, actions: [] };
    sections.push(section);
    for (const row of block.rows) {
      const action = readActionRow(row, layout, problems);
      if (!action) continue;
      const key = actionNameKey(action.name);
      const earlier = seenNames.get(key);
      if (earlier) problems.push(fileProblem(action.line, 'duplicate_action', String(earlier)));
      seenNames.set(key, action.line);
      section.actions.push(action);
    }
  });

  if (tables.length === 0) {
    const foreign = fileProblem(1, 'not_a_followup_report', foreignTextKind(input.split(/\r\n|\r|\n/)));
    return { ok: false, problems: byLine([...problems.slice(0, characterProblems), foreign]) };
  }
  const round = rounds.sort((a, b) => a.line - b.line)[0]?.round;
  for (const { round: other, line } of rounds) {
    if (round && (other.year !== round.year || other.month !== round.month)) {
      problems.push(fileProblem(line, 'mixed_rounds', `${round.label} / ${other.label}`));
    }
  }
  if (!round) problems.push(fileProblem(1, 'no_round_header'));
  if (sections.every((section) => section.actions.length === 0)) problems.push(fileProblem(lineCount, 'no_actions'));
  if (problems.length > 0 || !round) return { ok: false, problems: byLine(problems) };
  const actions = sections.flatMap((section) => section.actions);
  const texts = [...actions.flatMap((a) => [a.name, a.statusText]), ...enablers.flatMap((e) => [e.name, ...e.measures, ...e.metrics, ...e.status])];
  return {
    ok: true,
    followup: {
      round: { year: round.year, month: round.month, label: round.label, lang: round.lang },
      years: [...years].sort((a, b) => a - b),
      sections,
      enablers,
      tables,
      language: detectLanguage(round, tables, texts),
    },
  };
}

