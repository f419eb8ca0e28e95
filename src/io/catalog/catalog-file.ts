/** The catalog as the import reads it: UTF-8 text, parsed, and the demo's own copy. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Actor } from '../../domain/actor.ts';
import type { ParsedCatalog } from '../../domain/catalog.ts';
import { importCatalog, type CatalogImportSummary } from '../../services/catalog/import-catalog.ts';
import { runWrite, type Store } from '../../services/context.ts';
import { parseCatalog } from './parse-catalog.ts';

/** The published catalog is ≈ 210 kB; a file many times larger is not the catalog. */
export const MAX_CATALOG_BYTES = 4 * 1024 * 1024;

export const DEMO_CATALOG_FILE = fileURLToPath(new URL('../../../demo/vm-incentive-projects-catalog-fi.txt', import.meta.url));

export function readCatalogBytes(bytes: Uint8Array): ParsedCatalog {
  return parseCatalog(new TextDecoder('utf-8').decode(bytes));
}

/** Imports the catalog file at platform level: everything or, should anything fail, nothing. */
export async function importCatalogFile(store: Store, actor: Actor, file: string, dryRun = false): Promise<CatalogImportSummary> {
  const parsed = readCatalogBytes(await readFile(file));
  return runWrite(store, { actor, platform: true }, (ctx) => importCatalog(ctx, parsed), { dryRun });
}
