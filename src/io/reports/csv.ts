/**
 * The report's actions as CSV for Finnish and Swedish spreadsheets: one row per action with its
 * section, `;` between cells (the list separator of those locales; a cell holding one is quoted), and
 * the BOM and formula guard of io/csv.ts. The enablers and the summary have columns of their own:
 * they are in the other formats.
 */
import { reportMessages } from '../../i18n/reports/index.ts';
import type { FollowupReport } from '../../services/reports/followup-report.ts';
import { toCsv } from '../csv.ts';
import { actionColumns, cellText } from './layout.ts';

export function writeCsv(report: FollowupReport): string {
  const t = reportMessages(report.lang);
  const columns = actionColumns(report, t, { withSection: true });
  const cell = cellText(report, t);
  const headers = columns.map((column) => column.header);
  const rows = report.sections.flatMap((section) => section.actions.map((action) =>
    Object.fromEntries(columns.map((column) => [column.header, cell(section, action, column.key).text]))));
  return toCsv(headers, rows, { delimiter: ';' });
}
