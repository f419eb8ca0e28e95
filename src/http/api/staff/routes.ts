/**
 * The staff JSON API under /api/v1/staff/{municipality}/…: the workspace's use-cases for integrations,
 * authenticated by a personal API token (`Authorization: Bearer …`) that acts as its person with their
 * roles in the token's municipality. Edits carry the version they are based on in `If-Match` (the
 * ETag of the GET): a stale one is refused (412), a missing one too (428). Answers are never cached.
 * Errors are problem details naming the field or what was refused.
 */
import { OpenAPIHono, createRoute, type z } from '@hono/zod-openapi';
import type { Actor } from '../../../domain/actor.ts';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../../../domain/errors.ts';
import { writeAudit } from '../../../services/audit.ts';
import { runRead, runWrite, type Store } from '../../../services/context.ts';
import { findPerson } from '../../../services/staff/people.ts';
import { editActionFields, getEditableAction, listEditableActions, type EditableAction } from '../../../services/staff-api/actions.ts';
import { findTokenHolder, touchApiToken } from '../../../services/staff-api/tokens.ts';
import { ApiProblem, PROBLEM_CONTENT_TYPE, problemResponse } from '../problems.ts';
import { ProblemSchema } from '../schemas.ts';
import { RoundStateError } from '../../../domain/round-entry.ts';
import { listEntries } from '../../../services/rounds/read-rounds.ts';
import { saveEntry } from '../../../services/rounds/save-entry.ts';
import type { RoundEntry } from '../../../services/rounds/views.ts';
import {
  IfMatchHeader, SECURITY, StaffActionParams, StaffActionPatchSchema, StaffActionSchema, StaffEntryInputSchema, StaffEntryParams,
  StaffActionListSchema, StaffEntrySchema, StaffProgrammeParams, type StaffActionJson, type StaffEntryJson,
} from './schemas.ts';

const AUTH: Actor = { kind: 'system', name: 'auth' };

interface StaffApiEnv {
  Variables: { actor: Actor };
}

const problem = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } });
const etagHeader = { ETag: { description: 'The version of the action, for If-Match.', schema: { type: 'string' as const } } };
const responses = {
  401: problem('No token, or not a live token of this municipality.'),
  403: problem("The token's person may not do this."),
  404: problem('No such programme, round or action in the municipality.'),
};

/** The answers of a change that must name the version it is based on. */
const preconditions = (entity: string) => ({
  412: problem(`The ${entity} has changed since the version in If-Match; nothing was saved. Its ETag header is the current version.`),
  428: problem('If-Match is missing: every change must say which version it is based on.'),
});

const listRoute = createRoute({
  method: 'get',
  path: '/{municipality}/programmes/{programme}/actions',
  operationId: 'staffListActions',
  tags: ['staff'],
  summary: "A programme's actions with every field staff edit: their ids and versions for editing",
  security: SECURITY,
  request: { params: StaffProgrammeParams },
  responses: {
    200: { description: 'The actions.', content: { 'application/json': { schema: StaffActionListSchema } } },
    400: problem('An invalid path parameter.'),
    ...responses,
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/{municipality}/actions/{id}',
  operationId: 'staffGetAction',
  tags: ['staff'],
  summary: 'An action with every field staff edit, and its version as ETag',
  security: SECURITY,
  request: { params: StaffActionParams },
  responses: {
    200: { description: 'The action.', headers: etagHeader, content: { 'application/json': { schema: StaffActionSchema } } },
    400: problem('An invalid path parameter.'),
    ...responses,
  },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/{municipality}/actions/{id}',
  operationId: 'staffEditAction',
  tags: ['staff'],
  summary: "Changes an action's fields, based on the version in If-Match",
  description: 'Validated, permitted, recorded in the history and the audit log exactly as an edit in the workspace.',
  security: SECURITY,
  request: {
    params: StaffActionParams,
    headers: IfMatchHeader,
    body: { required: true, content: { 'application/json': { schema: StaffActionPatchSchema } } },
  },
  responses: {
    200: { description: 'The action as saved, with its new version.', headers: etagHeader, content: { 'application/json': { schema: StaffActionSchema } } },
    400: problem('An invalid field (named in the detail), or an invalid path parameter.'),
    ...responses,
    ...preconditions('action'),
  },
});

const entryPath = '/{municipality}/programmes/{programme}/rounds/{round}/entries/{ref}';

const getEntryRoute = createRoute({
  method: 'get',
  path: entryPath,
  operationId: 'staffGetEntry',
  tags: ['staff'],
  summary: "An action's entry in a follow-up round (open ones too), with its version as ETag",
  security: SECURITY,
  request: { params: StaffEntryParams },
  responses: {
    200: { description: 'The entry.', headers: etagHeader, content: { 'application/json': { schema: StaffEntrySchema } } },
    400: problem('An invalid path parameter.'),
    ...responses,
  },
});

const putEntryRoute = createRoute({
  method: 'put',
  path: entryPath,
  operationId: 'staffSaveEntry',
  tags: ['staff'],
  summary: "Saves an action's entry in an open round, based on the version in If-Match",
  description: "The action's owner or the coordinator, as in the workspace; recorded in the history and the audit log.",
  security: SECURITY,
  request: {
    params: StaffEntryParams,
    headers: IfMatchHeader,
    body: { required: true, content: { 'application/json': { schema: StaffEntryInputSchema } } },
  },
  responses: {
    200: { description: 'The entry as saved, with its new version.', headers: etagHeader, content: { 'application/json': { schema: StaffEntrySchema } } },
    400: problem('An invalid field (named in the detail), or an invalid path parameter.'),
    ...responses,
    409: problem('The round is closed: published and frozen.'),
    ...preconditions('entry'),
  },
});

const etag = (version: number) => `"${version}"`;

function presentEntry(entry: RoundEntry): StaffEntryJson {
  const { ref, name, text, state, stateInferred, trafficLight, updatedAt, version, missingLanguages } = entry;
  return { ref, name, text, state, stateInferred, trafficLight, updatedAt: updatedAt?.toISOString() ?? null, version, missingLanguages };
}

function present(action: EditableAction): StaffActionJson {
  return { ...action, updatedAt: action.updatedAt.toISOString() };
}

/** The version an If-Match names; a missing one (or a wildcard, which would overwrite blindly) is a 428. */
function requiredVersion(header: string | undefined): number {
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header ?? '');
  if (!match) throw new ApiProblem(428, 'Send If-Match with the ETag of the version your change is based on (as the GET answered it).');
  return Number(match[1]);
}

export function staffApiRoutes({ store }: { store: Store }): OpenAPIHono<StaffApiEnv> {
  const app = new OpenAPIHono<StaffApiEnv>({
    defaultHook: (result, c) => {
      if (result.success) return undefined;
      const where = result.target === 'json' ? 'field' : result.target === 'param' ? 'path parameter' : `${result.target} parameter`;
      const detail = result.error.issues.map((issue) => `Invalid ${where} "${issue.path.join('.') || '(body)'}": ${issue.message}.`).join(' ');
      return problemResponse(c, 400, detail);
    },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'personalToken', {
    type: 'http', scheme: 'bearer',
    description: 'A personal API token, created in the workspace (Staff › API tokens) for one municipality.',
  });

  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'private, no-store');
    c.res.headers.append('Vary', 'Authorization');
  });

  // Who the token is: its person, with their roles in the token's municipality only.
  app.use('/:municipality/*', async (c, next) => {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const found = token
      ? await runRead(store, { actor: AUTH, platform: true, municipality: { slug: c.req.param('municipality') } }, async (ctx) => {
        const holder = await findTokenHolder(ctx, token, ctx.municipality!.id);
        const person = holder ? await findPerson(ctx, holder.userId) : null;
        return holder && person ? { holder, person } : null;
      }).catch((error: unknown) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      })
      : null;
    if (!found) {
      const response = problemResponse(c, 401, 'Send a live personal API token of this municipality: "Authorization: Bearer <token>".');
      response.headers.set('WWW-Authenticate', 'Bearer realm="tiekartta-staff"');
      return response;
    }
    const { holder, person } = found;
    if (holder.stale) await runWrite(store, { actor: AUTH, platform: true }, (ctx) => touchApiToken(ctx, holder.tokenId));
    const roles = person.municipalities.find((municipality) => municipality.id === holder.municipalityId)?.roles ?? [];
    c.set('actor', { kind: 'staff', userId: person.id, roles: new Map([[holder.municipalityId, roles]]) });
    return next();
  });

  app.onError(async (error, c) => {
    if (error instanceof ApiProblem) return problemResponse(c, error.status, error.detail);
    if (error instanceof NotFoundError) return problemResponse(c, 404, `There is no ${error.entity} "${error.key}".`);
    if (error instanceof InvalidInputError) {
      return problemResponse(c, 400, error.issues.map((issue) => `Invalid field "${issue.field}": ${issue.problem}.`).join(' '));
    }
    if (error instanceof RoundStateError) return problemResponse(c, 409, 'The round is closed: it is published and frozen until a coordinator reopens it.');
    if (error instanceof ConflictError) {
      // The workspace's edit conflicts carry the current version as `currentVersion`, a round entry as `version`.
      const found = error.current as { version?: number; currentVersion?: number };
      const current = { version: found.currentVersion ?? found.version ?? error.expectedVersion };
      const response = problemResponse(c, 412,
        `The ${error.entity} has changed since version ${error.expectedVersion}: it is now at version ${current.version}. Nothing was saved; read it again and redo the change.`);
      response.headers.set('ETag', etag(current.version));
      return response;
    }
    if (error instanceof ForbiddenError) {
      // Audited in a transaction of its own: the refused one wrote nothing.
      await runWrite(store, { actor: c.get('actor'), municipality: { slug: c.req.param('municipality') ?? '' } }, (ctx) =>
        writeAudit(ctx, { action: 'permission.refused', target: error.permission, details: { method: c.req.method, path: c.req.routePath, via: 'api' } }),
      ).catch(() => undefined);
      return problemResponse(c, 403, `Not permitted: ${error.permission}.`);
    }
    throw error;
  });

  const scope = (c: { get: (key: 'actor') => Actor }, municipality: string) => ({ actor: c.get('actor'), municipality: { slug: municipality } });

  app.openapi(listRoute, async (c) => {
    const { municipality, programme } = c.req.valid('param');
    const found = await runRead(store, scope(c, municipality), (ctx) => listEditableActions(ctx, programme));
    return c.json({ actions: found.map(present) }, 200);
  });

  app.openapi(getRoute, async (c) => {
    const { municipality, id } = c.req.valid('param');
    const action = await runRead(store, scope(c, municipality), (ctx) => getEditableAction(ctx, id));
    return c.json(present(action), 200, { ETag: etag(action.version) });
  });

  app.openapi(patchRoute, async (c) => {
    const { municipality, id } = c.req.valid('param');
    const version = requiredVersion(c.req.header('if-match'));
    const patch: z.infer<typeof StaffActionPatchSchema> = c.req.valid('json');
    const action = await runWrite(store, scope(c, municipality), (ctx) => editActionFields(ctx, id, version, patch));
    return c.json(present(action), 200, { ETag: etag(action.version) });
  });

  app.openapi(getEntryRoute, async (c) => {
    const { municipality, programme, round, ref } = c.req.valid('param');
    const [entry] = await runRead(store, scope(c, municipality), (ctx) => listEntries(ctx, programme, round, [ref]));
    if (!entry) throw new NotFoundError('entry', `${round}/${ref}`);
    return c.json(presentEntry(entry), 200, { ETag: etag(entry.version) });
  });

  app.openapi(putEntryRoute, async (c) => {
    const { municipality, programme, round, ref } = c.req.valid('param');
    const version = requiredVersion(c.req.header('if-match'));
    const entry = c.req.valid('json');
    const saved = await runWrite(store, scope(c, municipality), (ctx) => saveEntry(ctx, { programme, round, ref, version, entry }));
    return c.json(presentEntry(saved), 200, { ETag: etag(saved.version) });
  });

  return app;
}
