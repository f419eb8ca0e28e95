/**
 * A report's lines as tables: a table is a header row and the rows after it, up to an empty line.
 * Lines outside tables are the title and prose; a round label among them names the round. Every line
 * is checked for characters no report may hold.
 */
import type { FileProblem } from '../../domain/followup.ts';
import { lineCharacterProblems } from './line-characters.ts';
import { joinSplitRoundLabels, parseRoundLabel, type RoundLabel } from './round-label.ts';

export interface TableRow {
  line: number;
  cells: string[];
}

export interface TableBlock {
  line: number;
  /** Header cells, a round label split by a tab joined again. */
  header: string[];
  rows: TableRow[];
}

export interface ReportLines {
  blocks: TableBlock[];
  /** Round labels outside tables (the title's), with their lines. */
  titleRounds: { round: RoundLabel; line: number }[];
  problems: FileProblem[];
  lineCount: number;
}

export function splitReportLines(input: string): ReportLines {
  const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: TableBlock[] = [];
  const titleRounds: ReportLines['titleRounds'] = [];
  const problems: FileProblem[] = [];
  let open: TableBlock | null = null;
  lines.forEach((text, index) => {
    const line = index + 1;
    problems.push(...lineCharacterProblems(text, line));
    if (text.trim() === '') {
      open = null;
      return;
    }
    const cells = text.split('\t').map((cell) => cell.trim());
    if (open) {
      open.rows.push({ line, cells });
      return;
    }
    const header = joinSplitRoundLabels(cells);
    const round = header.length === 1 ? parseRoundLabel(header[0]!) : null;
    if (round) titleRounds.push({ round, line });
    else if (cells.length > 1) {
      open = { line, header, rows: [] };
      blocks.push(open);
    }
  });
  return { blocks, titleRounds, problems, lineCount: lines.length };
}
