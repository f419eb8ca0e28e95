/** The rows of a recognised table, read by its layout, every problem with its line. */
import { parseActionName } from '../../domain/action-name.ts';
import type { FileProblem, ParsedActionRow, ParsedEnablerRow } from '../../domain/followup.ts';
import { invalidCharacterReferences } from './character-reference.ts';
import { fileProblem } from './file-problem.ts';
import { cellItems } from './html-cell.ts';
import type { ActionsLayout, EnablersLayout } from './recognise-table.ts';
import type { TableRow } from './table-blocks.ts';

/** A row must reach the last column read; cells past the header, or in a column without a header, must be empty. */
function fitsColumns({ line, cells }: TableRow, layout: ActionsLayout | EnablersLayout, problems: FileProblem[]): boolean {
  const extra = cells.slice(layout.width).filter((cell) => cell !== '');
  if (cells.length < layout.columns || extra.length > 0) {
    problems.push(fileProblem(line, 'column_count', `${cells.length}/${layout.columns}`));
    return false;
  }
  const stray = layout.unnamed.map((column) => cells[column] ?? '').find((cell) => cell !== '');
  if (stray !== undefined) problems.push(fileProblem(line, 'cell_without_header', stray));
  return stray === undefined;
}

export function readActionRow(row: TableRow, layout: ActionsLayout, problems: FileProblem[]): ParsedActionRow | null {
  if (!fitsColumns(row, layout, problems)) return null;
  const { line, cells } = row;
  const years: number[] = [];
  for (const { column, year } of layout.years) {
    const mark = cells[column]!;
    if (/^x$/i.test(mark)) years.push(year);
    else if (mark !== '') problems.push(fileProblem(line, 'bad_year_mark', mark));
  }
  const name = parseActionName(cells[layout.name]!);
  if (!name.name) {
    problems.push(fileProblem(line, 'empty_name'));
    return null;
  }
  return { line, ...name, years, statusText: layout.status === null ? '' : cells[layout.status]! };
}

export function readEnablerRow(row: TableRow, layout: EnablersLayout, problems: FileProblem[]): ParsedEnablerRow | null {
  if (!fitsColumns(row, layout, problems)) return null;
  const { line, cells } = row;
  const [measures, metrics, status] = [layout.measures, layout.metrics, layout.status].map((column) => (column === null ? '' : cells[column]!));
  for (const reference of [measures!, metrics!, status!].flatMap(invalidCharacterReferences)) {
    problems.push(fileProblem(line, 'invalid_character_reference', reference));
  }
  const name = cells[layout.name]!;
  if (!name) {
    problems.push(fileProblem(line, 'empty_name'));
    return null;
  }
  return { line, name, measures: cellItems(measures!), metrics: cellItems(metrics!), status: cellItems(status!) };
}
