/**
 * `tiekartta report followup --municipality … --programme … --round YYYY-MM --lang sv --format docx -o FILE`:
 * the report of a round as a file. The content is read where the database is (an open round's export
 * is audited there); the file is written here.
 */
import { writeFile } from 'node:fs/promises';
import { isLang } from '../domain/language.ts';
import { isSlug } from '../domain/slug.ts';
import { cliLanguage } from '../i18n/cli/index.ts';
import type { CliMessages } from '../i18n/cli/fi.ts';
import { reportMessages } from '../i18n/reports/index.ts';
import { ChromiumMissingError } from '../io/chromium.ts';
import { closePdfBrowser } from '../io/reports/pdf.ts';
import { writeReport } from '../io/reports/write-report.ts';
import { parseRoundKey } from '../services/rounds.ts';
import { isReportFormat } from '../services/reports/followup-report.ts';
import { CliError } from './cli-error.ts';
import { valueOf } from './failures.ts';
import { perform } from './perform.ts';

export interface ReportOptions {
  municipality?: string;
  programme?: string;
  round?: string;
  lang?: string;
  format?: string;
  /** Default: the report's own file name in the current folder. */
  out?: string;
  data?: string;
}

export async function reportCommand(m: CliMessages, options: ReportOptions): Promise<string> {
  const r = reportMessages(cliLanguage()).cli;
  const { municipality, programme, round, lang, format } = options;
  const require = (option: keyof ReportOptions, value: string | undefined, valid: boolean, expected: string) => {
    if (value === undefined) throw new CliError(m.missingWithExpected(option, expected));
    if (!valid) throw new CliError(m.invalidWithExpected(option, value, expected));
  };
  require('municipality', municipality, isSlug(municipality), m.expected.slug);
  require('programme', programme, isSlug(programme), m.expected.programme);
  require('round', round, parseRoundKey(round ?? '') !== null, r.expected.round);
  require('lang', lang, isLang(lang), r.expected.lang);
  require('format', format, isReportFormat(format), r.expected.format);
  if (!isLang(lang) || !isReportFormat(format)) throw new Error('checked above');

  const outcome = await perform(m, 'report.export', {
    municipality: municipality!, programme: programme!, round: round!, lang, format,
  }, { data: options.data, purpose: 'report' });
  const content = valueOf(m, outcome);
  // Sent by a server, the report's date arrives as text.
  const report = { ...content, generatedAt: new Date(content.generatedAt) };
  let file;
  try {
    file = await writeReport(report, format);
  } catch (error) {
    if (error instanceof ChromiumMissingError) throw new CliError(r.chromiumMissing(error.path));
    throw error;
  } finally {
    await closePdfBrowser();
  }
  const out = options.out ?? file.fileName;
  await writeFile(out, file.body).catch(() => {
    throw new CliError(r.notWritable(out));
  });
  return r.written(out, reportMessages(cliLanguage()).number(report.summary.actionCount));
}
