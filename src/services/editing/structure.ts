/**
 * Editing a programme's structure: its name, period and cost code, and its goals (or themes),
 * competences, sections and enablers, each against the version its form was opened at.
 */
import { and, asc, eq, inArray, max, ne } from 'drizzle-orm';
import { z } from 'zod';
import { competences, enablers, goals, metrics, programmes, sections, strategyThemes } from '../../db/schema.ts';
import { BENEFITS } from '../../domain/action.ts';
import { METRIC_DIRECTIONS } from '../../domain/metrics.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { LANGUAGES, type Lang, type LocalizedText } from '../../domain/language.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { Ctx, WriteCtx } from '../context.ts';
import { scopedMunicipality } from '../scope.ts';
import { conflictOf, pickFields, updateAtVersion, type VersionedTable } from './versioned.ts';
import { hasText, localizedSchema, parseOrThrow, Problems } from './validation.ts';

const year = z.number().int().min(1990).max(2200);

export const programmeFieldsSchema = z.object({
  name: localizedSchema(300),
  periodStart: year,
  periodEnd: year,
  costCode: z.string().trim().max(100).nullable().default(null).transform((code) => (code ? code : null)),
}).refine((value) => value.periodEnd >= value.periodStart, { message: 'invalid', path: ['periodEnd'] });
export type ProgrammeFields = z.output<typeof programmeFieldsSchema>;
const PROGRAMME_FIELDS: (keyof ProgrammeFields)[] = ['name', 'periodStart', 'periodEnd', 'costCode'];

/** Lines of text per language (an enabler's measures and metrics), blank lines dropped. */
const localizedLines = z.object(Object.fromEntries(LANGUAGES.map((lang) => [lang, z.array(z.string().trim().max(1000)).max(100).optional()])) as
  Record<Lang, z.ZodOptional<z.ZodArray<z.ZodString>>>)
  .partial().default({})
  .transform((value) => Object.fromEntries(Object.entries(value)
    .map(([lang, lines]) => [lang, (lines ?? []).filter((line) => line.length > 0)])
    .filter(([, lines]) => lines!.length > 0)) as Partial<Record<Lang, string[]>>);

const named = localizedSchema(300).refine(hasText, { message: 'required' });
const coded = z.object({ code: z.string().trim().min(1, { message: 'required' }).max(20), name: named });

const described = localizedSchema(4000);
const ids = z.array(z.uuid({ message: 'unknown' })).max(20).default([]);

/** The parts of a programme edited one by one, each with its own form. */
export const STRUCTURE_KINDS = {
  goal: {
    table: goals, entity: 'goals',
    schema: coded.extend({
      kind: z.enum(['goal', 'theme']).default('goal'), description: described,
      benefits: z.array(z.enum(BENEFITS)).max(BENEFITS.length).default([]), spearheadIds: ids,
    }),
    keys: ['code', 'name', 'kind', 'description', 'benefits', 'spearheadIds'],
  },
  competence: {
    table: competences, entity: 'competences', schema: coded.extend({ description: described, exampleMetrics: localizedLines }),
    keys: ['code', 'name', 'description', 'exampleMetrics'],
  },
  /** A goal's result metric. */
  metric: {
    table: metrics, entity: 'metrics',
    schema: coded.extend({
      goalId: z.uuid({ message: 'required' }), unit: localizedSchema(50), source: localizedSchema(1000),
      direction: z.enum(METRIC_DIRECTIONS).default('trend'), target: localizedSchema(1000),
    }),
    keys: ['code', 'name', 'goalId', 'unit', 'source', 'direction', 'target'],
  },
  section: { table: sections, entity: 'sections', schema: z.object({ name: localizedSchema(300) }), keys: ['name'] },
  enabler: { table: enablers, entity: 'enablers', schema: z.object({ name: named, measures: localizedLines, metrics: localizedLines }), keys: ['name', 'measures', 'metrics'] },
} as const;
export type StructureKind = keyof typeof STRUCTURE_KINDS;

export interface StructureItem {
  kind: StructureKind;
  id: string;
  version: number;
  position: number;
  fields: Record<string, unknown> & { name: LocalizedText };
}

export interface ProgrammeStructure {
  id: string;
  slug: string;
  version: number;
  fields: ProgrammeFields;
  goals: StructureItem[];
  competences: StructureItem[];
  sections: StructureItem[];
  enablers: StructureItem[];
  metrics: StructureItem[];
}

async function findProgrammeRow(ctx: Ctx, slug: string) {
  const [row] = await ctx.tx.select().from(programmes)
    .where(and(eq(programmes.municipalityId, scopedMunicipality(ctx).id), eq(programmes.slug, slug)));
  if (!row) throw new NotFoundError('programme', slug);
  return row;
}

export async function getProgrammeStructure(ctx: Ctx, slug: string): Promise<ProgrammeStructure> {
  authorize(ctx, 'unpublished.read');
  const programme = await findProgrammeRow(ctx, slug);
  const items = async (kind: StructureKind): Promise<StructureItem[]> => {
    const { table, keys } = STRUCTURE_KINDS[kind];
    const loose = table as typeof goals;
    const rows = await ctx.tx.select().from(loose).where(eq(loose.programmeId, programme.id)).orderBy(asc(loose.position));
    return rows.map((row) => ({
      kind, id: row.id, version: row.version, position: row.position,
      fields: pickFields<Record<string, unknown>>(row, keys as readonly string[]) as StructureItem['fields'],
    }));
  };
  return {
    id: programme.id, slug: programme.slug, version: programme.version,
    fields: pickFields<ProgrammeFields>(programme, PROGRAMME_FIELDS),
    goals: await items('goal'), competences: await items('competence'), sections: await items('section'), enablers: await items('enabler'),
    metrics: await items('metric'),
  };
}

/** Saves the programme's own fields. */
export async function updateProgramme(ctx: WriteCtx, input: { slug: string; version: number; fields: unknown }): Promise<void> {
  authorize(ctx, 'programme.edit');
  const programme = await findProgrammeRow(ctx, input.slug);
  const fields = parseOrThrow(programmeFieldsSchema, input.fields);
  const written = await updateAtVersion(ctx, programmes, programme.id, input.version, fields);
  if (!written) throw await conflictOf(ctx, programmes, 'programmes', programme, PROGRAMME_FIELDS, fields, input.version);
  await writeAudit(ctx, { action: 'programme.update', target: `programme:${programme.id}`, details: { version: written.version } });
}

export interface StructureSave {
  kind: StructureKind;
  programmeSlug: string;
  /** Absent: a new item at the end. */
  id?: string;
  version?: number;
  fields: unknown;
}

/** Creates or saves one goal, competence, section or enabler; returns its id. */
export async function saveStructureItem(ctx: WriteCtx, input: StructureSave): Promise<string> {
  authorize(ctx, 'programme.edit');
  const { table, entity, schema, keys } = STRUCTURE_KINDS[input.kind];
  const loose = table as typeof goals;
  const programme = await findProgrammeRow(ctx, input.programmeSlug);
  const fields = parseOrThrow(schema as z.ZodType<Record<string, unknown>>, input.fields);
  if ('code' in fields) {
    const [taken] = await ctx.tx.select({ id: loose.id }).from(loose)
      .where(and(eq(loose.programmeId, programme.id), eq(loose.code, fields.code as string), input.id ? ne(loose.id, input.id) : undefined));
    const problems = new Problems();
    if (taken) problems.add('code', 'taken');
    problems.throwIfAny();
  }
  await checkReferences(ctx, programme.id, fields);
  if (!input.id) {
    const [last] = await ctx.tx.select({ position: max(loose.position) }).from(loose).where(eq(loose.programmeId, programme.id));
    const [created] = await ctx.tx.insert(loose).values({
      ...(fields as Partial<typeof goals.$inferInsert>), code: (fields.code as string | undefined) ?? '', name: fields.name as LocalizedText,
      municipalityId: programme.municipalityId, programmeId: programme.id, position: (last?.position ?? 0) + 1,
    } as typeof goals.$inferInsert).returning({ id: loose.id });
    await writeAudit(ctx, { action: `${input.kind}.create`, target: `${input.kind}:${created!.id}`, details: { programme: programme.slug } });
    return created!.id;
  }
  const [current] = await ctx.tx.select().from(loose).where(and(eq(loose.id, input.id), eq(loose.programmeId, programme.id)));
  if (!current) throw new NotFoundError(input.kind, input.id);
  const written = await updateAtVersion(ctx, table as VersionedTable, input.id, input.version ?? 0, fields);
  if (!written) throw await conflictOf(ctx, table, entity, current, keys as readonly string[], fields, input.version ?? 0);
  await writeAudit(ctx, { action: `${input.kind}.update`, target: `${input.kind}:${input.id}`, details: { version: written.version } });
  return input.id;
}

/** A metric's goal must be one of the programme's; a goal's spearheads must be the municipality's. */
async function checkReferences(ctx: Ctx, programmeId: string, fields: Record<string, unknown>) {
  const problems = new Problems();
  if (typeof fields.goalId === 'string') {
    const [goal] = await ctx.tx.select({ id: goals.id }).from(goals).where(and(eq(goals.id, fields.goalId), eq(goals.programmeId, programmeId)));
    if (!goal) problems.add('goalId', 'unknown');
  }
  const spearheads = fields.spearheadIds as string[] | undefined;
  if (spearheads && spearheads.length > 0) {
    const found = await ctx.tx.select({ id: strategyThemes.id }).from(strategyThemes)
      .where(and(eq(strategyThemes.kind, 'spearhead'), inArray(strategyThemes.id, spearheads)));
    if (found.length !== new Set(spearheads).size) problems.add('spearheadIds', 'unknown');
  }
  problems.throwIfAny();
}
