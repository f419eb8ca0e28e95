/**
 * Actions in the staff API: read, create, edit (any field the form edits), archive and put back,
 * restore an earlier version, and the steering group's comments. Each calls the use-case the
 * workspace's form calls, so permissions, validation, versions, history and audit are the same.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { runRead, runWrite, type Store } from '../../../services/context.ts';
import { addComment, listComments } from '../../../services/editing/comments.ts';
import {
  archiveAction, createActionIn, editActionFields, getEditableAction, listEditableActions, restoreAction, type EditableAction,
} from '../../../services/staff-api/actions.ts';
import { problem } from './problems.ts';
import { etag, etagHeader, invalidBody, preconditions, refusals, requiredVersion, scope, SECURITY, type StaffApiEnv } from './route-kit.ts';
import {
  IfMatchHeader, StaffActionListSchema, StaffActionParams, StaffActionPatchSchema, StaffActionSchema, StaffCommentInputSchema,
  StaffCommentListSchema, StaffCommentSchema, StaffNewActionSchema, StaffProgrammeParams, StaffRestoreSchema, type StaffActionJson,
} from './schemas.ts';

const json = <S>(schema: S) => ({ content: { 'application/json': { schema } } });
const actionAnswer = (description: string) => ({ description, headers: etagHeader('action'), ...json(StaffActionSchema) });
const body = <S>(schema: S) => ({ body: { required: true, ...json(schema) } });

const listRoute = createRoute({
  method: 'get', path: '/{municipality}/programmes/{programme}/actions', operationId: 'staffListActions', tags: ['staff'], security: SECURITY,
  summary: "A programme's actions with every field staff edit: their ids and versions for editing",
  request: { params: StaffProgrammeParams },
  responses: { 200: { description: 'The actions.', ...json(StaffActionListSchema) }, ...refusals },
});

const createActionRoute = createRoute({
  method: 'post', path: '/{municipality}/programmes/{programme}/actions', operationId: 'staffCreateAction', tags: ['staff'], security: SECURITY,
  summary: 'Adds an action at the end of a section, with the next reference of the section',
  description: "The coordinator's, as in the workspace; recorded in the history and the audit log.",
  request: { params: StaffProgrammeParams, ...body(StaffNewActionSchema) },
  responses: { 201: actionAnswer('The new action, with its version.'), ...refusals, ...invalidBody },
});

const getRoute = createRoute({
  method: 'get', path: '/{municipality}/actions/{id}', operationId: 'staffGetAction', tags: ['staff'], security: SECURITY,
  summary: 'An action with every field staff edit, and its version as ETag',
  request: { params: StaffActionParams },
  responses: { 200: actionAnswer('The action.'), ...refusals },
});

const patchRoute = createRoute({
  method: 'patch', path: '/{municipality}/actions/{id}', operationId: 'staffEditAction', tags: ['staff'], security: SECURITY,
  summary: "Changes an action's fields, based on the version in If-Match",
  description: 'Validated, permitted, recorded in the history and the audit log exactly as an edit in the workspace. '
    + 'An action owner edits their own actions, all but who owns them.',
  request: { params: StaffActionParams, headers: IfMatchHeader, ...body(StaffActionPatchSchema) },
  responses: { 200: actionAnswer('The action as saved, with its new version.'), ...refusals, ...invalidBody, ...preconditions('action') },
});

const archiveRoute = (archived: boolean) => createRoute({
  method: 'post', path: `/{municipality}/actions/{id}/${archived ? 'archive' : 'unarchive'}`, tags: ['staff'], security: SECURITY,
  operationId: archived ? 'staffArchiveAction' : 'staffUnarchiveAction',
  summary: archived ? 'Takes an action off the roadmap (kept, with its history), based on the version in If-Match'
    : 'Puts an archived action back on the roadmap, based on the version in If-Match',
  request: { params: StaffActionParams, headers: IfMatchHeader },
  responses: { 200: actionAnswer('The action as saved, with its new version.'), ...refusals, ...preconditions('action') },
});

const restoreRoute = createRoute({
  method: 'post', path: '/{municipality}/actions/{id}/restore', operationId: 'staffRestoreAction', tags: ['staff'], security: SECURITY,
  summary: "Brings back an earlier version's fields as a new version, based on the version in If-Match",
  request: { params: StaffActionParams, headers: IfMatchHeader, ...body(StaffRestoreSchema) },
  responses: {
    200: actionAnswer('The action as saved, with its new version.'), ...refusals, ...invalidBody, ...preconditions('action'),
    404: problem('No such action, or no such version of it.'),
  },
});

const commentsPath = '/{municipality}/actions/{id}/comments';

const listCommentsRoute = createRoute({
  method: 'get', path: commentsPath, operationId: 'staffListComments', tags: ['staff'], security: SECURITY,
  summary: "The staff's comments on an action, oldest first",
  request: { params: StaffActionParams },
  responses: { 200: { description: 'The comments.', ...json(StaffCommentListSchema) }, ...refusals },
});

const addCommentRoute = createRoute({
  method: 'post', path: commentsPath, operationId: 'staffAddComment', tags: ['staff'], security: SECURITY,
  summary: 'Adds a comment to an action (steering group and coordinator)',
  request: { params: StaffActionParams, ...body(StaffCommentInputSchema) },
  responses: { 201: { description: 'The comment.', ...json(StaffCommentSchema) }, ...refusals, ...invalidBody },
});

function present(action: EditableAction): StaffActionJson {
  return { ...action, updatedAt: action.updatedAt.toISOString() };
}

const location = (municipality: string, id: string) => `/api/v1/staff/${encodeURIComponent(municipality)}/actions/${id}`;

export function registerActionRoutes(app: OpenAPIHono<StaffApiEnv>, store: Store): void {
  app.openapi(listRoute, async (c) => {
    const { municipality, programme } = c.req.valid('param');
    const found = await runRead(store, scope(c, municipality), (ctx) => listEditableActions(ctx, programme));
    return c.json({ actions: found.map(present) }, 200);
  });

  app.openapi(createActionRoute, async (c) => {
    const { municipality, programme } = c.req.valid('param');
    const input = c.req.valid('json');
    const action = await runWrite(store, scope(c, municipality), (ctx) => createActionIn(ctx, programme, input));
    return c.json(present(action), 201, { ETag: etag(action.version), Location: location(municipality, action.id) });
  });

  app.openapi(getRoute, async (c) => {
    const { municipality, id } = c.req.valid('param');
    const action = await runRead(store, scope(c, municipality), (ctx) => getEditableAction(ctx, id));
    return c.json(present(action), 200, { ETag: etag(action.version) });
  });

  app.openapi(patchRoute, async (c) => {
    const { municipality, id } = c.req.valid('param');
    const version = requiredVersion(c.req.header('if-match'));
    const patch = c.req.valid('json');
    const action = await runWrite(store, scope(c, municipality), (ctx) => editActionFields(ctx, id, version, patch));
    return c.json(present(action), 200, { ETag: etag(action.version) });
  });

  for (const archived of [true, false]) {
    app.openapi(archiveRoute(archived), async (c) => {
      const { municipality, id } = c.req.valid('param');
      const version = requiredVersion(c.req.header('if-match'));
      const action = await runWrite(store, scope(c, municipality), (ctx) => archiveAction(ctx, id, version, archived));
      return c.json(present(action), 200, { ETag: etag(action.version) });
    });
  }

  app.openapi(restoreRoute, async (c) => {
    const { municipality, id } = c.req.valid('param');
    const version = requiredVersion(c.req.header('if-match'));
    const { restore } = c.req.valid('json');
    const action = await runWrite(store, scope(c, municipality), (ctx) => restoreAction(ctx, id, version, restore));
    return c.json(present(action), 200, { ETag: etag(action.version) });
  });

  app.openapi(listCommentsRoute, async (c) => {
    const { municipality, id } = c.req.valid('param');
    const comments = await runRead(store, scope(c, municipality), (ctx) => listComments(ctx, id));
    return c.json({ comments: comments.map((comment) => ({ ...comment, createdAt: comment.createdAt.toISOString() })) }, 200);
  });

  app.openapi(addCommentRoute, async (c) => {
    const { municipality, id } = c.req.valid('param');
    const { body: text } = c.req.valid('json');
    const comment = await runWrite(store, scope(c, municipality), async (ctx) => {
      const created = await addComment(ctx, { actionId: id, body: text });
      return (await listComments(ctx, id)).find((candidate) => candidate.id === created)!;
    });
    return c.json({ ...comment, createdAt: comment.createdAt.toISOString() }, 201);
  });
}
