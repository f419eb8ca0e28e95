/**
 * One owner per data folder, with real processes as a person runs them: an import while the server
 * runs is done by the server and seen at once, two imports at once wait for each other in either
 * order, and a lock left by a process that died is taken over with a word to the user.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ACTOR } from '../../test/support/database.ts';
import { openDatabase } from '../db/database.ts';
import { actions, programmes } from '../db/schema.ts';
import { runRead } from '../services/context.ts';
import { DEMO_FOLLOWUP_FILE } from '../io/demo.ts';
import { LOCK_FILE, tryLockDataFolder, type LockHolder } from './data-folder-lock.ts';

const bin = new URL('../../bin/tiekartta.js', import.meta.url).pathname;
const SWEDISH_FILE = new URL('../../demo/porvoo-followup-2021-03-sv.txt', import.meta.url).pathname;
/** Each report into its own programme: the Finnish one has 63 actions, the Swedish one 51. */
const FINNISH = { file: DEMO_FOLLOWUP_FILE, programme: 'digi-2020-2023', actions: 63 };
const SWEDISH = { file: SWEDISH_FILE, programme: 'digi-2021', actions: 51 };
/** Several processes each open PGlite and migrate; on a shared two-core machine that takes a while. */
const SLOW = 300_000;

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  done: Promise<Finished>;
}

function tiekartta(args: string[]): Running {
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, TIEKARTTA_LANG: 'en', DATABASE_URL: '', LOG_LEVEL: 'warn' } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<Finished>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, stdout: () => stdout, stderr: () => stderr, done };
}

function importInto(data: string, report: typeof FINNISH): Running {
  return tiekartta(['import', 'followup', report.file, '--data', data, '--municipality', 'porvoo', '--programme', report.programme]);
}

async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, limitMs = SLOW): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() - started > limitMs) throw new Error(`waited in vain for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every programme of Porvoo with the number of actions that point to it, and the actions in all (orphans included). */
async function contentOf(data: string): Promise<{ programmes: Record<string, number>; actions: number }> {
  const store = await openDatabase({ dataDir: data });
  try {
    return await runRead(store, { actor: TEST_ACTOR, municipality: { slug: 'porvoo' } }, async (ctx) => {
      const rows = await ctx.tx
        .select({ slug: programmes.slug, actions: count(actions.id) })
        .from(programmes)
        .leftJoin(actions, eq(actions.programmeId, programmes.id))
        .groupBy(programmes.slug);
      const [all] = await ctx.tx.select({ n: count() }).from(actions);
      return { programmes: Object.fromEntries(rows.map((row) => [row.slug, row.actions])), actions: all!.n };
    });
  } finally {
    await store.close();
  }
}

let dir: string;
/** A data folder that has Porvoo and nothing else; each case works in its own copy. */
let template: string;
let copies = 0;

async function freshFolder(): Promise<string> {
  const data = join(dir, `data-${++copies}`);
  await cp(template, data, { recursive: true });
  return data;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiekartta-folder-'));
  template = join(dir, 'template');
  const added = await tiekartta(['municipality', 'add', '--data', template, '--slug', 'porvoo', '--code', '638', '--name-fi', 'Porvoo', '--name-sv', 'Borgå', '--languages', 'fi,sv']).done;
  expect(added).toMatchObject({ code: 0, stdout: 'Municipality added: porvoo\n' });
}, SLOW);
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('one owner per data folder', () => {
  it('sends an import to the running server, which shows it at once; the folder opens after the server stops', async () => {
    const data = await freshFolder();
    const server = tiekartta(['start', '--data', data, '--port', '0', '--no-demo']);
    try {
      const origin = await until('the server to listen', () => /running: (http:\/\/localhost:\d+)/.exec(server.stdout())?.[1]);
      const programmesNow = async () => (await (await fetch(`${origin}/api/v1/porvoo/programmes`)).json()) as { programmes: { slug: string; actionCount: number }[] };
      expect((await programmesNow()).programmes).toEqual([]);

      const imported = await importInto(data, FINNISH).done;
      expect(imported.code).toBe(0);
      expect(imported.stdout).toContain('Actions: 63 new, 0 updated, 0 unchanged');
      expect(imported.stderr).toContain(`The work was done by the running server (process ${server.child.pid}).`);
      // At once: the answer cached before the import is not served again.
      expect((await programmesNow()).programmes.map(({ slug, actionCount }) => [slug, actionCount])).toEqual([['digi-2020-2023', 63]]);

      // Two at once through the server, and the first one again: each lands once.
      const [swedish, again] = await Promise.all([importInto(data, SWEDISH).done, importInto(data, FINNISH).done]);
      expect([swedish.code, again.code]).toEqual([0, 0]);
      expect(again.stdout).toContain('Actions: 0 new, 0 updated, 63 unchanged');
      expect((await programmesNow()).programmes.map(({ slug, actionCount }) => [slug, actionCount]).sort()).toEqual([['digi-2020-2023', 63], ['digi-2021', 51]]);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect((await server.done).code).toBe(0);
    expect(existsSync(join(data, LOCK_FILE))).toBe(false);
    expect(await contentOf(data)).toEqual({ programmes: { 'digi-2020-2023': 63, 'digi-2021': 51 }, actions: 114 });
  }, SLOW);

  it('lets two imports at once take turns, whichever starts first, and the same file twice lands once', async () => {
    for (const [first, second] of [[FINNISH, SWEDISH], [SWEDISH, FINNISH], [FINNISH, FINNISH]] as const) {
      const data = await freshFolder();
      // Held here until both wait for it, so that the two really run at once.
      const held = tryLockDataFolder(data, 'test');
      if (!held.acquired) throw new Error('the fresh folder is held');
      const waiting = `The data folder is in use by another command (process ${process.pid}: test); waiting for it to finish…`;
      const one = importInto(data, first);
      await until('the first import to wait', () => one.stderr().includes(waiting));
      const other = importInto(data, second);
      await until('the second import to wait', () => other.stderr().includes(waiting));
      held.lock.release();
      const [a, b] = await Promise.all([one.done, other.done]);
      expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
      expect(existsSync(join(data, LOCK_FILE))).toBe(false);
      if (first === second) {
        expect([a.stdout, b.stdout].map((out) => /Actions: (\d+) new/.exec(out)?.[1]).sort()).toEqual(['0', '63']);
      }
      const expected = first === second ? { [first.programme]: first.actions } : { [first.programme]: first.actions, [second.programme]: second.actions };
      const total = Object.values(expected).reduce((sum, n) => sum + n, 0);
      expect(await contentOf(data), `${first.programme} and ${second.programme}`).toEqual({ programmes: expected, actions: total });
    }
  }, SLOW);

  it('takes over a lock left by a process that has ended, and says so', async () => {
    const data = await freshFolder();
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('close', resolve));
    const stale: LockHolder = { pid: gone.pid!, host: hostname(), purpose: 'server', startedAt: new Date().toISOString(), admin: { port: 9, token: 'x' } };
    await writeFile(join(data, LOCK_FILE), JSON.stringify(stale), { mode: 0o600 });

    const imported = await importInto(data, FINNISH).done;
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain(`The data folder's lock was left by process ${gone.pid}, which has ended; it was taken over.`);
    expect(existsSync(join(data, LOCK_FILE))).toBe(false);
    expect(await contentOf(data)).toEqual({ programmes: { 'digi-2020-2023': 63 }, actions: 63 });
  }, SLOW);
});
