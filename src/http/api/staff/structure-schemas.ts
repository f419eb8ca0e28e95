/** The staff API's shapes of a programme's structure: its own fields and its goals, competences, sections and enablers. */
import { z } from '@hono/zod-openapi';
import { LANGUAGES, type Lang } from '../../../domain/language.ts';
import { STRUCTURE_KINDS, type StructureKind } from '../../../services/editing/structure.ts';
import { LocalizedTextSchema } from '../schemas.ts';
import { StaffProgrammeParams } from './schemas.ts';

const KINDS = Object.keys(STRUCTURE_KINDS) as [StructureKind, ...StructureKind[]];

export const StaffStructureKindParams = StaffProgrammeParams.extend({
  kind: z.enum(KINDS).openapi({ param: { name: 'kind', in: 'path' }, description: 'Which part of the structure.' }),
});

export const StaffStructureItemParams = StaffStructureKindParams.extend({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
});

const text = (max: number) => z.strictObject(
  Object.fromEntries(LANGUAGES.map((lang) => [lang, z.string().max(max).optional()])) as Record<Lang, z.ZodOptional<z.ZodString>>,
);
const lines = z.strictObject(
  Object.fromEntries(LANGUAGES.map((lang) => [lang, z.array(z.string().max(1000)).max(100).optional()])) as Record<Lang, z.ZodOptional<z.ZodArray<z.ZodString>>>,
).openapi({ description: 'Lines of text per language.' });

export const StaffProgrammeFieldsSchema = z.strictObject({
  name: text(300),
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  costCode: z.string().max(100).nullable().default(null),
}).openapi('StaffProgrammeFields', { description: "The programme's own fields, replaced as a whole." });

export const StaffStructureItemInputSchema = z.strictObject({
  code: z.string().max(20).optional().openapi({ description: 'Goals and competences: a code unique in the programme.' }),
  kind: z.enum(['goal', 'theme']).optional().openapi({ description: 'Goals only: a goal or a theme.' }),
  name: text(300),
  measures: lines.optional().openapi({ description: 'Enablers only.' }),
  metrics: lines.optional().openapi({ description: 'Enablers only.' }),
}).openapi('StaffStructureItemInput', { description: 'A goal, competence, section or enabler, replaced as a whole; the fields of its kind.' });

export const StaffStructureItemSchema = z.strictObject({
  kind: z.enum(KINDS),
  id: z.uuid(),
  version: z.number().int(),
  position: z.number().int(),
  fields: z.strictObject({
    code: z.string().optional(),
    kind: z.enum(['goal', 'theme']).optional(),
    name: LocalizedTextSchema,
    measures: z.record(z.string(), z.array(z.string())).optional(),
    metrics: z.record(z.string(), z.array(z.string())).optional(),
  }),
}).openapi('StaffStructureItem');

export const StaffStructureSchema = z.strictObject({
  id: z.uuid(),
  slug: z.string(),
  version: z.number().int().openapi({ description: "The programme's own version; the ETag is this number in quotes." }),
  fields: z.strictObject({ name: LocalizedTextSchema, periodStart: z.number().int(), periodEnd: z.number().int(), costCode: z.string().nullable() }),
  goals: z.array(StaffStructureItemSchema),
  competences: z.array(StaffStructureItemSchema),
  sections: z.array(StaffStructureItemSchema),
  enablers: z.array(StaffStructureItemSchema),
}).openapi('StaffStructure', { description: "A programme's structure, each part with its own version." });
