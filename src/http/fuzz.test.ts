/**
 * Bad input is a clear 4xx, never a 500: every route of the open data API (from its own OpenAPI
 * document) and every page route of the app (from the app's route table) is asked with random path
 * segments and query values, weighted towards what broke before: NUL, numbers past 32 bits, CR/LF,
 * invalid percent-encoding, lone surrogates, backslashes and other ways to leave the site.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDatabase } from '../../test/support/database.ts';
import { createApp } from '../app.ts';
import type { Store } from '../db/database.ts';
import { createLogger } from '../logger.ts';
import { PROBLEM_CONTENT_TYPE } from './api/problems.ts';
import { API_BASE_PATH } from './api/routes.ts';
import { anyText, hostileValue, NUMBER_EDGES, type Parameter } from '../../test/support/fuzz.ts';

const ORIGIN = 'http://tiekartta.test';
/** Requests per place a request can go wrong in (path and query parameters): a few hundred in all. */
const RUNS_PER_SPOT = 4;

/** Values the demo data has for path parameters, so that the rest of a request reaches deep into the routes. */
const KNOWN: Record<string, string[]> = {
  municipality: ['porvoo'],
  m: ['porvoo'],
  lang: ['fi', 'sv', 'en'],
  programme: ['digi-2020-2023'],
  id: ['1.1', '7.7'],
  ref: ['1.1', '7.7'],
  secret: ['c2VjcmV0'],
  '*': ['site.css'],
};
const ACTION_FILTERS: Record<string, Parameter> = {
  section: { valid: ['1', '6'], edges: NUMBER_EDGES },
  year: { valid: ['2022'], edges: NUMBER_EDGES },
  state: { valid: ['done'], edges: [] },
  cofunded: { valid: ['1'], edges: [] },
  round: { valid: ['2022-09'], edges: ['2022-13', '0000-00', '9999-12'] },
  q: { valid: ['tekoäly'], edges: [] },
};
/** What each page reads from the query; the others get unknown names only. */
const PAGE_QUERY: Record<string, Record<string, Parameter>> = {
  '/:m/:lang/:programme/actions': ACTION_FILTERS,
  '/': { lang: { valid: ['sv'], edges: [] } },
  '/staff/sign-in': {
    next: { valid: ['/staff'], edges: ['/staff//evil.example', '/staff/%5C%5Cevil.example', 'https://evil.example'] },
    notice: { valid: ['signed_out'], edges: [] },
  },
};

interface RouteUnderTest {
  /** The route as Hono writes it: `:name` for a parameter, `*` for the rest of the path. */
  path: string;
  /** Query parameters the route reads. */
  query: Record<string, Parameter>;
}

/**
 * A request that is right but for one or two places: a path parameter, a query parameter or an
 * unknown query parameter. Wholly random requests would almost all stop at the first check.
 */
function spotsOf(route: RouteUnderTest): string[] {
  const pathSpots = route.path.split('/').filter((segment) => segment.startsWith(':') || segment === '*');
  return [...pathSpots.map((name) => `path ${name}`), ...Object.keys(route.query).map((name) => `query ${name}`), 'extra'];
}

function requestFor(route: RouteUnderTest): fc.Arbitrary<string> {
  const segments = route.path.split('/');
  const pathSpots = segments.filter((segment) => segment.startsWith(':') || segment === '*');
  const spots = spotsOf(route);
  return fc.subarray(spots, { minLength: 1, maxLength: Math.min(2, spots.length) }).chain((hostile) => {
    const parts = segments.map((segment) => {
      if (!pathSpots.includes(segment)) return fc.constant(segment);
      const parameter = { valid: KNOWN[segment.replace(/^:/, '')] ?? ['x'], edges: [] };
      return hostile.includes(`path ${segment}`) ? hostileValue(parameter) : fc.constantFrom(...parameter.valid);
    });
    const query = Object.entries(route.query).map(([name, parameter]) => {
      if (hostile.includes(`query ${name}`)) return hostileValue(parameter).map((value) => `${name}=${value}`);
      return parameter.valid.length ? fc.option(fc.constantFrom(...parameter.valid).map((value) => `${name}=${value}`)) : fc.constant(null);
    });
    const extra = hostile.includes('extra')
      ? fc.oneof(fc.tuple(anyText(), hostileValue({ valid: [], edges: [] })).map(([name, value]) => `${name}=${value}`), anyText())
      : fc.constant(null);
    return fc.tuple(fc.tuple(...parts), fc.tuple(...query, extra)).map(([path, pairs]) => {
      const present = pairs.filter((pair) => pair !== null);
      return path.join('/') + (present.length ? `?${present.join('&')}` : '');
    });
  });
}

interface OpenApiParameter {
  in: string;
  name: string;
  schema: { type?: string; enum?: string[]; example?: unknown };
}

/** A parameter's own values, and for a number the edges where 32-bit and 64-bit columns overflow. */
function documented(schema: OpenApiParameter['schema']): Parameter {
  return {
    valid: [...(schema.enum ?? []), ...(schema.example === undefined ? [] : [String(schema.example)])],
    edges: schema.type === 'integer' ? NUMBER_EDGES : [],
  };
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: OpenApiParameter[] }>>;
  components: { schemas: Record<string, object> };
}

let store: Store;
let app: Hono;
let document: OpenApiDocument;
let routes: RouteUnderTest[];

beforeAll(async () => {
  store = await demoDatabase();
  app = createApp({ store, logger: createLogger('silent') });
  document = (await (await app.request(`${API_BASE_PATH}/openapi.json`)).json()) as OpenApiDocument;
  const apiRoutes = Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method]) => method === 'get')
      .map(([, operation]) => ({
        path: API_BASE_PATH + path.replace(/\{(\w+)\}/g, ':$1'),
        query: Object.fromEntries(
          (operation.parameters ?? [])
            .filter((parameter) => parameter.in === 'query')
            .map((parameter) => [parameter.name, documented(parameter.schema)]),
        ),
      })),
  );
  const pagePaths = new Set(app.routes.filter((route) => route.method === 'GET' && !route.path.startsWith(API_BASE_PATH)).map((route) => route.path));
  // Static files are served by a middleware, which the route table lists under every method.
  pagePaths.add('/assets/*');
  routes = [...apiRoutes, ...[...pagePaths].map((path) => ({ path, query: PAGE_QUERY[path] ?? {} }))];
});
afterAll(() => store.close());

describe('random requests to every route', () => {
  it('covers every documented API path and every page route', () => {
    const paths = routes.map((route) => route.path);
    // Every documented GET (the staff API's writes are fuzzed in staff/fuzz.test.ts through the forms that share their services).
    const documentedGets = Object.entries(document.paths).filter(([, operations]) => 'get' in operations).map(([path]) => path);
    for (const path of documentedGets) expect(paths).toContain(API_BASE_PATH + path.replace(/\{(\w+)\}/g, ':$1'));
    expect(paths).toEqual(expect.arrayContaining(['/', '/:m/:lang/:programme/actions', '/:m/:lang/:programme/actions/:ref', '/staff/sign-in']));
  });

  it('answers the cases found before as they should be answered', async () => {
    const statusOf = async (target: string) => {
      const response = await app.request(`${ORIGIN}${target}`);
      return [response.status, response.headers.get('content-type')?.split(';')[0], response.headers.get('location')];
    };
    expect(await statusOf('/%5Cevil.example/fi')).toEqual([404, 'text/html', null]);
    expect(await statusOf('/porvoo/fi')).toEqual([301, undefined, '/porvoo/fi/']);
    expect(await statusOf('/porvoo/fi/digi-2020-2023/actions?section=2147483648')).toEqual([400, 'text/html', null]);
    expect(await statusOf(`${API_BASE_PATH}/porvoo/programmes/digi-2020-2023/actions?section=2147483648`)).toEqual([400, PROBLEM_CONTENT_TYPE, null]);
    expect(await statusOf('/porvoo/fi/digi%00')).toEqual([400, 'text/html', null]);
    expect(await statusOf('/porvoo/fi/digi%0d%0a')).toEqual([400, 'text/html', null]);
    expect(await statusOf('/porvoo/fi/digi%e4')).toEqual([400, 'text/html', null]);
    // Under the API's path, even where no route is, the answer is a problem, never a page about a municipality "api".
    for (const target of [API_BASE_PATH, `${API_BASE_PATH}/porvoo`, `${API_BASE_PATH}/porvoo/programmes/digi-2020-2023/actions/1.1/more`]) {
      expect(await statusOf(target), target).toEqual([404, PROBLEM_CONTENT_TYPE, null]);
    }
  });

  it('are never answered with a 5xx; API refusals are problems; redirects stay on the site', async () => {
    const ajv = new Ajv2020({ strict: false });
    const isProblem = ajv.compile(document.components.schemas.Problem!);
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(requestFor(route), async (target) => {
          const response = await app.request(`${ORIGIN}${target}`);
          const body = await response.text();
          const seen = `GET ${target} → ${response.status} ${body.slice(0, 300)}`;
          expect(response.status, seen).toBeLessThan(500);
          // As the app sees it: the URL parser resolves `..` and may leave the API's path.
          const { pathname } = new URL(`${ORIGIN}${target}`);
          const api = pathname === API_BASE_PATH || pathname.startsWith(`${API_BASE_PATH}/`);
          if (api && response.status >= 400) {
            expect(response.headers.get('content-type'), seen).toBe(PROBLEM_CONTENT_TYPE);
            const problem: unknown = JSON.parse(body);
            expect(isProblem(problem), `${seen} ${ajv.errorsText(isProblem.errors)}`).toBe(true);
            expect((problem as { status: number }).status, seen).toBe(response.status);
          }
          if (response.status >= 300 && response.status < 400 && response.status !== 304) {
            const location = response.headers.get('location') ?? '';
            expect(location, seen).toMatch(/^\/(?![/\\])/);
            expect(new URL(location, ORIGIN).origin, seen).toBe(ORIGIN);
          }
        }),
        { numRuns: Math.max(8, RUNS_PER_SPOT * spotsOf(route).length) },
      );
    }
  });
});
