/**
 * Loads a programme's structure from a reviewed data file (the demo's 2024–2026 programme): the
 * programme, the municipality's strategy spearheads, goals with their result metrics, competences.
 * What is already there (by slug or code) is left as it is, so loading again changes nothing and
 * never undoes what staff have edited since.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { competences, goals, metrics, strategyThemes } from '../../db/schema.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { WriteCtx } from '../context.ts';
import { localizedSchema } from '../editing/validation.ts';
import { ensureProgramme } from '../roadmap/create-programme.ts';
import { scopedMunicipality } from '../scope.ts';

const text = localizedSchema(1000);
export const programmeSeedSchema = z.object({
  programme: z.object({
    slug: z.string().regex(/^[a-z0-9-]+$/), name: text, periodStart: z.number().int(), periodEnd: z.number().int(), costCode: z.string().nullable(),
  }),
  spearheads: z.array(z.object({ code: z.string(), name: text })),
  goals: z.array(z.object({ code: z.string(), name: text, metrics: z.array(z.object({ name: text, source: text })) })),
  competences: z.array(z.object({ code: z.string(), name: text })),
});
export type ProgrammeSeed = z.input<typeof programmeSeedSchema>;

/** Returns whether anything was created. */
export async function seedProgramme(ctx: WriteCtx, input: ProgrammeSeed): Promise<boolean> {
  authorize(ctx, 'programme.edit');
  const seed = programmeSeedSchema.parse(input);
  const municipalityId = scopedMunicipality(ctx).id;
  const programme = await ensureProgramme(ctx, seed.programme);
  let created = programme.created;
  const programmeId = programme.id;
  for (const [index, theme] of seed.spearheads.entries()) {
    const inserted = await ctx.tx.insert(strategyThemes)
      .values({ municipalityId, kind: 'spearhead', code: theme.code, name: theme.name, position: index + 1 })
      .onConflictDoNothing().returning({ id: strategyThemes.id });
    created ||= inserted.length > 0;
  }
  let metricPosition = 0;
  for (const [index, goal] of seed.goals.entries()) {
    let [row] = await ctx.tx.select({ id: goals.id }).from(goals).where(and(eq(goals.programmeId, programmeId), eq(goals.code, goal.code)));
    if (!row) {
      [row] = await ctx.tx.insert(goals).values({ municipalityId, programmeId, code: goal.code, name: goal.name, position: index + 1 })
        .returning({ id: goals.id });
      created = true;
    }
    for (const [number, metric] of goal.metrics.entries()) {
      metricPosition += 1;
      const inserted = await ctx.tx.insert(metrics).values({
        municipalityId, programmeId, goalId: row!.id, code: `${goal.code}${number + 1}`, position: metricPosition,
        name: metric.name, source: metric.source, direction: 'trend',
      }).onConflictDoNothing().returning({ id: metrics.id });
      created ||= inserted.length > 0;
    }
  }
  for (const [index, competence] of seed.competences.entries()) {
    const inserted = await ctx.tx.insert(competences)
      .values({ municipalityId, programmeId, code: competence.code, name: competence.name, position: index + 1 })
      .onConflictDoNothing().returning({ id: competences.id });
    created ||= inserted.length > 0;
  }
  if (created) await writeAudit(ctx, { action: 'programme.seed', target: `programme:${programmeId}`, details: { slug: seed.programme.slug } });
  return created;
}
