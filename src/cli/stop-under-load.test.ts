/**
 * SIGTERM under load: the server process is asked to stop while autocannon keeps its connections
 * busy with answers that each need the database. Every request the server began must be answered and
 * reach its client whole; then the process exits 0 (and leaves its data folder free).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOW, scratchServerDatabase, startServer } from '../../test/support/processes.ts';
import { LOCK_FILE } from './data-folder-lock.ts';


interface Stopped {
  /** Requests the server began before the signal and had not answered yet. */
  underWay: number;
}

/** Starts the server, loads it, sends SIGTERM once 50 answers came, and checks what each side saw. */
async function stopUnderLoad(args: string[], env: NodeJS.ProcessEnv): Promise<Stopped> {
  const server = await startServer(args, { LOG_LEVEL: 'debug', SHUTDOWN_DEADLINE_SECONDS: '10', ...env });
  const { origin } = server;
  const exited = server.done.then(({ code }) => code);

  // Every request asks for a different search, so none is answered from the cache.
  let asked = 0;
  let load!: autocannon.Instance;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    load = autocannon({
      url: origin,
      connections: 16,
      duration: 60,
      requests: [{ setupRequest: (request) => ({ ...request, path: `/api/v1/porvoo/programmes/digi-2020-2023/actions?q=palvelu${asked++}` }) }],
    }, (error, result) => (error ? reject(error) : resolve(result)));
  });
  let answered = 0;
  load.on('response', (_client, status) => {
    if (status === 200) answered++;
  });
  const loading = Date.now();
  while (answered < 50) {
    if (Date.now() - loading > 60_000) {
      server.child.kill('SIGKILL');
      load.stop();
      throw new Error(`only ${answered} answers in a minute: ${server.stdout().slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  server.child.kill('SIGTERM');
  const code = await exited;
  load.stop();
  const result = await finished;
  // The log and the messages, in the order written.
  const stdout = server.stdout();

  expect(code, stdout.slice(-2000)).toBe(0);
  // The server's log says which requests it began and which it answered: every one it began was
  // answered with a 200, and each answer reached the client.
  const lines = stdout.split('\n');
  const stopAt = lines.findIndex((line) => line.startsWith('Stopping:'));
  expect(stopAt).toBeGreaterThan(0);
  const entries = lines.map((line, at) => ({ at, ...(line.startsWith('{') ? (JSON.parse(line) as { msg: string; status?: number; path: string }) : { msg: '', path: '' }) }));
  const began = entries.filter((entry) => entry.msg === 'request started' && entry.path.startsWith('/api/'));
  const ended = entries.filter((entry) => entry.msg === 'request' && entry.path.startsWith('/api/'));
  expect(ended.every((entry) => entry.status === 200)).toBe(true);
  expect(ended.length).toBe(began.length);
  expect(result.non2xx).toBe(0);
  expect(result['2xx']).toBe(began.length);
  expect(answered).toBe(began.length);
  return { underWay: began.filter((entry) => entry.at < stopAt).length - ended.filter((entry) => entry.at < stopAt).length };
}

describe('a stop under load', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tiekartta-stop-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('finishes every request it began, exits 0 and frees the data folder', async () => {
    const data = join(dir, 'data');
    await stopUnderLoad(['--data', data], { DATABASE_URL: '' });
    expect(existsSync(join(data, LOCK_FILE))).toBe(false);
  }, SLOW);

  // On PostgreSQL a request waits for the database over the network, so some are under way at the
  // signal (PGlite answers each within one turn of the event loop, between which the signal comes).
  it.runIf(process.env.TEST_DATABASE_URL)('on PostgreSQL, also those under way at the signal', async () => {
    const database = await scratchServerDatabase();
    try {
      const { underWay } = await stopUnderLoad([], { DATABASE_URL: database.url });
      expect(underWay).toBeGreaterThan(0);
    } finally {
      await database.drop();
    }
  }, SLOW);
});
