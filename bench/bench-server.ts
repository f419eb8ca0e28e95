/**
 * The server under load: the real app over a fresh in-memory demo database, plus one extra route
 * serving a frozen copy of the action list page so the baseline pays for the same bytes and sockets.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from '../src/app.ts';
import { newPglite, openDatabase } from '../src/db/database.ts';
import { loadDemo } from '../src/io/demo.ts';
import { createLogger } from '../src/logger.ts';
import { ACTION_LIST_PATH, BASELINE } from './scenarios.ts';

export interface BenchServer {
  origin: string;
  close(): Promise<void>;
}

export async function startBenchServer(): Promise<BenchServer> {
  const database = await openDatabase({ pglite: newPglite() });
  try {
    await loadDemo(database);
    const app = createApp({ store: database, logger: createLogger('silent') });
    const page = await app.request(ACTION_LIST_PATH);
    if (page.status !== 200) throw new Error(`${ACTION_LIST_PATH} answered ${page.status} when copying it for the baseline`);
    const html = await page.text();

    const outer = new Hono().get(BASELINE.path, (c) => c.html(html)).route('/', app);
    const server = serve({ fetch: outer.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve, reject) => server.once('listening', resolve).once('error', reject));
    const { port } = server.address() as AddressInfo;
    return {
      origin: `http://127.0.0.1:${port}`,
      async close() {
        await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
