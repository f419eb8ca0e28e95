/**
 * A programme's roadmap versions approved by the board in the open API: each with its decision and the
 * actions as approved. Drafts are the workspace's; owners are never published.
 */
import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import { PUBLIC } from '../../../domain/actor.ts';
import type { RoadmapEntry } from '../../../domain/roadmap.ts';
import { runRead, type Store } from '../../../services/context.ts';
import { getRoadmapVersion, listRoadmapVersions, type RoadmapVersionDetail } from '../../../services/roadmap/versions.ts';
import { PROBLEM_CONTENT_TYPE } from '../problems.ts';
import { ProblemSchema, ProgrammeParams } from '../schemas.ts';
import { RoadmapSchema } from './schemas.ts';

const roadmapRoute = createRoute({
  method: 'get', path: '/{municipality}/programmes/{programme}/roadmap', operationId: 'listRoadmapVersions', tags: ['roadmap'],
  summary: "The programme's roadmap versions approved by the board, with their actions",
  request: { params: ProgrammeParams },
  responses: {
    200: { description: 'The approved versions, oldest first.', content: { 'application/json': { schema: RoadmapSchema } } },
    404: { description: 'Unknown municipality or programme.', content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } },
  },
});

const presentAction = (entry: RoadmapEntry) => ({
  ref: entry.ref, name: entry.name, section: entry.section, years: entry.years,
  perspectives: {
    goal: entry.goalCode, competence: entry.competenceCode, level: entry.level, statutory: entry.statutory, benefits: entry.benefits,
    beneficiaries: entry.beneficiaries, costClass: entry.costClass, impactClass: entry.impactClass, developmentModel: entry.developmentModel,
  },
});

function presentVersion({ version, entries }: RoadmapVersionDetail): z.infer<typeof RoadmapSchema>['versions'][number] {
  return {
    number: version.number, decision: version.decision!, note: version.note, approvedAt: version.approvedAt!.toISOString(),
    actions: entries.map(presentAction),
  };
}

export function registerRoadmapRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(roadmapRoute, async (c) => {
    const { municipality, programme } = c.req.valid('param');
    const versions = await runRead(store, { actor: PUBLIC, municipality: { slug: municipality } }, async (ctx) => {
      const approved = await listRoadmapVersions(ctx, programme);
      const details = [];
      for (const version of approved) details.push((await getRoadmapVersion(ctx, programme, version.number))!);
      return details;
    });
    return c.json({ versions: versions.map(presentVersion) }, 200);
  });
}
