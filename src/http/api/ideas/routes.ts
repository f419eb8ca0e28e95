/**
 * Published ideas in the open API: what the public pages show, never who sent them (the sender's name
 * and address are not in these shapes, which are strict, so the contract test would catch a leak).
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { PUBLIC } from '../../../domain/actor.ts';
import { IDEA_STATES } from '../../../domain/idea.ts';
import { LANGUAGES } from '../../../domain/language.ts';
import { runRead, type Store } from '../../../services/context.ts';
import { getPublishedIdea, listPublishedIdeas, type PublicIdea, type PublicIdeaDetail } from '../../../services/ideas/public-ideas.ts';
import { ApiProblem, PROBLEM_CONTENT_TYPE } from '../problems.ts';
import { LocalizedTextSchema, MunicipalityParams, ProblemSchema } from '../schemas.ts';

const problem = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } });
const json = <Schema extends z.ZodType>(schema: Schema, description: string) => ({ description, content: { 'application/json': { schema } } });

const IdeaActionSchema = z.object({
  programme: z.string().openapi({ example: 'digi-2024-2026' }),
  ref: z.string().openapi({ example: '2.7' }),
  name: LocalizedTextSchema,
}).strict().openapi('IdeaAction', { description: 'The action the idea became or was merged into.' });

const IdeaSchema = z.object({
  ref: z.string().openapi({ example: 'IDEA-2026-0007' }),
  lang: z.enum(LANGUAGES).openapi({ description: 'The language the idea was written in.' }),
  title: LocalizedTextSchema,
  state: z.enum(IDEA_STATES).openapi('IdeaState'),
  received: z.string().openapi({ description: 'When it arrived (ISO 8601).' }),
  action: IdeaActionSchema.nullable(),
}).strict().openapi('Idea');

const IdeaDetailSchema = IdeaSchema.extend({
  description: LocalizedTextSchema,
  beneficiaries: LocalizedTextSchema,
  decision: z.object({
    decidedOn: z.string().openapi({ description: 'The date of the steering group\'s meeting.', example: '2026-11-20' }),
    reason: LocalizedTextSchema,
  }).strict().nullable(),
  mergedInto: z.string().nullable().openapi({ description: 'The reference of the idea this one was merged into.' }),
}).strict().openapi('IdeaDetail');

const IdeaParams = MunicipalityParams.extend({
  ref: z.string().regex(/^IDEA-\d{4}-\d{4,}$/).openapi({ param: { name: 'ref', in: 'path' }, example: 'IDEA-2026-0007' }),
});

const listRoute = createRoute({
  method: 'get',
  path: '/{municipality}/ideas',
  operationId: 'listIdeas',
  tags: ['ideas'],
  summary: 'Published ideas of residents, companies and staff, newest first, with their stage',
  request: { params: MunicipalityParams },
  responses: { 200: json(z.object({ ideas: z.array(IdeaSchema) }).strict().openapi('IdeaList'), 'The ideas.'), 404: problem('Unknown municipality.') },
});

const getRoute = createRoute({
  method: 'get',
  path: '/{municipality}/ideas/{ref}',
  operationId: 'getIdea',
  tags: ['ideas'],
  summary: "One published idea with the steering group's decision",
  request: { params: IdeaParams },
  responses: { 200: json(IdeaDetailSchema, 'The idea.'), 400: problem('Not an idea reference.'), 404: problem('Unknown municipality or idea.') },
});

function present(idea: PublicIdea): z.infer<typeof IdeaSchema> {
  return {
    ref: idea.ref, lang: idea.lang, title: idea.title, state: idea.state, received: idea.createdAt.toISOString(),
    action: idea.action ? { programme: idea.action.programmeSlug, ref: idea.action.ref, name: idea.action.name } : null,
  };
}

function presentDetail(idea: PublicIdeaDetail): z.infer<typeof IdeaDetailSchema> {
  return {
    ...present(idea), description: idea.description, beneficiaries: idea.beneficiariesText,
    decision: idea.decidedOn ? { decidedOn: idea.decidedOn, reason: idea.decisionReason } : null, mergedInto: idea.mergedInto?.ref ?? null,
  };
}

export function registerIdeaRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(listRoute, async (c) => {
    const ideas = await runRead(store, { actor: PUBLIC, municipality: { slug: c.req.valid('param').municipality } }, listPublishedIdeas);
    return c.json({ ideas: ideas.map(present) }, 200);
  });

  app.openapi(getRoute, async (c) => {
    const { municipality, ref } = c.req.valid('param');
    const idea = await runRead(store, { actor: PUBLIC, municipality: { slug: municipality } }, (ctx) => getPublishedIdea(ctx, ref));
    if (!idea) throw new ApiProblem(404, `There is no published idea "${ref}".`);
    return c.json(presentDetail(idea), 200);
  });
}
