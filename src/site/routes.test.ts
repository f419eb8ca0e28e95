/** The site's status codes, redirects and escaping, through the real app without a browser. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { Store } from '../db/database.ts';
import { createApp } from '../app.ts';
import { createLogger } from '../logger.ts';
import { demoDatabase } from '../../test/support/database.ts';

let database: Store;
let app: Hono;

beforeAll(async () => {
  database = await demoDatabase();
  app = createApp({ store: database, logger: createLogger('silent') });
});

afterAll(async () => {
  await database?.close();
});

const p = '/porvoo/fi/digi-2020-2023';

describe('site routes', () => {
  it.each([
    ['/', 200],
    ['/porvoo/fi/', 200],
    ['/porvoo/sv/', 200],
    ['/porvoo/en/', 200],
    [`${p}/`, 200],
    [`${p}/actions`, 200],
    [`${p}/actions?section=3&year=2021&state=in_progress&cofunded=no&q=raportointi&round=2022-09`, 200],
    [`${p}/actions/4.1`, 200],
    [`${p}/enablers`, 200],
    [`${p}/actions?section=0`, 400],
    [`${p}/actions?state=finished`, 400],
    [`${p}/actions?round=2019-01`, 400],
    ['/nowhere/fi/', 404],
    ['/porvoo/de/', 404],
    ['/porvoo/fi/no-such-programme/', 404],
    [`${p}/actions/99.99`, 404],
    [`${p}/actions/`, 404],
    ['/porvoo/fi/digi-2020-2023/actions/1.1/extra', 404],
  ])('GET %s answers %i with an HTML page', async (path, status) => {
    const response = await app.request(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toMatch(/^<!DOCTYPE html><html lang="(fi|sv|en)">/);
  });

  it('speaks the browser\'s language on the front page, and offers the others as ?lang= links', async () => {
    const response = await app.request('/', { headers: { 'accept-language': 'sv-FI,sv;q=0.9,en;q=0.5' } });
    expect(response.headers.get('vary')).toContain('Accept-Language');
    const body = await response.text();
    expect(body).toContain('<html lang="sv">');
    expect(body).toContain('<h1>Kommunernas digiprogram</h1>');
    const switcher = body.match(/<nav class="language-switcher".*?<\/nav>/)?.[0];
    expect(switcher).toContain('<a href="/?lang=fi" lang="fi" hreflang="fi">Suomeksi</a>');
    expect(switcher).toContain('<a href="/?lang=en" lang="en" hreflang="en">In English</a>');
    expect(switcher).not.toContain('lang=sv');
  });

  it('lets ?lang= choose the front page\'s language over the browser\'s, and ignores one it does not know', async () => {
    const finnish = { headers: { 'accept-language': 'fi-FI' } };
    const english = await (await app.request('/?lang=en', finnish)).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<h1>Municipal digital programmes</h1>');
    expect(await (await app.request('/?lang=de', finnish)).text()).toContain('<html lang="fi">');
    expect(await (await app.request('/')).text()).toContain('<html lang="en">');
  });

  it('answers an unknown API path with problem JSON, not a page', async () => {
    const response = await app.request('/api/v1/porvoo/nothing/here');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('lets shared caches keep pages, revalidated by their ETag, and keeps error pages out', async () => {
    const first = await app.request(`${p}/actions`);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    const again = await app.request(`${p}/actions`, { headers: { 'If-None-Match': tag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(tag);
    expect((await app.request(`${p}/actions/99.99`)).headers.get('etag')).toBeNull();
  });

  it('redirects a folder page without its slash to the one with it', async () => {
    const response = await app.request('/porvoo/sv/digi-2020-2023');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/porvoo/sv/digi-2020-2023/');
  });

  it('speaks the municipality\'s language on a 404 for a language it does not know', async () => {
    const body = await (await app.request('/porvoo/de/')).text();
    expect(body).toContain('<html lang="fi">');
    expect(body).toContain('Sivua ei löytynyt');
  });

  it('escapes what the visitor typed', async () => {
    const q = '<script>alert(1)</script>"><img src=x>';
    const response = await app.request(`${p}/actions?q=${encodeURIComponent(q)}`);
    const body = await response.text();
    expect(body).not.toContain('<script>alert(1)');
    expect(body).not.toContain('<img src=x>');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x&gt;');
  });

  it('escapes a bad filter value in its message', async () => {
    const response = await app.request(`${p}/actions?year=${encodeURIComponent('<b>2020</b>')}`);
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain('Aikataulutettu vuodelle');
    expect(body).toContain('”&lt;b&gt;2020&lt;/b&gt;”');
  });

  it('shows the count of results and the state of each row in words', async () => {
    const body = await (await app.request(`${p}/actions?section=1`)).text();
    expect(body).toMatch(/Löytyi \d+ toimenpidettä\./);
    expect(body).toContain('Kuntalaisten palautteiden visualisointi kartalla');
    expect(body).toContain('<span class="state state-done">Toteutettu</span>');
  });

  it('links the filtered list to the same data as CSV and JSON', async () => {
    const body = await (await app.request(`${p}/actions?section=2&cofunded=yes`)).text();
    const csvHref = body.match(/href="([^"]+actions\.csv[^"]*)"/)?.[1]?.replaceAll('&amp;', '&');
    expect(csvHref).toBe('/api/v1/porvoo/programmes/digi-2020-2023/actions.csv?section=2&coFunded=true&lang=fi');
    const csv = await (await app.request(csvHref!)).text();
    expect(csv.trim().split('\r\n')).toHaveLength(2);
    expect(csv).toContain('Talousraportointi, joka tukee resurssien oikeaa kohdentamista');
  });

  it('titles every page differently', async () => {
    const paths = ['/', '/porvoo/fi/', `${p}/`, `${p}/actions`, `${p}/actions/1.1`, `${p}/actions/1.2`, `${p}/enablers`];
    const titles = await Promise.all(
      paths.map(async (path) => (await (await app.request(path)).text()).match(/<title>(.*?)<\/title>/)?.[1]),
    );
    expect(new Set(titles).size).toBe(paths.length);
  });
});
