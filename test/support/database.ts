/**
 * Test databases. PGlite by default: one migrated instance per worker, cloned for each test (a clone
 * is far cheaper than a new instance). With TEST_DATABASE_URL, a fresh database on that server each
 * time, so the same tests run against real PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { newPglite, openDatabase, type OpenDatabase } from '../../src/db/database.ts';
import { loadDemo } from '../../src/io/demo.ts';

export type Backend = 'pglite' | 'postgres';

/** The backends this run tests on: PGlite always, the server when TEST_DATABASE_URL is set. */
export const backends: Backend[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

let template: Promise<PGlite> | null = null;

function migratedTemplate(): Promise<PGlite> {
  template ??= (async () => {
    const client = newPglite();
    await openDatabase({ pglite: client });
    return client;
  })();
  return template;
}

async function serverDatabase(): Promise<OpenDatabase> {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  const name = `tiekartta_test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const own = new URL(url);
  own.pathname = `/${name}`;
  const opened = await openDatabase({ url: own.toString() });
  return {
    ...opened,
    async close() {
      await opened.close();
      const dropper = new pg.Client({ connectionString: url.toString() });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** A fresh, empty, migrated database. Close it when done. */
export async function testDatabase(backend: Backend = 'pglite'): Promise<OpenDatabase> {
  if (backend === 'postgres') return serverDatabase();
  const clone = await (await migratedTemplate()).clone();
  return openDatabase({ pglite: clone });
}

/** A fresh database holding the demo: Porvoo and its programme 2020–2023 with the 09/2022 round. */
export async function demoDatabase(backend: Backend = 'pglite'): Promise<OpenDatabase> {
  const opened = await testDatabase(backend);
  await loadDemo(opened.db, 'test');
  return opened;
}
