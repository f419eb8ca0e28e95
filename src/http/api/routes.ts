/**
 * The open data API, mounted at API_BASE_PATH: programmes and actions with their follow-up
 * statuses, as JSON and CSV, and the OpenAPI document generated from these very route definitions.
 * Read-only and public: any origin may read it, and every answer may be cached (revalidated by ETag).
 */
import { OpenAPIHono, createRoute, type z } from '@hono/zod-openapi';
import { DATAPACKAGE_PATH, dataPackageHandler, DCAT_PATH, dcatHandler } from './datapackage.ts';
import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { publicAnswers } from '../public-answers.ts';
import { PUBLIC } from '../../domain/actor.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { UnknownRoundError, getAction, listActions } from '../../services/actions.ts';
import { runRead, type Ctx, type Store } from '../../services/context.ts';
import { findProgramme, listProgrammes } from '../../services/programmes.ts';
import type { ProgrammeSummary } from '../../services/views.ts';
import { registerCatalogRoutes } from './catalog/routes.ts';
import { registerResultsRoutes } from './results/routes.ts';
import { registerIdeaRoutes } from './ideas/routes.ts';
import { registerRoadmapRoutes } from './roadmap/routes.ts';
import { actionsCsv, programmesCsv } from './csv-tables.ts';
import { staffApiRoutes } from './staff/routes.ts';
import { presentAction, presentActionDetail, presentProgramme, presentProgrammeList } from './presenters.ts';
import { ApiProblem, PROBLEM_CONTENT_TYPE, invalidParameters, problemResponse } from './problems.ts';
import {
  ActionDetailSchema,
  ActionListQuery,
  ActionListSchema,
  ActionParams,
  ActionQuery,
  CsvSchema,
  MunicipalityParams,
  ProblemSchema,
  ProgrammeListSchema,
  ProgrammeParams,
} from './schemas.ts';

export const API_BASE_PATH = '/api/v1';

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
});
const notFound = problem('Unknown municipality, programme or action.');
const badRequest = problem('An invalid query parameter, or an unknown round.');
const json = <Schema extends z.ZodType>(schema: Schema, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const csv = (description: string) => ({
  description,
  headers: { 'Content-Disposition': { description: 'attachment, with a file name naming the data', schema: { type: 'string' as const } } },
  content: { 'text/csv': { schema: CsvSchema } },
});

const listProgrammesRoute = createRoute({
  method: 'get',
  path: '/{municipality}/programmes',
  operationId: 'listProgrammes',
  tags: ['programmes'],
  summary: "The municipality's programmes, newest period first",
  request: { params: MunicipalityParams },
  responses: { 200: json(ProgrammeListSchema, 'The programmes.'), 404: notFound },
});

const programmesCsvRoute = createRoute({
  method: 'get',
  path: '/{municipality}/programmes.csv',
  operationId: 'listProgrammesCsv',
  tags: ['programmes'],
  summary: 'The programmes as CSV, one row each',
  request: { params: MunicipalityParams },
  responses: { 200: csv('The programmes.'), 404: notFound },
});

const listActionsRoute = createRoute({
  method: 'get',
  path: '/{municipality}/programmes/{programme}/actions',
  operationId: 'listActions',
  tags: ['actions'],
  summary: "The programme's actions with their status in a round",
  request: { params: ProgrammeParams, query: ActionListQuery },
  responses: { 200: json(ActionListSchema, 'The actions, in the order of the roadmap.'), 400: badRequest, 404: notFound },
});

const actionsCsvRoute = createRoute({
  method: 'get',
  path: '/{municipality}/programmes/{programme}/actions.csv',
  operationId: 'listActionsCsv',
  tags: ['actions'],
  summary: 'The actions as CSV, one row each, filtered as the JSON list',
  request: { params: ProgrammeParams, query: ActionListQuery },
  responses: { 200: csv('The actions.'), 400: badRequest, 404: notFound },
});

const getActionRoute = createRoute({
  method: 'get',
  path: '/{municipality}/programmes/{programme}/actions/{id}',
  operationId: 'getAction',
  tags: ['actions'],
  summary: 'One action with its perspectives and the status of every round',
  request: { params: ActionParams, query: ActionQuery },
  responses: { 200: json(ActionDetailSchema, 'The action.'), 400: badRequest, 404: notFound },
});

/** A public read in the municipality of the path: an unknown one is a 404 problem. */
function readPublic<T>(store: Store, municipality: string, work: (ctx: Ctx) => Promise<T>): Promise<T> {
  return runRead(store, { actor: PUBLIC, municipality: { slug: municipality } }, work);
}

async function requireProgramme(ctx: Ctx, slug: string): Promise<ProgrammeSummary> {
  const programme = await findProgramme(ctx, slug);
  if (!programme) throw new NotFoundError('programme', slug);
  return programme;
}

/** The list as the public site shows it: `q` is matched in `lang`, default the municipality's first language. */
function findActions(store: Store, params: z.infer<typeof ProgrammeParams>, query: z.infer<typeof ActionListQuery>) {
  return readPublic(store, params.municipality, async (ctx) => {
    const programme = await requireProgramme(ctx, params.programme);
    const { lang, ...filter } = query;
    const actions = await listActions(ctx, programme, { ...filter, lang: lang ?? ctx.municipality!.languages[0] ?? 'fi' });
    const round = query.round ?? programme.latestRound?.key ?? null;
    return { municipality: ctx.municipality!, programme, round, actions: actions.map(presentAction) };
  });
}

function csvResponse(c: Context, body: string, fileName: string) {
  return c.text(body, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${fileName}"`,
  });
}

const openCors = cors({ origin: '*', allowMethods: ['GET'], exposeHeaders: ['ETag', 'Content-Disposition'] });

/**
 * Open data: any site may load every answer under the API's path, problems and 304s included. The
 * app mounts this outside its guards and response cache, so that those answers carry it too.
 */
export const openDataHeaders: MiddlewareHandler = async (c, next) => {
  // The staff API is not open data: no cross-site reading of its answers.
  if (c.req.path.startsWith(`${API_BASE_PATH}/staff/`)) return next();
  await openCors(c, next);
  c.res.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
};

export function apiRoutes({ store }: { store: Store }): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: invalidParameters });
  // First, so that none of the open API's public middleware below applies to it.
  app.route('/staff', staffApiRoutes({ store }));
  app.use('*', publicAnswers);
  app.get(DATAPACKAGE_PATH, dataPackageHandler(store));
  app.get(DCAT_PATH, dcatHandler(store));
  app.onError((error, c) => {
    if (error instanceof ApiProblem) return problemResponse(c, error.status, error.detail);
    if (error instanceof NotFoundError) return problemResponse(c, 404, `There is no ${error.entity} "${error.key}".`);
    if (error instanceof UnknownRoundError) {
      return problemResponse(c, 400, `Invalid query parameter "round": the programme has no round ${error.round}.`);
    }
    throw error;
  });

  const programmesOf = (slug: string) =>
    readPublic(store, slug, async (ctx) => ({ municipality: ctx.municipality!, programmes: await listProgrammes(ctx) }));

  app.openapi(listProgrammesRoute, async (c) => {
    const { municipality, programmes } = await programmesOf(c.req.valid('param').municipality);
    return c.json(presentProgrammeList(municipality, programmes), 200);
  });

  app.openapi(programmesCsvRoute, async (c) => {
    const { municipality, programmes } = await programmesOf(c.req.valid('param').municipality);
    return csvResponse(c, programmesCsv(programmes.map(presentProgramme)), `${municipality.slug}-programmes.csv`);
  });

  app.openapi(listActionsRoute, async (c) => {
    const { round, actions } = await findActions(store, c.req.valid('param'), c.req.valid('query'));
    return c.json({ round, actions }, 200);
  });

  app.openapi(actionsCsvRoute, async (c) => {
    const { municipality, programme, round, actions } = await findActions(store, c.req.valid('param'), c.req.valid('query'));
    const fileName = [municipality.slug, programme.slug, 'actions', round].filter(Boolean).join('-');
    return csvResponse(c, actionsCsv(actions), `${fileName}.csv`);
  });

  app.openapi(getActionRoute, async (c) => {
    const params = c.req.valid('param');
    const action = await readPublic(store, params.municipality, async (ctx) =>
      getAction(ctx, await requireProgramme(ctx, params.programme), params.id, c.req.valid('query').round));
    if (!action) throw new NotFoundError('action', params.id);
    return c.json(presentActionDetail(action), 200);
  });

  registerCatalogRoutes(app, store);
  registerResultsRoutes(app, store);
  registerIdeaRoutes(app, store);
  registerRoadmapRoutes(app, store);

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Tiekartta open data API',
      version: '1.0.0',
      description:
        'The digital programmes of municipalities in the open: programmes, their actions and the status of ' +
        'every action in each follow-up round, as JSON and CSV. Texts are given per language (fi, sv, en) ' +
        'where they exist; and the national catalog of other municipalities\' projects. Read-only, no authentication, no personal data ' +
        'besides the catalog\'s contacts, given as the Ministry of Finance publishes them and only with each project. ' +
        "Under /staff/, the staff JSON API: the workspace's edits for integrations, with a personal API token (bearer), never cached.",
    },
    servers: [{ url: API_BASE_PATH }],
    tags: [
      { name: 'programmes', description: 'Digital programmes and their follow-up rounds.' },
      { name: 'actions', description: 'The actions of a programme and their statuses.' },
      { name: 'results', description: "A programme's goals, competences and result metrics with their values per period." },
      { name: 'roadmap', description: "A programme's roadmap versions approved by the city board, with the decision and the actions as approved." },
      { name: 'staff', description: 'The staff JSON API: authenticated, for the people of a municipality.' },
      { name: 'ideas', description: 'Published ideas of residents, companies and staff, and what became of them (never who sent them).' },
      { name: 'catalog', description: "Other municipalities' projects of the Ministry of Finance's incentive programme (national reference data)." },
    ],
  });

  return app;
}
