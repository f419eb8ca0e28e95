import { readFile } from 'node:fs/promises';
import { isSlug } from '../domain/slug.ts';
import type { CliMessages } from '../i18n/cli/fi.ts';
import { CliError } from './cli-error.ts';
import { failureMessage } from './failures.ts';
import { formatSummary } from './format-summary.ts';
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
  for (const option of ['municipality', 'programme'] as const) {
    if (!isSlug(options[option])) throw new CliError(m.invalidWithExpected(option, options[option], m.expected[option === 'municipality' ? 'slug' : 'programme']));
  }
  const text = await readFile(options.file, 'utf8').catch(() => {
    throw new CliError(m.fileNotReadable(options.file));
  });
  const outcome = await perform(m, 'followup.import', {
    municipality: options.municipality, programme: options.programme, text, lang: options.lang, dryRun: options.dryRun,
  }, { data: options.data, purpose: 'import followup' });
  if (!outcome.ok) {
    const failure = outcome.failure;
    throw new CliError(options.json && failure.kind === 'file_problems'
      ? JSON.stringify({ ok: false, problems: failure.problems }, null, 2)
      : failureMessage(m, failure, options.file));
  }
  return options.json ? JSON.stringify({ ok: true, ...outcome.value }, null, 2) : formatSummary(m, outcome.value);
}
