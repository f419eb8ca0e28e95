import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupKind } from '../db/backup.ts';
import { newPglite, openDatabase, type Store } from '../db/database.ts';
import { cliMessages } from '../i18n/cli/index.ts';
import { listProgrammes } from '../services/programmes.ts';
import { backends, demoDatabase, readIn, serverDatabaseAt, type Backend, type ServerDatabase } from '../../test/support/database.ts';
import { backupCommand, restoreCommand } from './backup.ts';
import type { CliDatabaseLocation } from './database-location.ts';
import { tryLockDataFolder } from './data-folder-lock.ts';
import { serveAdmin } from './start.ts';

const m = cliMessages('en');
/** Loading a data folder from an archive takes PGlite seconds, and the machine is shared. */
const RESTORE_LIMIT_MS = 180_000;

type Query = (sql: string) => Promise<Record<string, unknown>[]>;
type Contents = Record<string, unknown>;

/** Every table of every schema: its row count and a hash of all its rows. A faithful restore keeps both. */
async function contents(query: Query): Promise<Contents> {
  const tables = await query(`select format('%I.%I', schemaname, tablename) as name from pg_tables
    where schemaname not in ('pg_catalog', 'information_schema') order by 1`);
  const found: Contents = {};
  for (const { name } of tables) {
    // The content epochs are versions for caches, not content: a restore moves them past every earlier value.
    const rows = name === 'public.content_epoch' ? `(select scope from ${name}) t` : `${name as string} t`;
    const [row] = await query(`select count(*)::int as rows, coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '') as hash from ${rows}`);
    found[name as string] = row;
  }
  return found;
}

async function serverContents(url: string): Promise<Contents> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await contents(async (sql) => (await client.query(sql)).rows);
  } finally {
    await client.end();
  }
}

async function folderContents(dataDir: string): Promise<Contents> {
  const client = newPglite(dataDir);
  try {
    return await contents(async (sql) => (await client.query<Record<string, unknown>>(sql)).rows);
  } finally {
    await client.close();
  }
}

/** One storage: the demo as the source, fresh databases to restore into, and a process that uses one. */
interface Storage {
  source: CliDatabaseLocation;
  sourceContents(): Promise<Contents>;
  fresh(): Promise<CliDatabaseLocation>;
  contents(location: CliDatabaseLocation): Promise<Contents>;
  /** Another process using the database; the answer is the refusal's message. */
  occupied(location: CliDatabaseLocation): Promise<{ message: string; end(): Promise<void> }>;
  close(): Promise<void>;
}

async function pgliteStorage(dir: string): Promise<Storage> {
  // The demo in a data folder, held by a server as `tiekartta start` holds it: the backup goes through it.
  const source = join(dir, 'source');
  const demo: Store = await demoDatabase('pglite');
  const client = newPglite(source, await demo.pglite!.dumpDataDir('none'));
  await demo.close();
  const store = await openDatabase({ pglite: client });
  const attempt = tryLockDataFolder(source, 'server');
  if (!attempt.acquired) throw new Error('the source folder is locked');
  const admin = await serveAdmin(store, attempt.lock);
  let folders = 0;
  return {
    source: { dataDir: source },
    sourceContents: () => contents(async (sql) => (await client.query<Record<string, unknown>>(sql)).rows),
    fresh: async () => ({ dataDir: join(dir, `restored-${folders++}`) }),
    contents: (location) => folderContents((location as { dataDir: string }).dataDir),
    occupied: async () => ({ message: m.backup.folderInUse(process.pid, 'server'), end: async () => undefined }),
    async close() {
      await admin.stop(1000);
      await store.close();
      attempt.lock.release();
    },
  };
}

async function postgresStorage(): Promise<Storage> {
  const databases: ServerDatabase[] = [await serverDatabaseAt('demo')];
  const url = (location: CliDatabaseLocation) => (location as { url: string }).url;
  return {
    source: { url: databases[0]!.url },
    sourceContents: () => serverContents(databases[0]!.url),
    fresh: async () => {
      databases.push(await serverDatabaseAt('empty'));
      return { url: databases.at(-1)!.url };
    },
    contents: (location) => serverContents(url(location)),
    async occupied(location) {
      const client = new pg.Client({ connectionString: url(location) });
      await client.connect();
      return { message: m.backup.serverInUse(1), end: () => client.end() };
    },
    close: async () => void (await Promise.all(databases.map((database) => database.drop()))),
  };
}

describe.each(backends)('tiekartta backup and restore on %s', (backend: Backend) => {
  let dir: string;
  let storage: Storage;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tiekartta-backup-'));
    storage = backend === 'postgres' ? await postgresStorage() : await pgliteStorage(dir);
  }, RESTORE_LIMIT_MS);
  afterAll(async () => {
    await storage?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores every row of every table into a fresh database, and replaces one only when forced, keeping the old', async () => {
    const file = join(dir, 'tiekartta.backup');
    expect(await backupCommand(m, { file, force: false, location: storage.source })).toMatch(/^Backup of .* written: .*tiekartta\.backup \(\d+\.\d MB\)$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await expect(backupCommand(m, { file, force: false, location: storage.source })).rejects.toThrow(m.backup.fileExists(file));
    expect(readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);

    const expected = await storage.sourceContents();
    expect(Object.keys(expected).length).toBeGreaterThan(10);
    // The demo: the 2020–2023 programme's 63 actions and those the 2024–2026 programme took over from it.
    expect((expected['public.actions'] as { rows: number }).rows).toBeGreaterThan(63);

    const target = await storage.fresh();
    expect(await restoreCommand(m, { file, force: false, location: target })).toMatch(/^Restored: /);
    expect(await storage.contents(target)).toEqual(expected);
    // No ETag from before the restore can come back: the epochs are past the source's.
    const epochsOf = async (location: CliDatabaseLocation) => {
      const database = await openDatabase(location);
      try {
        return [...(await database.epochs.read(['any', 'platform', 'm:porvoo'])).values()];
      } finally {
        await database.close();
      }
    };
    expect(Math.min(...await epochsOf(target))).toBeGreaterThan(Math.max(...await epochsOf(storage.source)));
    if ('dataDir' in target) expect(existsSync(join(target.dataDir, 'tiekartta.lock'))).toBe(false);

    await expect(restoreCommand(m, { file, force: false, location: target })).rejects.toThrow(/holds a database already, so nothing was restored/);
    const forced = await restoreCommand(m, { file, force: true, location: target });
    const keptAt = /What was there before is kept in: (.*)$/.exec(forced)?.[1];
    // What was replaced is kept whole: a data folder, or a dump, of what the first restore had put there.
    if (backend === 'pglite') expect(await folderContents(keptAt!)).toEqual(expected);
    else expect(backupKind(keptAt!)).toBe('postgres');
    expect(await storage.contents(target)).toEqual(expected);
    // The application works on it as itself: its role, grants and row-level security came back too.
    const restored = await openDatabase(target);
    try {
      expect(await readIn(restored, 'porvoo', listProgrammes)).toMatchObject([{ slug: 'digi-2024-2026' }, { slug: 'digi-2020-2023' }]);
    } finally {
      await restored.close();
    }

    const used = await storage.occupied(backend === 'pglite' ? storage.source : target);
    try {
      await expect(restoreCommand(m, { file, force: true, location: backend === 'pglite' ? storage.source : target })).rejects.toThrow(used.message);
    } finally {
      await used.end();
    }
  }, RESTORE_LIMIT_MS);

  it('refuses what is not a backup of this storage', async () => {
    const location = await storage.fresh();
    const other = join(dir, 'other.backup');
    writeFileSync(other, backend === 'postgres' ? gzipSync('not a database') : 'PGDMP and more');
    await expect(restoreCommand(m, { file: other, force: false, location })).rejects.toThrow(
      backend === 'postgres' ? m.backup.pgliteBackupToServer(other) : m.backup.serverBackupToPglite(other));
    writeFileSync(other, 'hello');
    await expect(restoreCommand(m, { file: other, force: false, location })).rejects.toThrow(m.backup.notABackup(other));
  });
});
