/**
 * Test databases. PGlite by default: one migrated instance (and one holding the demo) per worker,
 * cloned for each test, since a clone is far cheaper than a new instance. With TEST_DATABASE_URL, the
 * same tests run against real PostgreSQL: each test gets a database copied (CREATE DATABASE …
 * TEMPLATE) from a template that is migrated, or holds the demo, once per version of the sources.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGliteInterface } from '@electric-sql/pglite';
import pg from 'pg';
import { newPglite, openDatabase, withServerClient, type Store } from '../../src/db/database.ts';
import type { Actor } from '../../src/domain/actor.ts';
import { loadDemo } from '../../src/io/demo.ts';
import { runRead, runWrite, type Ctx, type WriteCtx, type WriteOptions } from '../../src/services/context.ts';

export type Backend = 'pglite' | 'postgres';

/** The backends this run tests on: PGlite always, the server when TEST_DATABASE_URL is set. */
export const backends: Backend[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export const TEST_ACTOR: Actor = { kind: 'system', name: 'test' };

let migrated: Promise<PGliteInterface> | null = null;
let withDemo: Promise<PGliteInterface> | null = null;

function pgliteTemplate(demo: boolean): Promise<PGliteInterface> {
  if (!demo) {
    migrated ??= (async () => {
      const client = newPglite();
      await openDatabase({ pglite: client });
      return client;
    })();
    return migrated;
  }
  withDemo ??= (async () => {
    const client = await (await pgliteTemplate(false)).clone();
    await loadDemo(await openDatabase({ pglite: client }), TEST_ACTOR);
    return client;
  })();
  return withDemo!;
}

/** A fingerprint of the sources and demo data: a template is rebuilt whenever they change. */
function sourcesFingerprint(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!name.includes('.test.')) hash.update(path).update(readFileSync(path));
    }
  };
  walk(fileURLToPath(new URL('../../src', import.meta.url)));
  walk(fileURLToPath(new URL('../../demo', import.meta.url)));
  return hash.digest('hex').slice(0, 12);
}

const serverUrl = (database: string) => {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
};

const adminQuery = <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => withServerClient(process.env.TEST_DATABASE_URL!, work);

/** Copies `template` into `name`; a copy that meets another copy of the same template tries again. */
async function copyDatabase(template: string, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
      return;
    } catch (error) {
      if (attempt > 50 || !String((error as Error).message).includes('being accessed by other users')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
}

const serverTemplates = new Map<boolean, Promise<string>>();

/** The migrated (or demo) template of these sources, built once by whichever test process comes first. */
function serverTemplate(demo: boolean): Promise<string> {
  const existing = serverTemplates.get(demo);
  if (existing) return existing;
  const name = `tiekartta_tpl_${demo ? 'demo_' : ''}${sourcesFingerprint()}`;
  const built = adminQuery(async (client) => {
    // Processes building the same template take turns; the first builds it.
    await client.query('select pg_advisory_lock(hashtext($1))', [name]);
    try {
      const found = await client.query('select 1 from pg_database where datname = $1', [name]);
      if (found.rowCount) return name;
      const building = `${name}_${randomUUID().slice(0, 8)}`;
      if (demo) await copyDatabase(await serverTemplate(false), building);
      else await client.query(`CREATE DATABASE ${building}`);
      const store = await openDatabase({ url: serverUrl(building), poolSize: 2 });
      if (demo) await loadDemo(store, TEST_ACTOR);
      await store.close();
      await client.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
      return name;
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [name]);
    }
  });
  serverTemplates.set(demo, built);
  return built;
}

export interface ServerDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A new database on the test server, by its address, for what connects on its own (the production
 * processes, pg_dump): empty (not even migrated), migrated, or holding the demo. Drop it when done.
 */
export async function serverDatabaseAt(content: 'empty' | 'migrated' | 'demo'): Promise<ServerDatabase> {
  const name = `tiekartta_test_${randomUUID().replace(/-/g, '')}`;
  if (content === 'empty') await adminQuery((client) => client.query(`CREATE DATABASE ${name}`));
  else await copyDatabase(await serverTemplate(content === 'demo'), name);
  return { url: serverUrl(name), drop: () => adminQuery(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))) };
}

async function serverDatabase(demo: boolean): Promise<Store> {
  const database = await serverDatabaseAt(demo ? 'demo' : 'migrated');
  const store = await openDatabase({ url: database.url, poolSize: 4 });
  return {
    ...store,
    async close() {
      await store.close();
      await database.drop();
    },
  };
}

async function pgliteDatabase(demo: boolean): Promise<Store> {
  return openDatabase({ pglite: await (await pgliteTemplate(demo)).clone() });
}

/** A fresh, empty, migrated database. Close it when done. */
export function testDatabase(backend: Backend = 'pglite'): Promise<Store> {
  return backend === 'postgres' ? serverDatabase(false) : pgliteDatabase(false);
}

/** A fresh database holding the demo: Porvoo and its programme 2020–2023 with the 09/2022 round. */
export function demoDatabase(backend: Backend = 'pglite'): Promise<Store> {
  return backend === 'postgres' ? serverDatabase(true) : pgliteDatabase(true);
}

/** A read in a municipality, as the test system actor. */
export function readIn<T>(store: Store, slug: string, work: (ctx: Ctx) => Promise<T>): Promise<T> {
  return runRead(store, { actor: TEST_ACTOR, municipality: { slug } }, work);
}

/** A write in a municipality (or, without one, at platform level), as the test system actor. */
export function writeIn<T>(store: Store, slug: string | null, work: (ctx: WriteCtx) => Promise<T>, options?: WriteOptions): Promise<T> {
  return runWrite(store, slug ? { actor: TEST_ACTOR, municipality: { slug } } : { actor: TEST_ACTOR, platform: true }, work, options);
}
