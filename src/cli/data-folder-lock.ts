/**
 * One owner per data folder. PGlite is one process's database: a second process that opens the same
 * folder corrupts it. The process that opens a folder first takes `tiekartta.lock` in it, atomically
 * (created with O_EXCL), holding its pid, what it is, and, for a server, how to reach its local admin
 * endpoint (so the file is readable only by its owner: it holds that endpoint's token). The lock is
 * removed on exit; a lock whose process is gone is taken over.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';

export const LOCK_FILE = 'tiekartta.lock';

/** The lock and the files its holders make beside it: they belong to the folder, never to its data or a backup. */
export function isLockEntry(name: string): boolean {
  return basename(name).startsWith(LOCK_FILE);
}

export interface LockHolder {
  pid: number;
  host: string;
  /** "server", or the command that holds it ("import followup"). */
  purpose: string;
  startedAt: string;
  /** A server's local admin endpoint (loopback only). */
  admin?: { port: number; token: string };
}

export type LockAttempt =
  | { acquired: true; lock: DataFolderLock }
  | { acquired: false; holder: LockHolder };

export interface DataFolderLock {
  readonly holder: LockHolder;
  /** The previous owner's lock was stale (its process is gone): the caller tells the user. */
  readonly tookOverFrom: LockHolder | null;
  /** Records the admin endpoint once the server listens. */
  announceAdmin(admin: { port: number; token: string }): void;
  release(): void;
}

function readHolder(path: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // A lock being written is briefly empty: treat it as held by someone unknown.
    return { pid: -1, host: hostname(), purpose: 'unknown', startedAt: '' };
  }
}

/** Whether the process still runs. EPERM: it runs, as another user. */
export function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname() || holder.pid <= 0) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function writeExclusive(path: string, holder: LockHolder): boolean {
  try {
    writeFileSync(path, JSON.stringify(holder), { flag: 'wx', mode: 0o600 });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Removes a stale lock, unless another process is doing so: the takeover itself is guarded by a
 * directory (mkdir is atomic), so two newcomers cannot both remove locks and both win.
 */
function removeIfStale(path: string, stale: LockHolder): boolean {
  const guard = `${path}.takeover`;
  try {
    mkdirSync(guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A guard left by a process that died while taking over.
    if (Date.now() - statSync(guard).mtimeMs > 10_000) rmSync(guard, { recursive: true, force: true });
    return false;
  }
  try {
    const current = readHolder(path);
    if (!current || (current.pid === stale.pid && current.startedAt === stale.startedAt && !isAlive(current))) {
      rmSync(path, { force: true });
      return true;
    }
    return false;
  } finally {
    rmdirSync(guard);
  }
}

export function tryLockDataFolder(dataDir: string, purpose: string): LockAttempt {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  let holder: LockHolder = { pid: process.pid, host: hostname(), purpose, startedAt: new Date().toISOString() };
  let tookOverFrom: LockHolder | null = null;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (writeExclusive(path, holder)) {
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (readHolder(path)?.pid === process.pid) unlinkSync(path);
        process.removeListener('exit', release);
      };
      process.on('exit', release);
      return {
        acquired: true,
        lock: {
          get holder() {
            return holder;
          },
          tookOverFrom,
          announceAdmin(admin) {
            holder = { ...holder, admin };
            const next = `${path}.${process.pid}`;
            writeFileSync(next, JSON.stringify(holder), { mode: 0o600 });
            renameSync(next, path);
          },
          release,
        },
      };
    }
    const current = readHolder(path);
    if (current && isAlive(current)) return { acquired: false, holder: current };
    if (current && removeIfStale(path, current)) tookOverFrom = current;
  }
  const current = readHolder(path);
  return { acquired: false, holder: current ?? { pid: -1, host: hostname(), purpose: 'unknown', startedAt: '' } };
}

/** A secret for the admin endpoint: whoever can read the lock file can use it, no one else. */
export function newAdminToken(): string {
  return randomBytes(32).toString('base64url');
}
