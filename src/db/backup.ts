/**
 * Backups of either storage, and restoring them into an empty database.
 * - PGlite: its own dump of the data folder (a .tar.gz of the files, taken between two queries, so
 *   consistent), restored by loading it into a new folder, which PGlite refuses to do over a database.
 * - A PostgreSQL server: pg_dump's custom format, restored by pg_restore in one transaction, owned by
 *   the restoring role (which may differ from the one that made the backup).
 */
import { execFile } from 'node:child_process';
import { accessSync, closeSync, constants, existsSync, openSync, readdirSync, readSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PGliteInterface } from '@electric-sql/pglite';
import { newPglite, withServerClient } from './database.ts';

export type BackupKind = 'pglite' | 'postgres';

/** What a backup file holds, by its first bytes: a gzip (PGlite's archive) or pg_dump's custom format. */
export function backupKind(file: string): BackupKind | null {
  const head = Buffer.alloc(5);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  return null;
}

/** A tar without the entries `drop` names (ustar: 512-byte headers, each followed by its data in 512-byte blocks). */
function tarWithout(tar: Buffer, drop: (name: string) => boolean): Buffer {
  const kept: Buffer[] = [];
  let at = 0;
  while (at + 512 <= tar.length && tar[at] !== 0) {
    const field = (start: number, length: number) => tar.toString('utf8', at + start, at + start + length).replace(/\0[^]*$/, '');
    const prefix = field(345, 155);
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const end = at + 512 + Math.ceil(parseInt(field(124, 12).trim() || '0', 8) / 512) * 512;
    if (!drop(name)) kept.push(tar.subarray(at, end));
    at = end;
  }
  return Buffer.concat([...kept, Buffer.alloc(1024)]);
}

/**
 * The embedded database's archive, without the files `exclude` names (the folder's lock, which
 * names this process and holds its admin token: it belongs to the folder, not to the data).
 */
export async function dumpPglite(client: PGliteInterface, exclude: (name: string) => boolean): Promise<Buffer> {
  const tar = Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer());
  return gzipSync(tarWithout(tar, (name) => exclude(name.replace(/^\/+/, ''))));
}

/** Whether a data folder holds a database (PGlite's own test before it loads an archive). */
export function pgliteHoldsDatabase(dataDir: string): boolean {
  return existsSync(join(dataDir, 'PG_VERSION'));
}

/** Loads an archive into an empty folder, and checks that the database in it opens and answers. */
export async function loadPgliteArchive(dataDir: string, archive: Buffer): Promise<void> {
  const client = newPglite(dataDir, new Blob([new Uint8Array(archive)], { type: 'application/gzip' }));
  try {
    await client.query('select 1');
  } finally {
    await client.close();
  }
}

export class PgToolMissingError extends Error {
  constructor(readonly tool: string) {
    super(`${tool} not found`);
  }
}

export class PgToolFailedError extends Error {
  constructor(readonly tool: string, readonly detail: string) {
    super(`${tool} failed: ${detail}`);
  }
}

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** A PostgreSQL client tool: on the PATH, else Debian's per-version folders, newest first. */
export function pgTool(tool: 'pg_dump' | 'pg_restore', env: NodeJS.ProcessEnv = process.env): string {
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian) ? readdirSync(debian).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a)) : [];
  const candidates = [
    ...(env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, tool)),
    ...versions.map((version) => join(debian, version, 'bin', tool)),
  ];
  const found = candidates.find(isExecutable);
  if (!found) throw new PgToolMissingError(tool);
  return found;
}

/** The connection for a client tool: the password in the environment, never on a command line others can see. */
function toolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function runTool(tool: 'pg_dump' | 'pg_restore', args: string[], url: string): Promise<void> {
  const path = pgTool(tool);
  const { dbname, env } = toolConnection(url);
  return new Promise((resolve, reject) => {
    execFile(path, [...args, `--dbname=${dbname}`], { env, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) reject(new PgToolFailedError(tool, stderr.trim() || error.message));
      else resolve();
    });
  });
}

/** pg_dump of the whole database, in the custom format pg_restore reads. */
export function dumpServer(url: string, file: string): Promise<void> {
  return runTool('pg_dump', ['--format=custom', `--file=${file}`], url);
}

/** How many tables, sequences, views… the database holds, and how many other sessions use it. */
export function serverDatabaseState(url: string): Promise<{ relations: number; otherSessions: number }> {
  return withServerClient(url, async (client) => {
    const { rows } = await client.query<{ relations: number; other_sessions: number }>(`
      select (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace
              where n.nspname <> 'information_schema' and n.nspname !~ '^pg_') as relations,
             (select count(*)::int from pg_stat_activity
              where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend') as other_sessions`);
    return { relations: rows[0]!.relations, otherSessions: rows[0]!.other_sessions };
  });
}

/**
 * Restores a pg_dump archive. `replace` first drops every schema of the database (the caller has kept
 * a copy of what was there). The application role must exist before the archive's grants name it:
 * roles belong to the server, not to the dump (as in migration 0002).
 */
export async function restoreServer(url: string, file: string, { replace }: { replace: boolean }): Promise<void> {
  await withServerClient(url, async (client) => {
    await client.query('begin');
    if (replace) {
      const { rows } = await client.query<{ name: string }>(`select nspname as name from pg_namespace where nspname <> 'information_schema' and nspname !~ '^pg_'`);
      for (const { name } of rows) await client.query(`drop schema ${client.escapeIdentifier(name)} cascade`);
      await client.query('create schema public authorization pg_database_owner');
      await client.query('grant usage on schema public to public');
    }
    // Only what is missing: granting a role needs rights the restoring user may lack once it is a member.
    await client.query(`do $$ begin
      if not exists (select from pg_roles where rolname = 'tiekartta_app') then create role tiekartta_app nologin; end if;
      if not pg_has_role(current_user, 'tiekartta_app', 'member') then execute format('grant tiekartta_app to %I', current_user); end if;
    end $$`);
    await client.query('commit');
  });
  await runTool('pg_restore', ['--no-owner', '--single-transaction', '--exit-on-error', file], url);
}
