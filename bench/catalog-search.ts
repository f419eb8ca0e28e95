/**
 * Catalog search latency: a set of queries as people type them, each run through the service in its own
 * read transaction, against a baseline of the same number of lookups of one project by its id. In-process
 * on PGlite holding the demo catalog: over HTTP the response cache would answer repeats.
 * Alone: `node --import tsx bench/catalog-search.ts`.
 */
import { fileURLToPath } from 'node:url';
import { newPglite, openDatabase } from '../src/db/database.ts';
import { PUBLIC } from '../src/domain/actor.ts';
import { DEMO_CATALOG_FILE, importCatalogFile } from '../src/io/catalog/catalog-file.ts';
import { getCatalogProject, listCatalogProjects } from '../src/services/catalog/catalog-projects.ts';
import { runRead } from '../src/services/context.ts';

export const CATALOG_QUERIES = [
  'varhaiskasvatuksen', 'tekoälyä', 'robotiikkaa', 'varhaiskasvatksen', 'asiakaspalvelu chatbot',
  'verkkomaksaminen', 'tiedolla johtaminen', 'sähköinen asiointi', 'kunta', 'kommunerna',
];
const ROUNDS = 10;

export interface Latency {
  p50Ms: number;
  p95Ms: number;
}

function percentiles(timings: number[]): Latency {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { p50Ms: at(0.5), p95Ms: at(0.95) };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

export async function catalogSearchLatency(): Promise<{ search: Latency; byId: Latency; queries: number }> {
  const store = await openDatabase({ pglite: newPglite() });
  try {
    await importCatalogFile(store, { kind: 'system', name: 'bench' }, DEMO_CATALOG_FILE);
    const read = <T>(work: Parameters<typeof runRead<T>>[2]) => runRead(store, { actor: PUBLIC }, work);
    const ids = (await read((ctx) => listCatalogProjects(ctx, { limit: CATALOG_QUERIES.length, offset: 0 }))).projects.map((p) => p.id);
    // One round unmeasured: the first statements plan and warm the caches.
    for (const q of CATALOG_QUERIES) await read((ctx) => listCatalogProjects(ctx, { q, limit: 20, offset: 0 }));
    const search: number[] = [];
    const byId: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const [index, q] of CATALOG_QUERIES.entries()) {
        search.push(await timed(() => read((ctx) => listCatalogProjects(ctx, { q, limit: 20, offset: 0 }))));
        byId.push(await timed(() => read((ctx) => getCatalogProject(ctx, ids[index]!))));
      }
    }
    return { search: percentiles(search), byId: percentiles(byId), queries: search.length };
  } finally {
    await store.close();
  }
}

export function catalogSearchLine({ search, byId, queries }: Awaited<ReturnType<typeof catalogSearchLatency>>): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return `${queries} searches of the catalog (${CATALOG_QUERIES.length} queries × ${ROUNDS}, 20 results with snippets): ` +
    `p50 ${ms(search.p50Ms)}, p95 ${ms(search.p95Ms)}; the same number of lookups of a project by id: ` +
    `p50 ${ms(byId.p50Ms)}, p95 ${ms(byId.p95Ms)} (search p50 ${(search.p50Ms / byId.p50Ms).toFixed(1)}× the lookup).`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(catalogSearchLine(await catalogSearchLatency()));
}
