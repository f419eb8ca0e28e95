/**
 * The report as an Excel workbook (exceljs): the actions on one sheet with a section column, then the
 * enablers and the summary on sheets of their own. Each sheet has its header row frozen, filters,
 * column widths and wrapped text; states are words, never colours alone. Cells are typed as text,
 * so a status starting with "=" stays text.
 */
import ExcelJS from 'exceljs';
import { reportMessages } from '../../i18n/reports/index.ts';
import type { FollowupReport } from '../../services/reports/followup-report.ts';
import { actionColumns, cellText, difference, marked, notes, summaryLines, summaryRows, titles } from './layout.ts';

type Sheet = ExcelJS.Worksheet;

/** Header row bold and frozen, filters over the table, long texts wrapped at the top of their cell. */
function table(sheet: Sheet, columns: { header: string; width: number }[], rows: string[][]): void {
  sheet.columns = columns.map((column) => ({ header: column.header, width: Math.max(column.width, column.header.length + 2) }));
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
}

export async function writeXlsx(report: FollowupReport): Promise<Buffer> {
  const t = reportMessages(report.lang);
  const names = titles(report, t);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tiekartta';
  workbook.title = names.title;
  workbook.subject = names.byline;
  workbook.created = report.generatedAt;

  const columns = actionColumns(report, t, { withSection: true });
  const cell = cellText(report, t);
  table(workbook.addWorksheet(t.sheets.actions), columns, report.sections.flatMap((section) =>
    section.actions.map((action) => columns.map((column) => cell(section, action, column.key).text))));

  if (report.enablers.length > 0) {
    const list = (shown: Parameters<typeof marked>[1] | null) => (shown ? marked(t, shown) : t.notRecorded);
    table(workbook.addWorksheet(t.sheets.enablers), [
      { header: t.enablers, width: 30 },
      { header: t.measures, width: 50 },
      { header: t.metrics, width: 40 },
      { header: t.roundLabel(report.round.year, report.round.month), width: 60 },
    ], report.enablers.map((enabler) => [
      marked(t, enabler.name), list(enabler.measures), list(enabler.metrics), enabler.status ? marked(t, enabler.status) : t.noEnablerStatus,
    ]));
  }

  const summary = workbook.addWorksheet(t.sheets.summary);
  const previous = report.previousRound ? t.roundLabel(report.previousRound.year, report.previousRound.month) : null;
  table(summary, [
    { header: t.stateColumn, width: 24 },
    { header: names.round, width: 16 },
    ...(previous ? [{ header: t.previousColumn(previous), width: 24 }, { header: t.differenceColumn, width: 12 }] : []),
  ], []);
  for (const row of summaryRows(report, t)) {
    summary.addRow([row.label, row.count, ...(row.previous === null ? [] : [row.previous, difference(t, row)])]);
  }
  summary.addRow([]);
  for (const line of [names.title, names.byline, ...summaryLines(report, t), ...notes(report, t)]) summary.addRow([line]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
