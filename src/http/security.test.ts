import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDatabase } from '../../test/support/database.ts';
import { createApp } from '../app.ts';
import type { Store } from '../db/database.ts';
import { createLogger } from '../logger.ts';
import { API_BASE_PATH } from './api/routes.ts';

const PAGE = '/porvoo/fi/digi-2020-2023/';
const API = `${API_BASE_PATH}/porvoo/programmes`;
const HSTS = 'max-age=31536000; includeSubDomains';

let store: Store;
let app: Hono;
let proxied: Hono;

beforeAll(async () => {
  store = await demoDatabase();
  app = createApp({ store, logger: createLogger('silent') });
  proxied = createApp({ store, logger: createLogger('silent'), proxy: { trustProxy: true } });
});
afterAll(() => store.close());

/** The one framing policy: CSP frame-ancestors, no X-Frame-Options beside it. */
function expectNoFraming(response: Response): void {
  expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(response.headers.has('x-frame-options')).toBe(false);
}

function expectOpenData(response: Response): void {
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  expect(response.headers.get('access-control-expose-headers')?.split(/,\s*/)).toEqual(['ETag', 'Content-Disposition']);
}

describe('security headers', () => {
  it('send HSTS only over HTTPS, decided for each request even when the answer comes from the cache', async () => {
    for (const path of [PAGE, API]) {
      const overHttps = await app.request(`https://tiekartta.example${path}`);
      expect(overHttps.status).toBe(200);
      expect(overHttps.headers.get('strict-transport-security')).toBe(HSTS);
      // The same answer, now from the cache, asked over plain HTTP: no HSTS.
      const overHttp = await app.request(`http://tiekartta.example${path}`);
      expect(overHttp.headers.get('etag')).toBe(overHttps.headers.get('etag'));
      expect(overHttp.headers.has('strict-transport-security')).toBe(false);
      const againOverHttps = await app.request(`https://tiekartta.example${path}`);
      expect(againOverHttps.headers.get('strict-transport-security')).toBe(HSTS);
    }
  });

  it('believe X-Forwarded-Proto only behind a trusted proxy', async () => {
    const forwarded = { headers: { 'x-forwarded-proto': 'https' } };
    expect((await proxied.request(PAGE, forwarded)).headers.get('strict-transport-security')).toBe(HSTS);
    expect((await proxied.request(PAGE)).headers.has('strict-transport-security')).toBe(false);
    expect((await app.request(PAGE, forwarded)).headers.has('strict-transport-security')).toBe(false);
  });

  it('forbid framing with one policy on every kind of answer', async () => {
    const first = await app.request(PAGE);
    const cached = await app.request(PAGE);
    const notModified = await app.request(PAGE, { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(notModified.status).toBe(304);
    const answers = [first, cached, notModified, await app.request(API), await app.request('/staff/sign-in'),
      await app.request('/no/such/page'), await app.request('/porvoo/%ff'), await app.request('/healthz')];
    for (const response of answers) expectNoFraming(response);
  });
});

describe('revalidation', () => {
  it('keeps Cache-Control, CORS and the ETag on a 304 of the API', async () => {
    const first = await app.request(API);
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const again = await app.request(API, { headers: { 'if-none-match': etag, origin: 'https://elsewhere.example' } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('public, no-cache');
    expect(again.headers.get('etag')).toBe(etag);
    expectOpenData(again);
  });

  it('keeps Cache-Control and the ETag on a 304 of a page', async () => {
    const first = await app.request(PAGE);
    const again = await app.request(PAGE, { headers: { 'if-none-match': `W/${first.headers.get('etag')}` } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('public, no-cache');
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(again.headers.has('access-control-allow-origin')).toBe(false);
  });
});

describe('the open data API', () => {
  it('lets any site read every answer, its problems and CSV files included', async () => {
    const answers = {
      list: await app.request(API),
      csv: await app.request(`${API}.csv`),
      unknownMunicipality: await app.request(`${API_BASE_PATH}/nowhere/programmes`),
      unknownRoute: await app.request(`${API_BASE_PATH}/no/such/route`),
      malformed: await app.request(`${API_BASE_PATH}/%ff/programmes`),
      document: await app.request(`${API_BASE_PATH}/openapi.json`),
    };
    expect(Object.fromEntries(Object.entries(answers).map(([name, response]) => [name, response.status]))).toEqual({
      list: 200, csv: 200, unknownMunicipality: 404, unknownRoute: 404, malformed: 400, document: 200,
    });
    for (const response of Object.values(answers)) {
      expectOpenData(response);
      expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    }
    expect(answers.csv.headers.get('content-disposition')).toBe('attachment; filename="porvoo-programmes.csv"');
  });

  it('keeps the site itself to its own origin', async () => {
    const page = await app.request(PAGE);
    expect(page.headers.has('access-control-allow-origin')).toBe(false);
    expect(page.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });
});
