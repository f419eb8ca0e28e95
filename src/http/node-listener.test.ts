/**
 * The server's fast path: a cached public answer is sent from Node's request, without the app, and is
 * the app's own answer (same bytes, same headers) with what is decided per request decided again.
 */
import { sql } from 'drizzle-orm';
import type { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { demoDatabase, writeIn } from '../../test/support/database.ts';
import { createServedApp } from '../app.ts';
import type { Store } from '../db/database.ts';
import { createLogger } from '../logger.ts';
import { nodeListener } from './node-listener.ts';
import { listen, type Lifecycle, type RunningServer } from './serve.ts';

const PAGE = '/porvoo/fi/digi-2020-2023/';
const API = '/api/v1/porvoo/programmes';

let running: RunningServer | null = null;
afterEach(async () => {
  await running?.stop(100);
  running = null;
});

/** A served app that counts the requests reaching the app itself. */
async function serve(store: Store, options: { trustProxy?: boolean; lifecycle?: Lifecycle } = {}) {
  const logger = createLogger('silent');
  const proxy = { trustProxy: options.trustProxy ?? false };
  const lifecycle = options.lifecycle ?? { draining: false };
  const { app, cache } = createServedApp({ store, logger, proxy, lifecycle });
  let reachedApp = 0;
  const counting = { fetch: (request: Request, env: object) => ((reachedApp += 1), (app as Hono).fetch(request, env)) };
  running = await listen(nodeListener(counting, cache, { logger, proxy, lifecycle }), { host: '127.0.0.1', port: 0 });
  const origin = `http://127.0.0.1:${running.port}`;
  return {
    get: (path: string, init?: RequestInit) => fetch(`${origin}${path}`, init),
    reachedApp: () => reachedApp,
  };
}

const headersOf = (response: Response) => {
  const headers = Object.fromEntries(response.headers);
  delete headers.date;
  delete headers['keep-alive'];
  return headers;
};

describe('answers from the cache before the app', () => {
  it('sends a page and an API answer the second time without the app, with the same bytes and headers', async () => {
    const server = await serve(await demoDatabase());
    for (const path of [PAGE, API]) {
      const first = await server.get(path);
      const firstBody = await first.text();
      const reached = server.reachedApp();
      const second = await server.get(path);
      expect(server.reachedApp()).toBe(reached);
      expect(second.status).toBe(200);
      expect(await second.text()).toBe(firstBody);
      expect(headersOf(second)).toEqual(headersOf(first));
      expect(second.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
    const api = await server.get(API);
    expect(api.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers a revalidation with 304 and the headers a client keeps, HEAD without a body', async () => {
    const server = await serve(await demoDatabase());
    const first = await server.get(API);
    await first.text();
    const reached = server.reachedApp();
    const revalidated = await server.get(API, { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(revalidated.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    expect(revalidated.headers.get('access-control-allow-origin')).toBe('*');
    expect(revalidated.headers.get('content-type')).toBeNull();
    const head = await server.get(API, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect(server.reachedApp()).toBe(reached);
  });

  it('never answers from an older epoch: a write sends the next request to the app, with a new ETag', async () => {
    const store = await demoDatabase();
    const server = await serve(store);
    const before = await server.get(API);
    await before.text();
    await writeIn(store, 'porvoo', (ctx) => ctx.tx.execute(sql`update programmes set cost_code = 'changed'`));
    const reached = server.reachedApp();
    const after = await server.get(API, { headers: { 'if-none-match': before.headers.get('etag')! } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(server.reachedApp()).toBe(reached + 1);
  });

  it('leaves to the app what is someone\'s own or not plainly addressed', async () => {
    const server = await serve(await demoDatabase());
    await (await server.get(PAGE)).text();
    const reached = server.reachedApp();
    for (const [path, init] of [
      [PAGE, { headers: { cookie: '__Host-tiekartta-session=abc' } }],
      [`${PAGE}?q=%zz`, undefined],
      ['/porvoo/fi/%64igi-2020-2023/', undefined],
    ] as const) {
      const answer = await server.get(path, init);
      await answer.text();
    }
    expect(server.reachedApp()).toBe(reached + 3);
  });

  it('decides HSTS and closing for each request, never keeping them with the answer', async () => {
    const lifecycle: Lifecycle = { draining: false };
    const server = await serve(await demoDatabase(), { trustProxy: true, lifecycle });
    const overHttps = await server.get(API, { headers: { 'x-forwarded-proto': 'https' } });
    await overHttps.text();
    expect(overHttps.headers.get('strict-transport-security')).toMatch(/max-age=/);
    const reached = server.reachedApp();
    const overHttp = await server.get(API, { headers: { 'x-forwarded-proto': 'http' } });
    expect(overHttp.headers.get('strict-transport-security')).toBeNull();
    const httpsAgain = await server.get(API, { headers: { 'x-forwarded-proto': 'https' } });
    expect(httpsAgain.headers.get('strict-transport-security')).toMatch(/max-age=/);
    lifecycle.draining = true;
    const whileStopping = await server.get(API);
    expect(whileStopping.headers.get('connection')).toBe('close');
    expect(server.reachedApp()).toBe(reached);
  });
});
