/**
 * `tiekartta backup FILE` and `tiekartta restore FILE [--force]`, for both storages (db/backup.ts).
 * A backup of an embedded database is made by the process that owns its folder: this one, or the
 * server that holds it (the operation `backup.dump`). A restore needs the database to itself: it
 * refuses while a process uses it, and refuses to replace a database unless forced, and then keeps
 * what was there aside first, so that nothing is lost by a mistaken restore.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  backupKind, dumpServer, loadPgliteArchive, PgToolFailedError, PgToolMissingError, restoreServer, serverDatabaseState, type BackupKind,
} from '../db/backup.ts';
import { openDatabase } from '../db/database.ts';
import { advanceEpochsPastRestore } from '../db/epochs.ts';
import type { CliMessages } from '../i18n/cli/fi.ts';
import { CliError } from './cli-error.ts';
import { describeLocation, type CliDatabaseLocation } from './database-location.ts';
import { isLockEntry, tryLockDataFolder } from './data-folder-lock.ts';
import { valueOf } from './failures.ts';
import { perform } from './perform.ts';

export interface BackupOptions {
  file: string;
  /** Backup: overwrite the file. Restore: replace a database that holds data. */
  force: boolean;
  location: CliDatabaseLocation;
}

/** For names of what is kept aside: sortable, and valid in file names everywhere. */
const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

/** Backups hold personal data and password hashes: each file is made readable by its owner only before anything is written into it. */
function createPrivate(path: string): void {
  rmSync(path, { force: true });
  writeFileSync(path, '', { mode: 0o600 });
}

/** The client tools' failures, worded for the user; anything else is thrown on. */
function toolError(m: CliMessages, error: unknown): unknown {
  if (error instanceof PgToolMissingError) return new CliError(m.backup.toolMissing(error.tool));
  if (error instanceof PgToolFailedError) return new CliError(m.backup.toolFailed(error.tool, error.detail));
  return error;
}

export async function backupCommand(m: CliMessages, { file, force, location }: BackupOptions): Promise<string> {
  const target = resolve(file);
  if (!force && existsSync(target)) throw new CliError(m.backup.fileExists(file));
  // Written beside the target and renamed at the end: a failed backup never leaves a partial file under its name.
  const partial = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
  try {
    createPrivate(partial);
    if ('url' in location) {
      await dumpServer(location.url, partial);
    } else {
      const { archive } = valueOf(m, await perform(m, 'backup.dump', {}, { data: location.dataDir, purpose: 'backup' }));
      writeFileSync(partial, Buffer.from(archive, 'base64'));
    }
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOSPC') throw new CliError(m.backup.cannotWrite(file, code));
    throw toolError(m, error);
  }
  return m.backup.written(file, describeLocation(location), statSync(target).size);
}

function readKind(m: CliMessages, file: string): BackupKind {
  let kind: BackupKind | null;
  try {
    kind = backupKind(file);
  } catch {
    throw new CliError(m.fileNotReadable(file));
  }
  if (!kind) throw new CliError(m.backup.notABackup(file));
  return kind;
}

async function restoreToServer(m: CliMessages, file: string, url: string, force: boolean): Promise<string | null> {
  const state = await serverDatabaseState(url);
  if (state.otherSessions > 0) throw new CliError(m.backup.serverInUse(state.otherSessions));
  if (state.relations > 0 && !force) throw new CliError(m.backup.notEmpty(describeLocation({ url })));
  const keptAt = state.relations > 0 ? join(dirname(resolve(file)), `tiekartta-replaced-${stamp()}.dump`) : null;
  if (keptAt) {
    createPrivate(keptAt);
    await dumpServer(url, keptAt);
  }
  await restoreServer(url, file, { replace: keptAt !== null });
  return keptAt;
}

/** A rename, or a copy when the two are on different file systems (a data folder may be a mounted volume). */
function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true, preserveTimestamps: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * Loads the archive into a folder inside the data folder (the same file system, writable), then moves
 * it in: the folder is never half restored. What was there is moved aside first, beside the backup file.
 */
async function restoreToFolder(m: CliMessages, file: string, dataDir: string, force: boolean): Promise<string | null> {
  const attempt = tryLockDataFolder(dataDir, 'restore');
  if (!attempt.acquired) throw new CliError(m.backup.folderInUse(attempt.holder.pid, attempt.holder.purpose));
  const { lock } = attempt;
  try {
    if (lock.tookOverFrom) console.error(m.tookOverStaleLock(lock.tookOverFrom.pid));
    const present = readdirSync(dataDir).filter((name) => !isLockEntry(name));
    if (present.length > 0 && !force) throw new CliError(m.backup.notEmpty(describeLocation({ dataDir })));
    const staging = join(dataDir, `.tiekartta-restoring-${process.pid}`);
    try {
      await loadPgliteArchive(staging, readFileSync(file)).catch((error: unknown) => {
        throw new CliError(m.backup.notLoadable(file, error instanceof Error ? error.message : String(error)));
      });
      const keptAt = present.length > 0 ? join(dirname(resolve(file)), `tiekartta-replaced-${stamp()}`) : null;
      if (keptAt) {
        mkdirSync(keptAt, { mode: 0o700 });
        for (const name of present) move(join(dataDir, name), join(keptAt, name));
      }
      for (const name of readdirSync(staging)) renameSync(join(staging, name), join(dataDir, name));
      return keptAt;
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  } finally {
    lock.release();
  }
}

export async function restoreCommand(m: CliMessages, { file, force, location }: BackupOptions): Promise<string> {
  const kind = readKind(m, file);
  let keptAt: string | null;
  if ('url' in location) {
    if (kind !== 'postgres') throw new CliError(m.backup.pgliteBackupToServer(file));
    keptAt = await restoreToServer(m, file, location.url, force).catch((error: unknown) => {
      throw toolError(m, error);
    });
  } else {
    if (kind !== 'pglite') throw new CliError(m.backup.serverBackupToPglite(file));
    keptAt = await restoreToFolder(m, file, location.dataDir, force);
  }
  const restored = await openDatabase(location);
  try {
    await advanceEpochsPastRestore(restored.orm);
  } finally {
    await restored.close();
  }
  return [m.backup.restored(file, describeLocation(location)), ...(keptAt ? [m.backup.keptAt(keptAt)] : [])].join('\n');
}
