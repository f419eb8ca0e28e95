/** The staff JSON API's shapes, documented in the same OpenAPI document as the open data API. */
import { z } from '@hono/zod-openapi';
import { ACTION_STATES, TRAFFIC_LIGHTS } from '../../../domain/action.ts';
import { ENTRY_TEXT_MAX } from '../../../domain/round-entry.ts';
import { LANGUAGES, type Lang } from '../../../domain/language.ts';
import { ActionFieldsPatch, ActionFieldsSchema, NewActionSchema } from '../../../services/staff-api/actions.ts';
import { COMMENT_MAX_LENGTH } from '../../../services/editing/comments.ts';
import { LocalizedTextSchema } from '../schemas.ts';

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
  description: 'The fields to change; each one given replaces the stored value, the others stay as they are. '
    + 'The owner is a person with an account (`ownerUserId`) or a name (`ownerName`), not both: set the other to null. '
    + 'Only a coordinator may change the owner.',
});

export const StaffNewActionSchema = NewActionSchema.openapi('StaffNewAction', {
  description: 'A new action at the end of a section (its position in the programme), with any of the fields; the name is required.',
});

export const StaffRestoreSchema = z.strictObject({
  restore: z.number().int().min(1).openapi({ description: 'The earlier version to bring back (as a new version).' }),
}).openapi('StaffRestore');

export const StaffCommentInputSchema = z.strictObject({
  body: z.string().trim().min(1).max(COMMENT_MAX_LENGTH),
}).openapi('StaffCommentInput', { description: "A steering-group member's or coordinator's remark on an action." });

export const StaffCommentSchema = z.strictObject({
  id: z.uuid(),
  authorName: z.string().nullable(),
  body: z.string(),
  createdAt: z.string().openapi({ format: 'date-time' }),
}).openapi('StaffComment');

export const StaffCommentListSchema = z.strictObject({ comments: z.array(StaffCommentSchema) }).openapi('StaffCommentList');

export const StaffActionSchema = ActionFieldsSchema.extend({
  id: z.uuid(),
  ref: z.string().openapi({ description: 'The public reference "section.row".', example: '4.11' }),
  programme: z.string().openapi({ description: "The programme's slug.", example: 'digi-2020-2023' }),
  version: z.number().int().openapi({ description: 'Raised by every change; the ETag is this number in quotes.' }),
  archived: z.boolean().openapi({ description: 'Taken off the roadmap: not shown publicly, kept with its history.' }),
  updatedAt: z.string().openapi({ format: 'date-time' }),
}).openapi('StaffAction', { description: 'An action as staff edit it, unpublished fields included.' });

export type StaffActionJson = z.infer<typeof StaffActionSchema>;

export const StaffEntryParams = z.object({
  municipality: z.string().min(1).max(100).openapi({ param: { name: 'municipality', in: 'path' }, example: 'porvoo' }),
  programme: z.string().min(1).max(100).openapi({ param: { name: 'programme', in: 'path' }, example: 'digi-2020-2023' }),
  round: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a round as YYYY-MM').openapi({ param: { name: 'round', in: 'path' }, example: '2026-03' }),
  ref: z.string().min(1).max(40).openapi({ param: { name: 'ref', in: 'path' }, description: 'The action\'s reference "section.row".', example: '4.11' }),
});

const entryText = z.strictObject(
  Object.fromEntries(LANGUAGES.map((lang) => [lang, z.string().max(ENTRY_TEXT_MAX).optional()])) as Record<Lang, z.ZodOptional<z.ZodString>>,
).openapi({ description: 'The status text per language; a language left out or empty has no text.' });

export const StaffEntryInputSchema = z.strictObject({
  text: entryText,
  state: z.enum(ACTION_STATES).nullable().openapi({ description: 'Null: inferred from the text, to be confirmed by the coordinator.' }),
  trafficLight: z.enum(TRAFFIC_LIGHTS).nullable(),
}).openapi('StaffEntryInput', { description: "An action's entry in an open follow-up round, replaced as a whole." });

export const StaffEntrySchema = z.strictObject({
  ref: z.string(),
  name: LocalizedTextSchema,
  text: LocalizedTextSchema,
  state: z.enum(ACTION_STATES),
  stateInferred: z.boolean(),
  trafficLight: z.enum(TRAFFIC_LIGHTS).nullable(),
  updatedAt: z.string().nullable().openapi({ format: 'date-time', description: 'Null until someone saves the entry.' }),
  version: z.number().int().openapi({ description: 'Raised by every save; the ETag is this number in quotes.' }),
  missingLanguages: z.array(z.enum(LANGUAGES)).openapi({ description: 'Required languages the text lacks.' }),
}).openapi('StaffEntry', { description: "An action's entry in a follow-up round." });

export type StaffEntryJson = z.infer<typeof StaffEntrySchema>;

export const StaffProgrammeParams = z.object({
  municipality: StaffEntryParams.shape.municipality,
  programme: StaffEntryParams.shape.programme,
});

export const StaffActionListSchema = z.strictObject({ actions: z.array(StaffActionSchema) })
  .openapi('StaffActionList', { description: "The programme's actions in the order of the roadmap, each with its id and version." });
