import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { openDatabase } from '../db/database.ts';
import type { CliMessages } from '../i18n/cli/fi.ts';
import { parseFollowup } from '../io/followup/parse-followup.ts';
import { importFollowup } from '../services/followup-import/import-followup.ts';
import { TranslationShapeError, UnknownMunicipalityError } from '../services/followup-import/summary.ts';
import { databaseLocation } from './database-location.ts';
import { formatProblems, formatSummary } from './format-summary.ts';
import { CliError } from './cli-error.ts';

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
  const text = await readFile(options.file, 'utf8').catch(() => {
    throw new CliError(m.fileNotReadable(options.file));
  });
  const parsed = parseFollowup(text);
  if (!parsed.ok) {
    throw new CliError(options.json ? JSON.stringify({ ok: false, problems: parsed.problems }, null, 2) : formatProblems(m, options.file, parsed.problems));
  }
  // The header tells the language; --lang overrides it for a translation that kept the other header.
  const followup = options.lang ? { ...parsed.followup, round: { ...parsed.followup.round, lang: options.lang } } : parsed.followup;
  const { db, close } = await openDatabase(databaseLocation(options.data));
  try {
    const summary = await importFollowup(db, {
      municipality: options.municipality,
      programme: options.programme,
      followup,
      actor: `cli:${userInfo().username}`,
      dryRun: options.dryRun,
    });
    return options.json ? JSON.stringify({ ok: true, ...summary }, null, 2) : formatSummary(m, summary);
  } catch (error) {
    if (error instanceof UnknownMunicipalityError) throw new CliError(m.unknownMunicipality(error.slug));
    if (error instanceof TranslationShapeError) {
      throw new CliError(m.translationShapeDiffers(error.lang, error.programmeShape.join(', '), error.fileShape.join(', ')));
    }
    throw error;
  } finally {
    await close();
  }
}
