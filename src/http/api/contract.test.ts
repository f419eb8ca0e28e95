/**
 * The API keeps the promise of its own OpenAPI document: every documented path and response is
 * requested here, and each real answer is validated against the schema the document gives for it.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDatabase } from '../../../test/support/database.ts';
import type { Store } from '../../db/database.ts';
import { createApp } from '../../app.ts';
import { API_BASE_PATH } from './routes.ts';
import { createLogger } from '../../logger.ts';
import { ideaRefOfThisYear, publishedIdea } from '../../../test/support/ideas.ts';

const PROGRAMME = '/porvoo/programmes/digi-2020-2023';

/** For each documented path, the requests (relative to the API) that should answer each documented status. */
const EXERCISES: Record<string, Record<string, string[]>> = {
  '/{municipality}/programmes': {
    200: ['/porvoo/programmes'],
    404: ['/nowhere/programmes'],
  },
  '/{municipality}/programmes.csv': {
    200: ['/porvoo/programmes.csv'],
    404: ['/nowhere/programmes.csv'],
  },
  '/{municipality}/programmes/{programme}/actions': {
    200: [`${PROGRAMME}/actions`, `${PROGRAMME}/actions?round=2022-09&q=tekoäly&lang=fi&section=6&year=2021&coFunded=true`],
    400: [`${PROGRAMME}/actions?round=2021-03`, `${PROGRAMME}/actions?state=finished`],
    404: ['/porvoo/programmes/digi-1999/actions'],
  },
  '/{municipality}/programmes/{programme}/actions.csv': {
    200: [`${PROGRAMME}/actions.csv`, `${PROGRAMME}/actions.csv?state=done`],
    400: [`${PROGRAMME}/actions.csv?coFunded=maybe`],
    404: ['/nowhere/programmes/digi-2020-2023/actions.csv'],
  },
  '/{municipality}/programmes/{programme}/actions/{id}': {
    200: [`${PROGRAMME}/actions/1.1`, `${PROGRAMME}/actions/7.7?round=2022-09`],
    400: [`${PROGRAMME}/actions/1.1?round=2021-03`],
    404: [`${PROGRAMME}/actions/99.99`],
  },
  '/{municipality}/programmes/{programme}/goals': {
    200: ['/porvoo/programmes/digi-2024-2026/goals', `${PROGRAMME}/goals`],
    404: ['/porvoo/programmes/digi-1999/goals'],
  },
  '/{municipality}/programmes/{programme}/metrics': {
    200: ['/porvoo/programmes/digi-2024-2026/metrics'],
    404: ['/nowhere/programmes/digi-2024-2026/metrics'],
  },
  '/{municipality}/programmes/{programme}/metrics.csv': {
    200: ['/porvoo/programmes/digi-2024-2026/metrics.csv'],
    404: ['/porvoo/programmes/digi-1999/metrics.csv'],
  },
  '/catalog/projects': {
    200: ['/catalog/projects', '/catalog/projects?q=tekoälyä&municipality=Borgå&ended=true&limit=500&offset=0'],
    400: ['/catalog/projects?limit=501', '/catalog/projects?municipality=Atlantis'],
  },
  '/{municipality}/programmes/{programme}/actions/{id}/similar-projects': {
    200: [`${PROGRAMME}/actions/6.5/similar-projects`],
    404: [`${PROGRAMME}/actions/99.99/similar-projects`, '/nowhere/programmes/digi-2020-2023/actions/6.5/similar-projects'],
  },
  '/catalog/network': {
    200: ['/catalog/network', '/catalog/network?limit=5'],
    400: ['/catalog/network?limit=0'],
  },
  '/catalog/network/{municipality}': {
    200: ['/catalog/network/638', '/catalog/network/Borg%C3%A5'],
    404: ['/catalog/network/Atlantis'],
  },
  '/{municipality}/ideas': {
    200: ['/porvoo/ideas'],
    404: ['/nowhere/ideas'],
  },
  '/{municipality}/ideas/{ref}': {
    200: [`/porvoo/ideas/${ideaRefOfThisYear(1)}`],
    400: ['/porvoo/ideas/not-an-idea'],
    404: [`/porvoo/ideas/${ideaRefOfThisYear(99)}`],
  },
  '/{municipality}/programmes/{programme}/roadmap': {
    200: ['/porvoo/programmes/digi-2024-2026/roadmap', `${PROGRAMME}/roadmap`],
    404: ['/porvoo/programmes/digi-1999/roadmap'],
  },
  '/catalog/projects/{id}': {
    200: ['/catalog/projects/638-keskusteleva-tekoaly-asiakaspalvelussa'],
    404: ['/catalog/projects/no-such-project'],
  },
};

interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  servers?: { url: string }[];
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>>;
  components: { schemas: Record<string, object> };
}

/** Where ajv keeps the document's component schemas; the document's refs are pointed here. */
const COMPONENTS_ID = 'https://tiekartta.invalid/api/v1/openapi.json/components/schemas';

/** A schema of the document with its `#/components/schemas/X` refs resolvable by ajv. */
function rebased(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${COMPONENTS_ID}#/$defs/`));
}

let database: Store;
let app: Hono;
let document: OpenApiDocument;
let ajv: Ajv2020;

beforeAll(async () => {
  database = await demoDatabase();
  app = createApp({ store: database, logger: createLogger('silent') });
  await publishedIdea(database, { title: 'Sähköinen ajanvaraus' });
  const response = await app.request(`${API_BASE_PATH}/openapi.json`);
  expect(response.status).toBe(200);
  document = (await response.json()) as OpenApiDocument;
  ajv = new Ajv2020({ allErrors: true, strict: true });
  // OpenAPI's annotation keyword; JSON Schema 2020-12 has only `examples`.
  ajv.addKeyword('example');
  ajv.addSchema({ $id: COMPONENTS_ID, $defs: rebased(document.components.schemas) });
});
afterAll(() => database.close());

describe('the OpenAPI document', () => {
  it('describes the open data API as OpenAPI 3.1', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.title).toBe('Tiekartta open data API');
    expect(document.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(document.servers).toEqual([{ url: API_BASE_PATH }]);
  });

  it('has its every open path and response exercised by this test, all read-only', () => {
    // The staff API (/staff/…) has its own contract test beside it.
    const open = Object.entries(document.paths).filter(([path]) => !path.startsWith('/staff/'));
    expect(open.map(([path]) => path).sort()).toEqual(Object.keys(EXERCISES).sort());
    for (const [path, operations] of open) {
      expect(Object.keys(operations), path).toEqual(['get']);
      expect(Object.keys(operations.get!.responses).sort(), path).toEqual(Object.keys(EXERCISES[path]!).sort());
    }
  });
});

describe.each(Object.entries(EXERCISES))('%s', (path, byStatus) => {
  const cases = Object.entries(byStatus).flatMap(([status, requests]) => requests.map((request) => ({ status, request })));

  it.each(cases)('answers $request with $status as documented', async ({ status, request }) => {
    const response = await app.request(`${API_BASE_PATH}${request}`);
    expect(response.status).toBe(Number(status));
    const mediaType = response.headers.get('content-type')!.split(';')[0]!;
    const documented = document.paths[path]!.get!.responses[status]!.content?.[mediaType];
    expect(documented, `${mediaType} is documented for ${status}`).toBeDefined();
    const body = mediaType.endsWith('json') ? await response.json() : await response.text();
    const validate = ajv.compile(rebased(documented!.schema));
    expect(validate(body) ? [] : validate.errors).toEqual([]);
  });
});
