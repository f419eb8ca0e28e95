/**
 * Personal API tokens and the staff JSON API, over HTTP through the whole app: a person creates a
 * token in the workspace (shown once, kept as a hash), reads and edits an action with it under the
 * same permissions, validation, concurrency, history and audit as the workspace; every answer is
 * never cached and matches the OpenAPI document.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { and, eq } from 'drizzle-orm';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../app.ts';
import { actions, apiTokens, auditLog, entityHistory } from '../../../db/schema.ts';
import { createLogger } from '../../../logger.ts';
import type { Store } from '../../../services/context.ts';
import { createMunicipality } from '../../../services/municipalities.ts';
import { closeRound } from '../../../services/rounds/close-round.ts';
import { openRound } from '../../../services/rounds/open-round.ts';
import { addPerson } from '../../../services/staff/accounts.ts';
import { backends, demoDatabase, writeIn } from '../../../../test/support/database.ts';
import { createPerson, csrfToken, postForm, signIn } from '../../../../test/support/staff.ts';

interface OpenApiDocument {
  paths: Record<string, Record<string, { security?: unknown; responses: Record<string, { content?: Record<string, { schema: object }> }> }>>;
  components: { schemas: Record<string, object>; securitySchemes: Record<string, unknown> };
}
const COMPONENTS_ID = 'https://tiekartta.invalid/api/v1/openapi.json/components/schemas';
const rebased = (schema: object): object =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${COMPONENTS_ID}#/$defs/`));
const DOCUMENTED_PATH = '/staff/{municipality}/actions/{id}';
const ENTRY_PATH = '/staff/{municipality}/programmes/{programme}/rounds/{round}/entries/{ref}';

describe.each(backends)('personal API tokens and the staff JSON API (%s)', (backend) => {
  let store: Store;
  let app: Hono;
  let document: OpenApiDocument;
  let ajv: Ajv2020;
  let actionId: string;
  let otherActionId: string;

  /** Creates a token in the workspace as a person with this role; returns the token and the person. */
  async function tokenFor(role: Parameters<typeof createPerson>[2]) {
    const person = await createPerson(store, 'porvoo', role);
    const cookie = await signIn(app, person.email);
    const form = await csrfToken(app, cookie, '/staff/porvoo/tokens');
    const created = await postForm(app, '/staff/porvoo/tokens', cookie, { _csrf: form, name: `Integraatio ${role}` });
    expect(created.status).toBe(201);
    const token = /<code class="secret" id="new-token">([^<]+)<\/code>/.exec(await created.text())?.[1];
    expect(token).toMatch(/^tkp_/);
    return { token: token!, cookie, form, ...person };
  }

  const api = (path: string, token: string | null, init: { method?: string; body?: unknown; ifMatch?: string } = {}) =>
    app.request(`/api/v1/staff/porvoo${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(init.ifMatch ? { 'if-match': init.ifMatch } : {}),
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });

  /** Checks an answer against the document, and that it is never cached; returns its JSON. */
  async function documented(response: Response, method: 'get' | 'patch' | 'put', path = DOCUMENTED_PATH): Promise<Record<string, unknown>> {
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const mediaType = response.headers.get('content-type')!.split(';')[0]!;
    const schema = document.paths[path]![method]!.responses[String(response.status)]?.content?.[mediaType]?.schema;
    expect(schema, `${method} ${response.status} ${mediaType} is documented`).toBeDefined();
    const body = (await response.json()) as Record<string, unknown>;
    const validate = ajv.compile(rebased(schema!));
    expect(validate(body) ? [] : validate.errors).toEqual([]);
    return body;
  }

  beforeAll(async () => {
    store = await demoDatabase(backend);
    app = createApp({ store, logger: createLogger('silent'), proxy: { trustProxy: true } });
    document = (await (await app.request('/api/v1/openapi.json')).json()) as OpenApiDocument;
    ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addKeyword('example');
    ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
    ajv.addSchema({ $id: COMPONENTS_ID, $defs: rebased(document.components.schemas) });
    [actionId, otherActionId] = await writeIn(store, 'porvoo', async (ctx) => {
      const rows = await ctx.tx.select({ id: actions.id, ref: actions.ref }).from(actions);
      return ['1.1', '1.2'].map((ref) => rows.find((row) => row.ref === ref)!.id) as [string, string];
    });
  });
  afterAll(async () => store?.close());

  it('documents every operation of the staff API in the same OpenAPI document, behind a bearer token', () => {
    const operations = Object.entries(document.paths).filter(([path]) => path.startsWith('/staff/'))
      .flatMap(([path, byMethod]) => Object.entries(byMethod).map(([method, operation]) => ({ path, method, operation })));
    expect(operations.map(({ path, method }) => `${method.toUpperCase()} ${path.slice('/staff/{municipality}'.length)}`).sort()).toEqual([
      'GET /actions/{id}', 'PATCH /actions/{id}', 'POST /actions/{id}/archive', 'POST /actions/{id}/unarchive', 'POST /actions/{id}/restore',
      'GET /actions/{id}/comments', 'POST /actions/{id}/comments',
      'GET /programmes/{programme}/actions', 'POST /programmes/{programme}/actions',
      'GET /programmes/{programme}/rounds', 'POST /programmes/{programme}/rounds', 'GET /programmes/{programme}/rounds/{round}',
      'POST /programmes/{programme}/rounds/{round}/close', 'POST /programmes/{programme}/rounds/{round}/reopen',
      'GET /programmes/{programme}/rounds/{round}/entries', 'POST /programmes/{programme}/rounds/{round}/entries',
      'GET /programmes/{programme}/rounds/{round}/entries/{ref}',
      'PUT /programmes/{programme}/rounds/{round}/entries/{ref}', 'POST /programmes/{programme}/rounds/{round}/entries/{ref}/confirm',
      'POST /programmes/{programme}/rounds/{round}/confirm', 'POST /programmes/{programme}/rounds/{round}/reminders',
      'GET /programmes/{programme}/structure', 'PUT /programmes/{programme}/structure',
      'POST /programmes/{programme}/structure/{kind}', 'PUT /programmes/{programme}/structure/{kind}/{id}',
    ].sort());
    for (const { path, method, operation } of operations) {
      expect(operation.security, `${method} ${path}`).toEqual([{ personalToken: [] }]);
      expect(Object.keys(operation.responses), `${method} ${path}`).toEqual(expect.arrayContaining(['401', '403', '404']));
      // Every change that replaces a versioned thing says so: 412 for a stale If-Match, 428 for none.
      const versioned = ['patch', 'put'].includes(method) || /\/(archive|unarchive|restore|close|reopen|\{ref\}\/confirm)$/.test(path);
      if (versioned) expect(Object.keys(operation.responses), `${method} ${path}`).toEqual(expect.arrayContaining(['412', '428']));
      if (method !== 'get') expect(operation.responses['403']!.content!['application/problem+json']!.schema).toEqual({ $ref: '#/components/schemas/StaffProblem' });
    }
    expect(document.components.securitySchemes.personalToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.paths['/{municipality}/programmes']).toBeDefined();
  });

  it('shows a new token once, keeps only its hash, audits it, and refuses it once revoked', async () => {
    const { token, cookie, form, userId } = await tokenFor('viewer');
    const page = await (await app.request('/staff/porvoo/tokens', { headers: { cookie } })).text();
    expect(page).toContain('Integraatio viewer');
    expect(page).not.toContain(token);
    const stored = await writeIn(store, 'porvoo', async (ctx) => ctx.tx.select().from(apiTokens).where(eq(apiTokens.userId, userId)));
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
    const audited = await writeIn(store, 'porvoo', async (ctx) =>
      ctx.tx.select({ action: auditLog.action, details: auditLog.details }).from(auditLog).where(eq(auditLog.actor, `user:${userId}`)));
    expect(audited.map((row) => row.action)).toContain('api_token.create');
    expect(JSON.stringify(audited)).not.toContain(token);

    expect((await api(`/actions/${actionId}`, token)).status).toBe(200);
    const revoked = await postForm(app, `/staff/porvoo/tokens/${stored[0]!.id}/revoke`, cookie, { _csrf: form });
    expect(revoked.status).toBe(303);
    const refused = await api(`/actions/${actionId}`, token);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toContain('Bearer');
  });

  it('refuses requests without a token, with an unknown one, or with a token of another municipality', async () => {
    expect((await documented(await api(`/actions/${actionId}`, null), 'get')).status).toBe(401);
    expect((await api(`/actions/${actionId}`, 'tkp_not-a-token')).status).toBe(401);
    // Not open data: other sites get no cross-origin access to it.
    const preflight = await app.request(`/api/v1/staff/porvoo/actions/${actionId}`, {
      method: 'OPTIONS', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const { token, email } = await tokenFor('coordinator');
    // The same person is a coordinator in Lovisa too, but the token was made for Porvoo.
    await writeIn(store, null, (ctx) => createMunicipality(ctx, { slug: 'lovisa', code: '434', name: { sv: 'Lovisa', fi: 'Loviisa' }, languages: ['sv', 'fi'] }));
    await writeIn(store, 'lovisa', (ctx) => addPerson(ctx, { email, displayName: 'Test coordinator', lang: 'fi', role: 'coordinator' }));
    const elsewhere = await app.request(`/api/v1/staff/lovisa/actions/${actionId}`, { headers: { authorization: `Bearer ${token}` } });
    expect(elsewhere.status).toBe(401);
  });

  it('needs no CSRF origin with a bearer token, but keeps the check for everything else', async () => {
    const { token, cookie, form } = await tokenFor('coordinator');
    const crossSite = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };
    // A body-less post from an integration: through to the use-case (here: refusing a stale version).
    const integration = await app.request(`/api/v1/staff/porvoo/actions/${actionId}/archive`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'if-match': '"999"', ...crossSite },
    });
    expect(integration.status).toBe(412);
    // Without the token, a cross-site post is refused before it reaches the API; a page with a "Bearer" header too.
    const noToken = await app.request(`/api/v1/staff/porvoo/actions/${actionId}/archive`, { method: 'POST', headers: crossSite });
    expect(noToken.status).toBe(403);
    const page = await app.request('/staff/porvoo/tokens', {
      method: 'POST', headers: { ...crossSite, cookie, authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: form, name: 'Vieras' }).toString(),
    });
    expect(page.status).toBe(403);
  });

  it("lists a programme's actions with their ids and versions, in the order of the roadmap", async () => {
    const { token } = await tokenFor('viewer');
    const list = await app.request('/api/v1/staff/porvoo/programmes/digi-2020-2023/actions', { headers: { authorization: `Bearer ${token}` } });
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toBe('private, no-store');
    const schema = document.paths['/staff/{municipality}/programmes/{programme}/actions']!.get!.responses['200']!.content!['application/json']!.schema;
    const body = (await list.json()) as { actions: { id: string; ref: string }[] };
    const validate = ajv.compile(rebased(schema));
    expect(validate(body) ? [] : validate.errors).toEqual([]);
    expect(body.actions.slice(0, 2).map((action) => action.ref)).toEqual(['1.1', '1.2']);
    expect(body.actions[0]!.id).toBe(actionId);
    const unknown = await app.request('/api/v1/staff/porvoo/programmes/digi-1999/actions', { headers: { authorization: `Bearer ${token}` } });
    expect(unknown.status).toBe(404);
  });

  it('reads an action with its version as ETag, and edits it with If-Match, recording history and audit', async () => {
    const { token, userId } = await tokenFor('coordinator');
    const read = await api(`/actions/${actionId}`, token);
    expect(read.status).toBe(200);
    const before = await documented(read, 'get');
    const etag = read.headers.get('etag')!;
    expect(etag).toBe(`"${before.version as number}"`);

    // The workspace's own rules hold: the schedule must fall within the programme's period.
    const outside = await api(`/actions/${actionId}`, token, { method: 'PATCH', ifMatch: etag, body: { years: [2030] } });
    expect(outside.status).toBe(422);
    expect(await documented(outside, 'patch')).toMatchObject({
      detail: 'Field "years": is outside the programme\'s period.',
      errors: [{ field: 'years', problem: 'out_of_period', message: "is outside the programme's period" }],
    });

    const saved = await api(`/actions/${actionId}`, token, {
      method: 'PATCH', ifMatch: etag, body: { name: { fi: 'Uusi nimi', sv: 'Nytt namn' }, costClass: 'M', years: [2022, 2021] },
    });
    expect(saved.status).toBe(200);
    const after = await documented(saved, 'patch');
    expect(after).toMatchObject({ name: { fi: 'Uusi nimi', sv: 'Nytt namn' }, costClass: 'M', years: [2021, 2022], sector: before.sector });
    expect(after.version).toBe((before.version as number) + 1);
    expect(saved.headers.get('etag')).toBe(`"${after.version as number}"`);

    const { history, audit } = await writeIn(store, 'porvoo', async (ctx) => ({
      history: await ctx.tx.select().from(entityHistory).where(and(eq(entityHistory.entityId, actionId), eq(entityHistory.op, 'update'))),
      audit: await ctx.tx.select().from(auditLog).where(and(eq(auditLog.action, 'action.update'), eq(auditLog.target, `action:${actionId}`))),
    }));
    const change = history.find((row) => row.version === after.version)!;
    expect(change.actorId).toBe(`user:${userId}`);
    expect(change.before).toMatchObject({ name: before.name });
    expect(change.after).toMatchObject({ name: { fi: 'Uusi nimi', sv: 'Nytt namn' } });
    expect(audit.at(-1)).toMatchObject({ actor: `user:${userId}`, changeId: change.changeId, details: { fields: ['name', 'years', 'costClass'] } });
    // The same use-case as the workspace's form: its audit line, its history.

    // The public page shows the change at once (the edit bumped the content epoch).
    const open = await app.request('/api/v1/porvoo/programmes/digi-2020-2023/actions/1.1');
    expect(((await open.json()) as { name: unknown }).name).toEqual({ fi: 'Uusi nimi', sv: 'Nytt namn' });
  });

  it('refuses a stale version (412, nothing overwritten) and a missing If-Match (428)', async () => {
    const { token } = await tokenFor('coordinator');
    const etag = (await api(`/actions/${otherActionId}`, token)).headers.get('etag')!;
    const first = await api(`/actions/${otherActionId}`, token, { method: 'PATCH', ifMatch: etag, body: { sector: { fi: 'Ensimmäinen' } } });
    expect(first.status).toBe(200);
    const second = await api(`/actions/${otherActionId}`, token, { method: 'PATCH', ifMatch: etag, body: { sector: { fi: 'Toinen' } } });
    expect(second.status).toBe(412);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect((await documented(second, 'patch')).detail).toContain('Nothing was saved');
    const missing = await api(`/actions/${otherActionId}`, token, { method: 'PATCH', body: { sector: { fi: 'Kolmas' } } });
    expect(missing.status).toBe(428);
    await documented(missing, 'patch');
    const now = (await (await api(`/actions/${otherActionId}`, token)).json()) as { sector: unknown };
    expect(now.sector).toEqual({ fi: 'Ensimmäinen' });
  });

  it('refuses invalid fields naming each one', async () => {
    const { token } = await tokenFor('coordinator');
    const etag = (await api(`/actions/${actionId}`, token)).headers.get('etag')!;
    const invalid = await api(`/actions/${actionId}`, token, { method: 'PATCH', ifMatch: etag, body: { name: { sv: '' }, level: 'galactic', colour: 'red' } });
    expect(invalid.status).toBe(422);
    const { detail } = await documented(invalid, 'patch');
    expect(detail).toContain('"name.sv"');
    expect(detail).toContain('"level"');
    expect(detail).toContain('"colour"');
  });

  it("saves an action's entry in an open round through the rounds service: owner only, If-Match, closed rounds frozen", async () => {
    const coordinator = await tokenFor('coordinator');
    const owner = await tokenFor('action_owner');
    await writeIn(store, 'porvoo', async (ctx) => {
      await ctx.tx.update(actions).set({ ownerUserId: owner.userId }).where(eq(actions.id, otherActionId));
      await openRound(ctx, { programme: 'digi-2020-2023', key: '2026-03', label: { fi: 'Tilanne 03/2026' }, deadline: '2026-03-31', requiredLanguages: ['fi', 'sv'] });
    });
    const entry = (ref: string) => `/programmes/digi-2020-2023/rounds/2026-03/entries/${ref}`;
    const read = await api(entry('1.2'), owner.token);
    expect(read.status).toBe(200);
    expect(await documented(read, 'get', ENTRY_PATH)).toMatchObject({ ref: '1.2', updatedAt: null, text: {} });

    const body = { text: { fi: 'Valmis.', sv: 'Klar.' }, state: 'done', trafficLight: 'green' };
    const saved = await api(entry('1.2'), owner.token, { method: 'PUT', ifMatch: read.headers.get('etag')!, body });
    expect(saved.status).toBe(200);
    expect(await documented(saved, 'put', ENTRY_PATH)).toMatchObject({ text: { fi: 'Valmis.', sv: 'Klar.' }, state: 'done', stateInferred: false, missingLanguages: [] });
    const stale = await api(entry('1.2'), owner.token, { method: 'PUT', ifMatch: read.headers.get('etag')!, body });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('etag')).toBe(saved.headers.get('etag'));
    await documented(stale, 'put', ENTRY_PATH);

    // Someone else's action: refused; the coordinator may.
    const notTheirs = await api(entry('1.1'), owner.token);
    expect((await api(entry('1.1'), owner.token, { method: 'PUT', ifMatch: notTheirs.headers.get('etag')!, body })).status).toBe(403);
    expect((await api(entry('1.1'), coordinator.token, { method: 'PUT', ifMatch: notTheirs.headers.get('etag')!, body })).status).toBe(200);
    const invalid = await api(entry('1.2'), owner.token, { method: 'PUT', ifMatch: saved.headers.get('etag')!, body: { ...body, trafficLight: 'blue' } });
    expect(invalid.status).toBe(422);
    expect((await documented(invalid, 'put', ENTRY_PATH)).detail).toContain('"trafficLight"');

    await writeIn(store, 'porvoo', (ctx) => closeRound(ctx, { programme: 'digi-2020-2023', round: '2026-03' }));
    const frozen = await api(entry('1.2'), owner.token, { method: 'PUT', ifMatch: saved.headers.get('etag')!, body });
    expect(frozen.status).toBe(409);
    await documented(frozen, 'put', ENTRY_PATH);
  });

  it('lets an action owner edit only their own actions and a viewer none, auditing each refusal', async () => {
    const owner = await tokenFor('action_owner');
    await writeIn(store, 'porvoo', (ctx) => ctx.tx.update(actions).set({ ownerUserId: owner.userId }).where(eq(actions.id, actionId)));
    const own = await api(`/actions/${actionId}`, owner.token);
    const edited = await api(`/actions/${actionId}`, owner.token, { method: 'PATCH', ifMatch: own.headers.get('etag')!, body: { statutory: true } });
    expect(edited.status).toBe(200);
    const theirs = await api(`/actions/${otherActionId}`, owner.token);
    const refused = await api(`/actions/${otherActionId}`, owner.token, { method: 'PATCH', ifMatch: theirs.headers.get('etag')!, body: { statutory: true } });
    expect(refused.status).toBe(403);
    await documented(refused, 'patch');

    const viewer = await tokenFor('viewer');
    const read = await api(`/actions/${actionId}`, viewer.token);
    expect(read.status).toBe(200);
    const viewerEdit = await api(`/actions/${actionId}`, viewer.token, { method: 'PATCH', ifMatch: read.headers.get('etag')!, body: { statutory: false } });
    expect(viewerEdit.status).toBe(403);
    const refusals = await writeIn(store, 'porvoo', async (ctx) =>
      ctx.tx.select({ actor: auditLog.actor }).from(auditLog).where(and(eq(auditLog.action, 'permission.refused'), eq(auditLog.target, 'action.edit'))));
    expect(refusals.map((row) => row.actor)).toEqual(expect.arrayContaining([`user:${owner.userId}`, `user:${viewer.userId}`]));
  });
});
