/**
 * The production start as deployed. `npm run build` runs once, into a folder that holds only what the
 * container's runtime stage holds (package.json, bin/, scripts/production-start.sh, demo/, dist/ and the production
 * dependencies: no tsx, no TypeScript); then scripts/production-start.sh starts it as the container
 * does. On a PostgreSQL server (TEST_DATABASE_URL) two processes share one new database, which they
 * migrate together; on PGlite one process owns its data folder. Commands write through the same build,
 * and every process shows the change at its next request, though it had cached the page before; the
 * backup runs from the same build while they serve.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, serverDatabaseAt, type Backend } from './support/database.ts';

const run = promisify(execFile);
/** Generous: the build and the processes share a busy machine with the other tests. */
const STEP_LIMIT_MS = 120_000;
const root = fileURLToPath(new URL('..', import.meta.url));

/** The runtime stage: the build and the production dependencies (linked from this checkout's). */
async function assembleRuntime(app: string): Promise<void> {
  for (const part of ['package.json', 'bin', 'scripts/production-start.sh', 'demo']) {
    mkdirSync(dirname(join(app, part)), { recursive: true });
    cpSync(join(root, part), join(app, part), { recursive: true });
  }
  await run('npm', ['run', 'build', '--', join(app, 'dist')], { cwd: root });
  const { stdout } = await run('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: root });
  for (const path of stdout.split('\n').filter(Boolean)) {
    const name = relative(join(root, 'node_modules'), path);
    // A package nested in another's node_modules comes with the link to that package.
    if (!name || name.startsWith('..') || name.includes('/node_modules/')) continue;
    mkdirSync(dirname(join(app, 'node_modules', name)), { recursive: true });
    symlinkSync(path, join(app, 'node_modules', name));
  }
}

interface Server {
  origin: string;
  process: ChildProcess;
  output: () => string;
}

function startServer(app: string, env: NodeJS.ProcessEnv): Promise<Server> {
  const child = spawn('sh', [join(app, 'scripts/production-start.sh')], { env: { ...env, HOST: '127.0.0.1', PORT: '0' } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), STEP_LIMIT_MS);
    const fail = () => reject(new Error(`the server ended:\n${output}`));
    child.once('exit', fail);
    child.stdout.on('data', () => {
      const listening = /Tiekartta is running: (http:\/\/localhost:\d+)\//.exec(output);
      if (!listening) return;
      clearTimeout(timer);
      child.off('exit', fail);
      resolve({ origin: listening[1]!, process: child, output: () => output });
    });
  });
}

function stopServer(server: Server): Promise<number | null> {
  if (server.process.exitCode !== null) return Promise.resolve(server.process.exitCode);
  return new Promise((resolve) => {
    server.process.once('exit', (code) => resolve(code));
    server.process.kill('SIGTERM');
  });
}

async function page(server: Server, path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${server.origin}${path}`, { headers: { 'accept-language': 'en' } });
  return { status: response.status, text: await response.text() };
}

describe('the production build, started as the container starts it', () => {
  let dir: string;
  let app: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tiekartta-production-'));
    app = join(dir, 'app');
    await assembleRuntime(app);
  }, 2 * STEP_LIMIT_MS);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is compiled JavaScript that runs without the development dependencies', () => {
    expect(existsSync(join(app, 'dist/cli/main.js'))).toBe(true);
    expect(existsSync(join(app, 'dist/db/migrations/meta/_journal.json'))).toBe(true);
    expect(existsSync(join(app, 'dist/site/assets/site.css'))).toBe(true);
    for (const devOnly of ['tsx', 'typescript', 'vitest']) expect(existsSync(join(app, 'node_modules', devOnly))).toBe(false);
  });

  const servers = (backend: Backend) => (backend === 'postgres' ? 2 : 1);

  it.each(backends)('serves on %s, and a command\'s change is seen at once by every process', async (backend) => {
    const database = backend === 'postgres' ? await serverDatabaseAt('empty') : null;
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH, HOME: process.env.HOME, TIEKARTTA_LANG: 'en', NODE_ENV: 'production',
      DATABASE_URL: database?.url ?? '', TIEKARTTA_DATA: join(dir, `data-${backend}`), TRUST_PROXY: 'true',
    };
    const tiekartta = (args: string[]) => run(process.execPath, [join(app, 'bin/tiekartta.js'), ...args], { env, cwd: app });
    const started: Server[] = [];
    try {
      // Started together on a new database: they take turns migrating it.
      started.push(...(await Promise.all(Array.from({ length: servers(backend) }, () => startServer(app, env)))));
      for (const server of started) {
        expect(await page(server, '/healthz')).toEqual({ status: 200, text: 'ok' });
        expect(await page(server, '/readyz')).toEqual({ status: 200, text: 'ready' });
        const front = await page(server, '/');
        expect(front.status).toBe(200);
        expect(front.text).not.toContain('Porvoo');
        expect(await page(server, '/assets/site.css')).toMatchObject({ status: 200 });
        // Behind the TLS proxy (TRUST_PROXY): HSTS only on what came over HTTPS.
        const overHttps = await fetch(`${server.origin}/staff/sign-in`, { headers: { 'x-forwarded-proto': 'https' } });
        expect(overHttps.headers.get('strict-transport-security')).toContain('max-age=');
        expect((await fetch(`${server.origin}/staff/sign-in`)).headers.has('strict-transport-security')).toBe(false);
      }

      const added = await tiekartta(['municipality', 'add', '--slug', 'porvoo', '--code', '638', '--name-fi', 'Porvoo', '--name-sv', 'Borgå', '--languages', 'fi,sv']);
      expect(added.stdout).toBe('Municipality added: porvoo\n');
      for (const server of started) {
        expect((await page(server, '/')).text).toContain('Porvoo');
        expect((await page(server, '/porvoo/en/')).text).not.toContain('digi-2020-2023');
      }

      const imported = await tiekartta(['import', 'followup', join(app, 'demo/porvoo-followup-2022-09-fi.txt'), '--municipality', 'porvoo', '--programme', 'digi-2020-2023']);
      expect(imported.stdout).toContain('Actions: 63 new');
      if (backend === 'pglite') expect(imported.stderr).toContain('The work was done by the running server');
      for (const server of started) {
        const municipality = await page(server, '/porvoo/en/');
        expect(municipality.status).toBe(200);
        expect(municipality.text).toContain('digi-2020-2023');
        expect((await page(server, '/porvoo/fi/digi-2020-2023/actions')).status).toBe(200);
      }

      // The operator's backup, from the same build, while the servers run (on PGlite, through the one that holds the folder).
      const backup = await tiekartta(['backup', join(dir, `${backend}.backup`)]);
      expect(backup.stdout).toMatch(/^Backup of .* written/);
    } finally {
      const codes = await Promise.all(started.map(stopServer));
      await database?.drop();
      expect(codes, started.map((server) => server.output()).join('\n')).toEqual(started.map(() => 0));
    }
  }, 2 * STEP_LIMIT_MS);
});
