/** A report in the format asked for, with what a download needs: its bytes, type and file name. */
import type { FollowupReport, ReportFormat } from '../../services/reports/followup-report.ts';
import { writeCsv } from './csv.ts';
import { writeDocx } from './docx.ts';
import { writeHtml } from './html.tsx';
import { CONTENT_TYPES, reportFileName } from './layout.ts';
import { writePdf } from './pdf.ts';
import { writeXlsx } from './xlsx.ts';

export interface ReportFile {
  body: Uint8Array;
  contentType: string;
  fileName: string;
}

const WRITERS: Record<ReportFormat, (report: FollowupReport) => Promise<Uint8Array | string> | string> = {
  docx: writeDocx,
  pdf: writePdf,
  xlsx: writeXlsx,
  csv: writeCsv,
  html: writeHtml,
};

export async function writeReport(report: FollowupReport, format: ReportFormat): Promise<ReportFile> {
  const written = await WRITERS[format](report);
  return {
    body: typeof written === 'string' ? new TextEncoder().encode(written) : written,
    contentType: CONTENT_TYPES[format],
    fileName: reportFileName(report, format),
  };
}
