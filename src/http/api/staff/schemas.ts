/** The staff JSON API's shapes, documented in the same OpenAPI document as the open data API. */
import { z } from '@hono/zod-openapi';
import { ActionFieldsPatch, ActionFieldsSchema } from '../../../services/staff-api/actions.ts';

export const SECURITY = [{ personalToken: [] }];

export const StaffActionParams = z.object({
  municipality: z.string().min(1).max(100).openapi({ param: { name: 'municipality', in: 'path' }, example: 'porvoo' }),
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: "The action's id (as `id` in its answers)." }),
});

export const IfMatchHeader = z.object({
  'if-match': z.string().optional().openapi({
    param: { name: 'if-match', in: 'header' },
    description: 'The ETag of the version the change is based on, as the last GET answered it. Required.',
    example: '"3"',
  }),
});

export const StaffActionPatchSchema = ActionFieldsPatch.openapi('StaffActionPatch', {
  description: 'The fields to change; each one given replaces the stored value, the others stay as they are.',
});

export const StaffActionSchema = ActionFieldsSchema.extend({
  id: z.uuid(),
  ref: z.string().openapi({ description: 'The public reference "section.row".', example: '4.11' }),
  programme: z.string().openapi({ description: "The programme's slug.", example: 'digi-2020-2023' }),
  version: z.number().int().openapi({ description: 'Raised by every change; the ETag is this number in quotes.' }),
  ownerUserId: z.uuid().nullable().openapi({ description: 'The person the action is assigned to.' }),
  updatedAt: z.string().openapi({ format: 'date-time' }),
}).openapi('StaffAction', { description: 'An action as staff edit it, unpublished fields included.' });

export type StaffActionJson = z.infer<typeof StaffActionSchema>;
