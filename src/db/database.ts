/**
 * Opens the database: embedded PGlite in a data folder by default, a PostgreSQL server when a
 * connection URL is given. Both run the same migrations and are used through the same Drizzle API,
 * always inside runRead/runWrite (db/context.ts).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite, type PGliteInterface } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { inProcessEpochClock, serverEpochClock, type EpochClock } from './epochs.ts';
import type { Orm } from './orm.ts';
import * as schema from './schema.ts';

/** An open database. Routes and commands hand it to runRead/runWrite; only db/ looks inside. */
export interface Store {
  orm: Orm;
  kind: 'pglite' | 'postgres';
  epochs: EpochClock;
  /** The embedded instance, for its own tools (backup); null on a server. */
  pglite: PGliteInterface | null;
  close(): Promise<void>;
}

export type DatabaseLocation = { url: string; poolSize?: number } | { dataDir: string } | { pglite: PGliteInterface };

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
/** Any constant: instances starting together take turns migrating (Drizzle's migrator takes no lock). */
const MIGRATION_LOCK = 7_262_451_118;

/** An embedded instance; with `archive` (a dump of another's data folder), loaded from it. */
export function newPglite(dataDir?: string, archive?: Blob): PGlite {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  return new PGlite({ ...(dataDir ? { dataDir } : {}), ...(archive ? { loadDataDir: archive } : {}), extensions: { pg_trgm } });
}

/** One connection to a server for some work outside the pool (migrating, checking before a restore). */
export async function withServerClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  // A connection the server ends fails the work's query; it must not crash the process besides.
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function migrateServer(url: string): Promise<void> {
  return withServerClient(url, async (client) => {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
  });
}

/** Opens and migrates. */
export async function openDatabase(location: DatabaseLocation): Promise<Store> {
  if ('url' in location) {
    await migrateServer(location.url);
    const pool = new pg.Pool({ connectionString: location.url, max: location.poolSize ?? 10 });
    // A connection the server ends (a restart, a dropped database) must not crash the process.
    pool.on('error', () => undefined);
    const orm = drizzlePg(pool, { schema }) as unknown as Orm;
    return { orm, kind: 'postgres', epochs: serverEpochClock(orm), pglite: null, close: () => pool.end() };
  }
  const client = 'pglite' in location ? location.pglite : newPglite(location.dataDir);
  const db = drizzlePglite(client as PGlite, { schema });
  await migratePglite(db, { migrationsFolder });
  const orm = db as unknown as Orm;
  const store: Store = { orm, kind: 'pglite', epochs: inProcessEpochClock(orm), pglite: client, close: () => client.close() };
  // A data folder filled before statistics were kept after each import gets them now (cheap when small).
  if ('dataDir' in location) await refreshStatistics(store);
  return store;
}

/**
 * Updates the planner's statistics of every table, as the database's owner. A server's autovacuum
 * does this by itself, later; PGlite never does, so it runs after writes of many rows (runWrite).
 */
export async function refreshStatistics(store: Store): Promise<void> {
  await store.orm.execute(sql`analyze`);
}
