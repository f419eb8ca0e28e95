/**
 * The staff JSON API over HTTP through the whole app, for its tests: a person's token made in the
 * workspace, requests with it, and answers checked against the OpenAPI document (and never cached).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Hono } from 'hono';
import { expect } from 'vitest';
import { createApp } from '../../src/app.ts';
import type { Role } from '../../src/domain/actor.ts';
import { createLogger } from '../../src/logger.ts';
import type { Store } from '../../src/services/context.ts';
import { createPerson, csrfToken, postForm, signIn } from './staff.ts';

export interface OpenApiDocument {
  paths: Record<string, Record<string, {
    operationId?: string; security?: unknown; responses: Record<string, { content?: Record<string, { schema: object }> }>;
  }>>;
  components: { schemas: Record<string, object>; securitySchemes: Record<string, unknown> };
}

const COMPONENTS_ID = 'https://tiekartta.invalid/api/v1/openapi.json/components/schemas';
const rebased = (schema: object): object =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${COMPONENTS_ID}#/$defs/`));

export interface ApiRequest {
  method?: string;
  body?: unknown;
  ifMatch?: string;
  lang?: string;
}

export interface StaffApiHarness {
  app: Hono;
  document: OpenApiDocument;
  /** A person with the role and a token they made in the workspace. */
  tokenFor(role: Role): Promise<{ token: string; userId: string; email: string }>;
  /** A request under /api/v1/staff/porvoo. */
  api(path: string, token: string | null, init?: ApiRequest): Promise<Response>;
  /** The answer's JSON, checked against what the document says of this status (by path template and method). */
  documented(response: Response, method: string, path: string): Promise<Record<string, unknown>>;
}

export async function staffApiHarness(store: Store): Promise<StaffApiHarness> {
  const app = createApp({ store, logger: createLogger('silent'), proxy: { trustProxy: true } });
  const document = (await (await app.request('/api/v1/openapi.json')).json()) as OpenApiDocument;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addKeyword('example');
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addSchema({ $id: COMPONENTS_ID, $defs: rebased(document.components.schemas) });

  return {
    app,
    document,
    async tokenFor(role) {
      const person = await createPerson(store, 'porvoo', role);
      const cookie = await signIn(app, person.email);
      const form = await csrfToken(app, cookie, '/staff/porvoo/tokens');
      const created = await postForm(app, '/staff/porvoo/tokens', cookie, { _csrf: form, name: `Integraatio ${role}` });
      expect(created.status).toBe(201);
      const token = /<code class="secret" id="new-token">([^<]+)<\/code>/.exec(await created.text())?.[1];
      expect(token).toMatch(/^tkp_/);
      return { token: token!, ...person };
    },
    async api(path, token, init = {}) {
      return app.request(`/api/v1/staff/porvoo${path}`, {
        method: init.method ?? 'GET',
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(init.ifMatch ? { 'if-match': init.ifMatch } : {}),
          ...(init.lang ? { 'accept-language': init.lang } : {}),
        },
        ...(init.body !== undefined ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) } : {}),
      });
    },
    async documented(response, method, path) {
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      const mediaType = response.headers.get('content-type')!.split(';')[0]!;
      const operation = document.paths[`/staff/{municipality}${path}`]?.[method];
      expect(operation, `${method} ${path} is documented`).toBeDefined();
      const schema = operation!.responses[String(response.status)]?.content?.[mediaType]?.schema;
      expect(schema, `${method} ${path} ${response.status} ${mediaType} is documented`).toBeDefined();
      const body = (await response.json()) as Record<string, unknown>;
      const validate = ajv.compile(rebased(schema!));
      expect(validate(body) ? [] : validate.errors).toEqual([]);
      return body;
    },
  };
}
