/**
 * The catalog of other municipalities' projects in the open API: national reference data, the same
 * for every municipality, so its paths name none (cached under the `platform` epoch).
 */
import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import { PUBLIC } from '../../../domain/actor.ts';
import type { DescriptionBlock } from '../../../domain/catalog.ts';
import { NotFoundError } from '../../../domain/errors.ts';
import { resolveMunicipality } from '../../../domain/municipalities/resolve-municipality.ts';
import { municipalityByCode } from '../../../domain/municipalities/register.ts';
import { getCatalogProject, listCatalogProjects, type CatalogProjectSummary } from '../../../services/catalog/catalog-projects.ts';
import { mostConnected, municipalityNetwork } from '../../../services/catalog/network.ts';
import { similarProjects } from '../../../services/catalog/similar-projects.ts';
import { runRead, type Store } from '../../../services/context.ts';
import { findProgramme } from '../../../services/programmes.ts';
import { ApiProblem, PROBLEM_CONTENT_TYPE } from '../problems.ts';
import { ActionParams, ProblemSchema } from '../schemas.ts';
import {
  CatalogListSchema,
  CatalogProjectDetailSchema,
  CatalogProjectParams,
  CatalogQuery,
  MunicipalityNetworkSchema,
  NetworkOverviewQuery,
  NetworkOverviewSchema,
  NetworkParams,
  SimilarProjectListSchema,
  type CatalogProjectJson,
} from './schemas.ts';

const problem = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } });
const json = <Schema extends z.ZodType>(schema: Schema, description: string) => ({ description, content: { 'application/json': { schema } } });

const listRoute = createRoute({
  method: 'get',
  path: '/catalog/projects',
  operationId: 'listCatalogProjects',
  tags: ['catalog'],
  summary: "Other municipalities' projects of the Ministry of Finance's incentive programme, searchable",
  request: { query: CatalogQuery },
  responses: {
    200: json(CatalogListSchema, 'A page of projects: by relevance with `q`, else by title.'),
    400: problem('An invalid query parameter, or a municipality the register does not know.'),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/catalog/projects/{id}',
  operationId: 'getCatalogProject',
  tags: ['catalog'],
  summary: 'One project with its contacts',
  request: { params: CatalogProjectParams },
  responses: { 200: json(CatalogProjectDetailSchema, 'The project.'), 404: problem('No project has this id.') },
});

const similarRoute = createRoute({
  method: 'get',
  path: '/{municipality}/programmes/{programme}/actions/{id}/similar-projects',
  operationId: 'listSimilarProjects',
  tags: ['catalog'],
  summary: "The catalog projects most like the action, from its name and status texts in every language",
  request: { params: ActionParams },
  responses: { 200: json(SimilarProjectListSchema, 'Up to ten projects, best first.'), 404: problem('Unknown municipality, programme or action.') },
});

const networkOverviewRoute = createRoute({
  method: 'get',
  path: '/catalog/network',
  operationId: 'getCatalogNetwork',
  tags: ['catalog'],
  summary: 'The municipalities that worked with the most others in the catalog',
  request: { query: NetworkOverviewQuery },
  responses: { 200: json(NetworkOverviewSchema, 'Most partners first.'), 400: problem('An invalid query parameter.') },
});

const networkRoute = createRoute({
  method: 'get',
  path: '/catalog/network/{municipality}',
  operationId: 'getMunicipalityNetwork',
  tags: ['catalog'],
  summary: 'The projects a municipality led and joined, and the municipalities it worked with',
  request: { params: NetworkParams },
  responses: { 200: json(MunicipalityNetworkSchema, 'The network.'), 404: problem('No municipality has this code or name.') },
});

/** A municipality named by code or by a Finnish or Swedish name (inflected forms too). */
export function municipalityCodeOf(written: string): string | null {
  if (/^\d{3}$/u.test(written)) return municipalityByCode(written) ? written : null;
  const resolved = resolveMunicipality(written);
  return resolved.matched ? resolved.municipality.code : null;
}

const presentBlock = (block: DescriptionBlock) =>
  block.kind === 'paragraph' ? { kind: block.kind, text: block.text } : { kind: block.kind, ordered: block.ordered, items: block.items };

export function presentCatalogProject(project: CatalogProjectSummary): CatalogProjectJson {
  return {
    id: project.id,
    title: project.title,
    lang: project.lang,
    ended: project.ended,
    lead: project.lead,
    partners: project.partners,
    description: project.description.map(presentBlock),
    links: project.links,
    ...(project.snippet ? { snippet: project.snippet } : {}),
  };
}

export function registerCatalogRoutes(app: OpenAPIHono, store: Store): void {
  const read = <T>(work: Parameters<typeof runRead<T>>[2]) => runRead(store, { actor: PUBLIC }, work);

  app.openapi(listRoute, async (c) => {
    const query = c.req.valid('query');
    const municipality = query.municipality === undefined ? undefined : municipalityCodeOf(query.municipality);
    if (municipality === null) throw new ApiProblem(400, `Invalid query parameter "municipality": no municipality is called "${query.municipality}".`);
    const page = await read((ctx) => listCatalogProjects(ctx, { ...query, municipality }));
    return c.json({ total: page.total, limit: query.limit, offset: query.offset, projects: page.projects.map(presentCatalogProject) }, 200);
  });

  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param');
    const project = await read((ctx) => getCatalogProject(ctx, id));
    if (!project) throw new NotFoundError('catalog project', id);
    return c.json({ ...presentCatalogProject(project), contacts: project.contacts }, 200);
  });

  app.openapi(networkOverviewRoute, async (c) => {
    const municipalities = await read((ctx) => mostConnected(ctx, c.req.valid('query').limit));
    return c.json({ municipalities }, 200);
  });

  app.openapi(networkRoute, async (c) => {
    const written = c.req.valid('param').municipality;
    const code = municipalityCodeOf(written);
    if (!code) throw new NotFoundError('municipality', written);
    return c.json(await read((ctx) => municipalityNetwork(ctx, code)), 200);
  });

  app.openapi(similarRoute, async (c) => {
    const params = c.req.valid('param');
    const projects = await runRead(store, { actor: PUBLIC, municipality: { slug: params.municipality } }, async (ctx) => {
      const programme = await findProgramme(ctx, params.programme);
      if (!programme) throw new NotFoundError('programme', params.programme);
      return similarProjects(ctx, programme, params.id, 10);
    });
    if (!projects) throw new NotFoundError('action', params.id);
    return c.json({ action: params.id, projects }, 200);
  });
}
