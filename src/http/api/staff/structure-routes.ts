/**
 * A programme's structure in the staff API: read it, change the programme's own fields (name,
 * period, cost code) and add or change its goals, competences, sections and enablers, each based on
 * its own version, through the workspace's structure use-cases (the coordinator's).
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { NotFoundError } from '../../../domain/errors.ts';
import { runRead, runWrite, type Ctx, type Store } from '../../../services/context.ts';
import { getProgrammeStructure, saveStructureItem, STRUCTURE_KINDS, updateProgramme, type StructureItem, type StructureKind } from '../../../services/editing/structure.ts';
import { etag, etagHeader, invalidBody, preconditions, refusals, requiredVersion, scope, SECURITY, type StaffApiEnv } from './route-kit.ts';
import { IfMatchHeader, StaffProgrammeParams } from './schemas.ts';
import {
  StaffProgrammeFieldsSchema, StaffStructureItemInputSchema, StaffStructureItemParams, StaffStructureItemSchema, StaffStructureKindParams,
  StaffStructureSchema,
} from './structure-schemas.ts';

const json = <S>(schema: S) => ({ content: { 'application/json': { schema } } });
const body = <S>(schema: S) => ({ body: { required: true, ...json(schema) } });
const structureAnswer = (description: string) => ({ description, headers: etagHeader('programme'), ...json(StaffStructureSchema) });
const itemAnswer = (description: string) => ({ description, headers: etagHeader('item'), ...json(StaffStructureItemSchema) });

const structurePath = '/{municipality}/programmes/{programme}/structure';

const getStructureRoute = createRoute({
  method: 'get', path: structurePath, operationId: 'staffGetStructure', tags: ['staff'], security: SECURITY,
  summary: "A programme's own fields and its goals, competences, sections and enablers, each with its version",
  request: { params: StaffProgrammeParams },
  responses: { 200: structureAnswer("The structure; the ETag is the programme's own version."), ...refusals },
});

const putProgrammeRoute = createRoute({
  method: 'put', path: structurePath, operationId: 'staffEditProgramme', tags: ['staff'], security: SECURITY,
  summary: "Replaces the programme's name, period and cost code, based on the version in If-Match",
  request: { params: StaffProgrammeParams, headers: IfMatchHeader, ...body(StaffProgrammeFieldsSchema) },
  responses: { 200: structureAnswer('The structure as saved.'), ...refusals, ...invalidBody, ...preconditions('programme') },
});

const createItemRoute = createRoute({
  method: 'post', path: `${structurePath}/{kind}`, operationId: 'staffCreateStructureItem', tags: ['staff'], security: SECURITY,
  summary: 'Adds a goal (or theme), competence, result metric, section or enabler at the end',
  request: { params: StaffStructureKindParams, ...body(StaffStructureItemInputSchema) },
  responses: { 201: itemAnswer('The new item.'), ...refusals, ...invalidBody },
});

const putItemRoute = createRoute({
  method: 'put', path: `${structurePath}/{kind}/{id}`, operationId: 'staffEditStructureItem', tags: ['staff'], security: SECURITY,
  summary: 'Replaces a goal, competence, result metric, section or enabler, based on the version in If-Match',
  request: { params: StaffStructureItemParams, headers: IfMatchHeader, ...body(StaffStructureItemInputSchema) },
  responses: { 200: itemAnswer('The item as saved.'), ...refusals, ...invalidBody, ...preconditions('item') },
});

async function itemOf(ctx: Ctx, programme: string, kind: StructureKind, id: string): Promise<StructureItem> {
  const structure = await getProgrammeStructure(ctx, programme);
  // Each kind's list in the structure is named after its table (goals, competences, …).
  const item = structure[STRUCTURE_KINDS[kind].entity].find((candidate) => candidate.id === id);
  if (!item) throw new NotFoundError(kind, id);
  return item;
}

const presentItem = (item: StructureItem) => item as typeof StaffStructureItemSchema._output;

export function registerStructureRoutes(app: OpenAPIHono<StaffApiEnv>, store: Store): void {
  app.openapi(getStructureRoute, async (c) => {
    const { municipality, programme } = c.req.valid('param');
    const structure = await runRead(store, scope(c, municipality), (ctx) => getProgrammeStructure(ctx, programme));
    return c.json(structure as typeof StaffStructureSchema._output, 200, { ETag: etag(structure.version) });
  });

  app.openapi(putProgrammeRoute, async (c) => {
    const { municipality, programme } = c.req.valid('param');
    const version = requiredVersion(c.req.header('if-match'));
    const fields = c.req.valid('json');
    const structure = await runWrite(store, scope(c, municipality), async (ctx) => {
      await updateProgramme(ctx, { slug: programme, version, fields });
      return getProgrammeStructure(ctx, programme);
    });
    return c.json(structure as typeof StaffStructureSchema._output, 200, { ETag: etag(structure.version) });
  });

  app.openapi(createItemRoute, async (c) => {
    const { municipality, programme, kind } = c.req.valid('param');
    const fields = c.req.valid('json');
    const item = await runWrite(store, scope(c, municipality), async (ctx) =>
      itemOf(ctx, programme, kind, await saveStructureItem(ctx, { kind, programmeSlug: programme, fields })));
    const at = `/api/v1/staff/${encodeURIComponent(municipality)}/programmes/${encodeURIComponent(programme)}/structure/${kind}/${item.id}`;
    return c.json(presentItem(item), 201, { ETag: etag(item.version), Location: at });
  });

  app.openapi(putItemRoute, async (c) => {
    const { municipality, programme, kind, id } = c.req.valid('param');
    const version = requiredVersion(c.req.header('if-match'));
    const fields = c.req.valid('json');
    const item = await runWrite(store, scope(c, municipality), async (ctx) =>
      itemOf(ctx, programme, kind, await saveStructureItem(ctx, { kind, programmeSlug: programme, id, version, fields })));
    return c.json(presentItem(item), 200, { ETag: etag(item.version) });
  });
}
