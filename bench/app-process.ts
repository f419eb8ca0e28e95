/**
 * The app under load, in a process of its own (started by run.ts with IPC): the real app over the
 * database named by BENCH_DATABASE_URL, or over a fresh in-memory PGlite holding the Porvoo demo.
 * It answers the orchestrator's messages (generate municipalities, report memory) and offers one
 * extra route, `POST /__bench/change/{municipality}`, which changes an action of that municipality
 * through a real write so that the next public answer cannot come from the cache.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createServedApp } from '../src/app.ts';
import { newPglite, openDatabase, type Store } from '../src/db/database.ts';
import { nodeListener } from '../src/http/node-listener.ts';
import { listen } from '../src/http/serve.ts';
import { loadDemo } from '../src/io/demo.ts';
import { createLogger } from '../src/logger.ts';
import { runWrite } from '../src/services/context.ts';
import { Hono } from 'hono';
import { BENCH_ACTOR, generateMunicipalities, type OwnerQuery, type Shape } from './generate.ts';

export type ToApp =
  | { type: 'generate'; first: number; count: number; shape: Shape }
  | { type: 'memory' };
export type FromApp =
  | { type: 'ready'; port: number }
  | { type: 'generated'; slugs: string[] }
  | { type: 'memory'; rssBytes: number }
  | { type: 'failed'; message: string };

const send = (message: FromApp) => process.send!(message);

async function ownerQueryFor(store: Store, url: string | undefined): Promise<{ query: OwnerQuery; close(): Promise<void> }> {
  if (!url) {
    const client = store.pglite!;
    return { query: (text, params) => client.query(text, params), close: async () => undefined };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return { query: (text, params) => client.query(text, params), close: () => client.end() };
}

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  const store = await openDatabase(url ? { url } : { pglite: newPglite() });
  if (!url) await loadDemo(store);
  const owner = await ownerQueryFor(store, url);

  const change = new Hono().post('/__bench/change/:m', async (c) => {
    await runWrite(store, { actor: BENCH_ACTOR, municipality: { slug: c.req.param('m') } }, (ctx) =>
      ctx.tx.execute(sql`update actions set updated_at = now() where id = (select id from actions order by ref limit 1)`));
    return c.body(null, 204);
  });
  const logger = createLogger('silent');
  const served = createServedApp({ store, logger });
  const app = new Hono().route('/', change).route('/', served.app);
  // As `tiekartta start` serves: cache hits answered before the app.
  const listener = nodeListener(app, served.cache, { logger, proxy: { trustProxy: false }, lifecycle: { draining: false } });
  const running = await listen(listener, { host: '127.0.0.1', port: 0 });

  process.on('message', (message: ToApp) => {
    if (message.type === 'memory') {
      global.gc?.();
      send({ type: 'memory', rssBytes: process.memoryUsage().rss });
      return;
    }
    generateMunicipalities(store, owner.query, message.first, message.count, message.shape).then(
      (slugs) => send({ type: 'generated', slugs }),
      (error: unknown) => send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  });
  process.on('disconnect', () => {
    void running.stop(1000).then(() => owner.close()).then(() => store.close()).finally(() => process.exit(0));
  });
  send({ type: 'ready', port: running.port });
}

main().catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? error.stack ?? error.message : String(error) });
  process.exit(1);
});
