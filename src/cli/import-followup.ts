import { readFile, stat } from 'node:fs/promises';
import { MAX_FOLLOWUP_BYTES } from '../domain/followup.ts';
import { isSlug } from '../domain/slug.ts';
import type { CliMessages } from '../i18n/cli/fi.ts';
import { printable } from '../io/followup/printable.ts';
import { CliError } from './cli-error.ts';
import { failureMessage } from './failures.ts';
import { formatProblems, formatReading, formatSummary } from './format-summary.ts';
import { perform } from './perform.ts';

export interface ImportOptions {
  file: string;
  municipality: string;
  programme: string;
  lang?: 'fi' | 'sv';
  json: boolean;
  dryRun: boolean;
  data?: string;
}

/** `tiekartta import followup FILE …`: all or nothing, every problem with its line. */
export async function importFollowupCommand(m: CliMessages, options: ImportOptions): Promise<string> {
  const invalid = (['municipality', 'programme'] as const).filter((option) => !isSlug(options[option]));
  if (invalid.length) {
    throw new CliError(invalid.map((option) => m.invalidWithExpected(option, printable(options[option]), m.expected[option === 'municipality' ? 'slug' : 'programme'])).join('\n'));
  }
  const size = await stat(options.file).then((found) => found.size, () => {
    throw new CliError(m.fileNotReadable(options.file));
  });
  // Refused here too, so that a huge file is never read into memory nor sent to a server.
  if (size > MAX_FOLLOWUP_BYTES) throw new CliError(formatProblems(m, options.file, [{ line: 1, code: 'file_too_large', detail: String(size) }]));
  const bytes = await readFile(options.file).catch(() => {
    throw new CliError(m.fileNotReadable(options.file));
  });
  const outcome = await perform(m, 'followup.import', {
    municipality: options.municipality, programme: options.programme, file: bytes.toString('base64'), lang: options.lang, dryRun: options.dryRun,
  }, { data: options.data, purpose: 'import followup' });
  if (!outcome.ok) {
    const failure = outcome.failure;
    throw new CliError(options.json && failure.kind === 'file_problems'
      ? JSON.stringify({ ok: false, problems: failure.problems }, null, 2)
      : failureMessage(m, failure, options.file));
  }
  const { summary, reading } = outcome.value;
  return options.json
    ? JSON.stringify({ ok: true, ...summary, reading }, null, 2)
    : [formatSummary(m, summary), ...(options.dryRun ? [formatReading(m, reading)] : [])].join('\n');
}
