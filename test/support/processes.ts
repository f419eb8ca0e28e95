/** The `tiekartta` command in child processes that run on while a test talks to them: servers, commands at once. */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const bin = new URL('../../bin/tiekartta.js', import.meta.url).pathname;
/** Several processes each open a database and migrate; on a shared two-core machine that takes a while. */
export const SLOW = 300_000;

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  done: Promise<Finished>;
}

/** Starts the command in English, on the embedded database unless `env` names a server. */
export function spawnTiekartta(args: string[], env: NodeJS.ProcessEnv = {}): Running {
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, TIEKARTTA_LANG: 'en', DATABASE_URL: '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<Finished>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, stdout: () => stdout, stderr: () => stderr, done };
}

export async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, limitMs = SLOW): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() - started > limitMs) throw new Error(`waited in vain for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `tiekartta start` on a free port, once it listens. */
export async function startServer(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Running & { origin: string }> {
  const server = spawnTiekartta(['start', '--port', '0', ...args], env);
  const origin = await until('the server to listen', async () => {
    if (server.child.exitCode !== null) throw new Error(`the server ended: ${server.stdout()}${server.stderr()}`);
    return /running: (http:\/\/localhost:\d+)/.exec(server.stdout())?.[1];
  });
  return { ...server, origin };
}

/** An empty database of its own on the test PostgreSQL server (TEST_DATABASE_URL), dropped by `drop`. */
export async function scratchServerDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `tiekartta_scratch_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => admin(`DROP DATABASE ${name} WITH (FORCE)`) };
}
