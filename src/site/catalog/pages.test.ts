import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDatabase } from '../../../test/support/database.ts';
import { createApp } from '../../app.ts';
import type { Store } from '../../db/database.ts';
import { createLogger } from '../../logger.ts';

let database: Store;
let app: Hono;
beforeAll(async () => {
  database = await demoDatabase();
  app = createApp({ store: database, logger: createLogger('silent') });
});
afterAll(() => database.close());

describe('the catalog pages', () => {
  it('search with a plain form and show ranked results with the found words marked', async () => {
    const response = await app.request('/porvoo/fi/catalog?q=varhaiskasvatuksen');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('public');
    const html = await response.text();
    expect(html).toContain('<form class="filters" method="get" action="/porvoo/fi/catalog" role="search">');
    expect(html).toMatch(/<mark>varhaiskasvatuksen<\/mark>/iu);
    expect(html).toContain('href="/porvoo/fi/catalog/577-varhaiskasvatuksen-digitaalinen-palveluprosessi"');
  });

  it('page through every project, twenty at a time', async () => {
    const first = await (await app.request('/porvoo/sv/catalog')).text();
    expect(first).toContain('142 projekt');
    expect(first).toContain('sida 1 / 8');
    const last = await (await app.request('/porvoo/sv/catalog?page=8')).text();
    expect(last.match(/class="catalog-project"/gu)).toHaveLength(2);
  });

  it('filter by a municipality named in Swedish, in the page language', async () => {
    const html = await (await app.request('/porvoo/sv/catalog?municipality=Borg%C3%A5&ended=false')).text();
    expect(html).toContain('Ansvarig kommun: Borgå');
  });

  it('say which field is wrong, beside it and in a summary', async () => {
    const response = await app.request('/porvoo/en/catalog?municipality=Atlantis&page=0');
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('No municipality &quot;Atlantis&quot; was found. Check the name.');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('The page number is not valid.');
  });

  it('show a project with its partners, description and contacts', async () => {
    const response = await app.request('/porvoo/sv/catalog/638-keskusteleva-tekoaly-asiakaspalvelussa');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<h1 lang="fi">Keskusteleva tekoäly asiakaspalvelussa</h1>');
    expect(html).toContain('Grankulla');
    expect(html).toContain('Mer information');
    expect((await app.request('/porvoo/fi/catalog/no-such-project')).status).toBe(404);
  });

  it('suggest similar projects on the action page', async () => {
    const html = await (await app.request('/porvoo/fi/digi-2020-2023/actions/6.5')).text();
    expect(html).toContain('Samankaltaisia hankkeita muissa kunnissa');
    expect(html).toContain('href="/porvoo/fi/catalog/638-keskusteleva-tekoaly-asiakaspalvelussa"');
  });

  it('show the network of cooperation as a graph and, with the same data, a table', async () => {
    const html = await (await app.request('/porvoo/en/network')).text();
    expect(html).toContain('Projects the municipality led (');
    expect(html).toContain('href="/porvoo/en/catalog/638-keskusteleva-tekoaly-asiakaspalvelussa"');
    expect(html).toContain('<svg viewBox="0 0 560 560" role="img" aria-labelledby="network-graph-caption">');
    expect(html).toMatch(/<th scope="row">Kauniainen<\/th><td>\d+<\/td>/u);
    expect(html).toContain('The most connected municipalities');
  });

  it('are linked from every page of a municipality', async () => {
    const html = await (await app.request('/porvoo/fi/')).text();
    expect(html).toContain('href="/porvoo/fi/catalog"');
  });
});
