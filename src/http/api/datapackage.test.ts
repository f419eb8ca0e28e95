/** The data package download through the real app: an open, cacheable zip; problem JSON when nothing is there. */
import type { Hono } from 'hono';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/database.ts';
import { createApp } from '../../app.ts';
import { createLogger } from '../../logger.ts';
import { demoDatabase } from '../../../test/support/database.ts';

let store: Store;
let app: Hono;
beforeAll(async () => {
  store = await demoDatabase();
  app = createApp({ store, logger: createLogger('silent') });
});
afterAll(async () => store?.close());

describe('GET /api/v1/{municipality}/programmes/{programme}/datapackage.zip', () => {
  it('is the programme\'s data package, open to other sites and cached', async () => {
    const response = await app.request('/api/v1/porvoo/programmes/digi-2020-2023/datapackage.zip', { headers: { Origin: 'https://example.org' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="porvoo-digi-2020-2023-datapackage.zip"');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toBe('public, no-cache');
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const descriptor = JSON.parse(await zip.file('datapackage.json')!.async('string'));
    expect(descriptor).toMatchObject({ profile: 'tabular-data-package', name: 'porvoo-digi-2020-2023', licenses: [{ name: 'CC-BY-4.0' }] });
    expect((await zip.file('actions.csv')!.async('string')).split('\r\n').filter(Boolean)).toHaveLength(64);
    const etag = response.headers.get('etag')!;
    expect((await app.request('/api/v1/porvoo/programmes/digi-2020-2023/datapackage.zip', { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it.each(['/api/v1/porvoo/programmes/nothing/datapackage.zip', '/api/v1/nowhere/programmes/digi-2020-2023/datapackage.zip'])(
    'answers 404 problem JSON for %s', async (path) => {
      const response = await app.request(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    });
});

describe('GET /api/v1/{municipality}/dcat.jsonld', () => {
  it('describes each programme as a DCAT-AP dataset whose distributions answer', async () => {
    const response = await app.request('http://tiekartta.test/api/v1/porvoo/dcat.jsonld');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, no-cache');
    const catalog = await response.json() as Record<string, any>;
    expect(catalog).toMatchObject({
      '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/' },
      '@type': 'dcat:Catalog',
      '@id': 'http://tiekartta.test/api/v1/porvoo/dcat.jsonld',
      'dct:language': [
        { '@id': 'http://publications.europa.eu/resource/authority/language/FIN' },
        { '@id': 'http://publications.europa.eu/resource/authority/language/SWE' },
      ],
      'dct:publisher': { 'foaf:name': expect.arrayContaining([{ '@value': 'Borgå', '@language': 'sv' }]) },
    });
    // One dataset per programme: the demo's 2024–2026 programme and 2020–2023.
    const datasets = catalog['dcat:dataset'] as Record<string, any>[];
    expect(datasets.map((each) => each['dct:identifier'])).toEqual(['porvoo/digi-2024-2026', 'porvoo/digi-2020-2023']);
    const dataset = datasets[1]!;
    expect(dataset).toMatchObject({
      '@type': 'dcat:Dataset',
      'dct:identifier': 'porvoo/digi-2020-2023',
      'dct:temporal': { 'dcat:startDate': { '@value': '2020-01-01' }, 'dcat:endDate': { '@value': '2023-12-31' } },
      'dcat:landingPage': { '@id': 'http://tiekartta.test/porvoo/fi/digi-2020-2023/' },
    });
    expect(dataset['dct:title']).toEqual(expect.arrayContaining([{ '@value': 'Porvoo: Digiohjelman toimenpiteet ja seuranta 2020–2023', '@language': 'fi' }]));
    for (const distribution of datasets.flatMap((each) => each['dcat:distribution'])) {
      expect(distribution['dct:license']).toEqual({ '@id': 'http://publications.europa.eu/resource/authority/licence/CC_BY_4_0' });
      const answer = await app.request(distribution['dcat:downloadURL']['@id']);
      expect(answer.status, distribution['dcat:downloadURL']['@id']).toBe(200);
    }
    expect((await app.request(dataset['dcat:landingPage']['@id'])).status).toBe(200);
  });
});
