/**
 * Several app processes on one PostgreSQL database: each keeps its own response cache, and a write
 * made anywhere (here by a third process, the import command) is seen by each at its next request,
 * because every cached answer is keyed by the content epochs read from the server (db/epochs.ts).
 */
import { expect, it } from 'vitest';
import { SLOW, scratchServerDatabase, spawnTiekartta, startServer, type Running } from '../../test/support/processes.ts';

const SWEDISH_FILE = new URL('../../demo/porvoo-followup-2021-03-sv.txt', import.meta.url).pathname;
const PROGRAMMES = '/api/v1/porvoo/programmes';

async function programmesOf(origin: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${origin}${PROGRAMMES}`, { headers });
  const body = response.status === 200 ? ((await response.json()) as { programmes: { slug: string; actionCount: number }[] }) : null;
  return { status: response.status, etag: response.headers.get('etag')!, slugs: body?.programmes.map(({ slug, actionCount }) => `${slug}:${actionCount}`) };
}

it.runIf(process.env.TEST_DATABASE_URL)('a write by another process is seen at once by the cache of each server process', async () => {
  const database = await scratchServerDatabase();
  const servers: Running[] = [];
  try {
    const env = { DATABASE_URL: database.url };
    // The first loads the demo into the empty database; the second finds it there.
    const first = await startServer([], env);
    servers.push(first);
    const second = await startServer([], env);
    servers.push(second);

    const before: Awaited<ReturnType<typeof programmesOf>>[] = [];
    for (const { origin } of [first, second]) {
      const asked = await programmesOf(origin);
      expect(asked.slugs).toContain('digi-2020-2023:63');
      expect(asked.slugs?.some((slug) => slug.startsWith('digi-2021:'))).toBe(false);
      // Kept: the same answer again, and a 304 for the ETag.
      expect(await programmesOf(origin)).toEqual(asked);
      expect((await programmesOf(origin, { 'if-none-match': asked.etag })).status).toBe(304);
      before.push(asked);
    }

    const imported = await spawnTiekartta(['import', 'followup', SWEDISH_FILE, '--municipality', 'porvoo', '--programme', 'digi-2021'], env).done;
    expect(imported.code, imported.stderr).toBe(0);

    for (const [at, { origin }] of [first, second].entries()) {
      const after = await programmesOf(origin, { 'if-none-match': before[at]!.etag });
      expect(after.status).toBe(200);
      expect(after.slugs?.filter((slug) => !before[at]!.slugs!.includes(slug))).toEqual(['digi-2021:51']);
      expect(after.etag).not.toBe(before[at]!.etag);
    }
  } finally {
    for (const server of servers) server.child.kill('SIGTERM');
    const codes = await Promise.all(servers.map(async (server) => (await server.done).code));
    await database.drop();
    expect(codes).toEqual(servers.map(() => 0));
  }
}, SLOW);
