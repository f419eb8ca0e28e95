import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_FOLLOWUP_BYTES } from '../domain/followup.ts';
import { isSlug } from '../domain/slug.ts';
import type { CliMessages } from '../i18n/cli/fi.ts';
import { printable } from '../io/followup/printable.ts';
import { CliError } from './cli-error.ts';
import { failureMessage } from './failures.ts';
import { formatProblems, formatReading, formatSummary } from './format-summary.ts';
import { pairingFileOf, proposalCounts, readPairingFile } from './pairing-file.ts';
import { perform } from './perform.ts';

export interface ImportOptions {
  file: string;
  municipality: string;
  programme: string;
  lang?: 'fi' | 'sv';
  json: boolean;
  dryRun: boolean;
  data?: string;
  /** Write the pairing proposal for review to this file; import nothing. */
  pairing?: string;
  /** Import with the reviewed pairing in this file. */
  accept?: string;
  /** Import with the proposal's confident pairs only. */
  acceptConfident?: boolean;
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
  if ([options.pairing, options.accept, options.acceptConfident || undefined].filter((o) => o !== undefined).length > 1) {
    throw new CliError(m.pairing.oneOfOptions);
  }
  const pairing = options.pairing !== undefined ? { mode: 'propose' as const }
    : options.accept !== undefined ? { mode: 'accept' as const, rows: readPairingFile(m, options.accept, await readFile(options.accept, 'utf8').catch(() => {
      throw new CliError(m.fileNotReadable(options.accept!));
    })) }
    : options.acceptConfident ? { mode: 'accept_confident' as const } : undefined;
  const outcome = await perform(m, 'followup.import', {
    municipality: options.municipality, programme: options.programme, file: bytes.toString('base64'), lang: options.lang, dryRun: options.dryRun, pairing,
  }, { data: options.data, purpose: 'import followup' });
  if (!outcome.ok) {
    const failure = outcome.failure;
    throw new CliError(options.json && (failure.kind === 'file_problems' || failure.kind === 'pairing_problems')
      ? JSON.stringify({ ok: false, problems: failure.problems }, null, 2)
      : failureMessage(m, failure, failure.kind === 'pairing_problems' ? options.accept : options.file));
  }
  const { summary, reading } = outcome.value;
  if (options.pairing !== undefined) {
    if (!summary.proposal) return m.pairing.notNeeded;
    await writeFile(options.pairing, pairingFileOf(m, summary, basename(options.file)));
    return options.json
      ? JSON.stringify({ ok: true, ...summary, reading }, null, 2)
      : m.pairing.proposalWritten(options.pairing, proposalCounts(summary));
  }
  return options.json
    ? JSON.stringify({ ok: true, ...summary, reading }, null, 2)
    : [formatSummary(m, summary), ...(options.dryRun ? [formatReading(m, reading)] : [])].join('\n');
}
