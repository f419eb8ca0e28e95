/** The open API's shape of a programme's approved roadmap versions: the board's decision and the actions as approved. */
import { z } from '@hono/zod-openapi';
import { LocalizedTextSchema, PerspectivesSchema } from '../schemas.ts';

const RoadmapDecisionSchema = z
  .strictObject({
    body: LocalizedTextSchema.openapi({ description: 'The body that approved it.', example: { fi: 'Kaupunginhallitus', sv: 'Stadsstyrelsen' } }),
    date: z.string().openapi({ description: 'The date of the decision (YYYY-MM-DD).', example: '2024-01-22' }),
    section: z.string().openapi({ description: 'The section (§) of the minutes.', example: '25' }),
    diaryNumber: z.string().openapi({ example: '118/07.01.02/2024' }),
  })
  .openapi('RoadmapDecision');

const RoadmapActionSchema = z
  .strictObject({
    ref: z.string().openapi({ description: "The action's reference when the version was approved.", example: '1.1' }),
    name: LocalizedTextSchema,
    section: z.strictObject({ position: z.number().int(), name: LocalizedTextSchema }),
    years: z.array(z.number().int()).openapi({ description: 'The years the action was scheduled for.' }),
    perspectives: PerspectivesSchema,
  })
  .openapi('RoadmapAction', { description: 'An action as the approved version holds it; who owns it is not published.' });

const RoadmapVersionSchema = z
  .strictObject({
    number: z.number().int().openapi({ description: "The version's number in the programme, oldest 1." }),
    decision: RoadmapDecisionSchema,
    note: LocalizedTextSchema.openapi({ description: 'A note published beside the version.' }),
    approvedAt: z.string().openapi({ description: 'When the approval was recorded (ISO 8601).' }),
    actions: z.array(RoadmapActionSchema).openapi({ description: 'In the order of the roadmap.' }),
  })
  .openapi('RoadmapVersion');

export const RoadmapSchema = z
  .strictObject({ versions: z.array(RoadmapVersionSchema).openapi({ description: 'Approved versions, oldest first; the last is in force.' }) })
  .openapi('Roadmap');
