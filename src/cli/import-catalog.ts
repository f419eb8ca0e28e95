import { readFile, stat } from 'node:fs/promises';
import { cliLanguage } from '../i18n/cli/index.ts';
import { catalogCliMessages } from '../i18n/cli/catalog.ts';
import type { CliMessages } from '../i18n/cli/fi.ts';
import { MAX_CATALOG_BYTES } from '../io/catalog/catalog-file.ts';
import type { CatalogImportSummary } from '../services/catalog/import-catalog.ts';
import { CliError } from './cli-error.ts';
import { failureMessage } from './failures.ts';
import { perform } from './perform.ts';

export interface ImportCatalogOptions {
  file: string;
  json: boolean;
  dryRun: boolean;
  data?: string;
}

function formatCatalogSummary(summary: CatalogImportSummary, dryRun: boolean): string {
  const t = catalogCliMessages[cliLanguage()];
  const lines = [
    ...(dryRun ? [t.dryRun] : []),
    t.summary({ ...summary, added: summary.added.length, updated: summary.updated.length, removed: summary.removed.length }),
    ...(['added', 'updated', 'removed'] as const).flatMap((kind) => (summary[kind].length > 0 ? [t.changed(kind, summary[kind])] : [])),
  ];
  if (summary.problems.length > 0) {
    lines.push(t.problemsHeading(summary.problems.length));
    for (const problem of summary.problems) {
      lines.push(t.problemLine(problem.line, t.problem[problem.code], problem.detail, problem.project?.id));
    }
  }
  return lines.join('\n');
}

/**
 * `tiekartta import catalog FILE`: the catalog of other municipalities' projects, all or nothing; the
 * report names every entry that did not read cleanly, by line.
 */
export async function importCatalogCommand(m: CliMessages, options: ImportCatalogOptions): Promise<string> {
  const size = await stat(options.file).then((found) => found.size, () => {
    throw new CliError(m.fileNotReadable(options.file));
  });
  if (size > MAX_CATALOG_BYTES) throw new CliError(catalogCliMessages[cliLanguage()].fileTooLarge(options.file, MAX_CATALOG_BYTES));
  const bytes = await readFile(options.file).catch(() => {
    throw new CliError(m.fileNotReadable(options.file));
  });
  const outcome = await perform(m, 'catalog.import', { file: bytes.toString('base64'), dryRun: options.dryRun },
    { data: options.data, purpose: 'import catalog' });
  if (!outcome.ok) throw new CliError(failureMessage(m, outcome.failure, options.file));
  return options.json
    ? JSON.stringify({ ok: true, dryRun: options.dryRun, ...outcome.value }, null, 2)
    : formatCatalogSummary(outcome.value, options.dryRun);
}
