/**
 * An empty programme (name, period, cost code), for a roadmap to be taken over into or a structure to be
 * loaded into (metrics/seed-programme.ts). Minimal on purpose: the programme's goals, competences and
 * metrics are edited elsewhere. Creating it again returns the same one.
 */
import { and, eq } from 'drizzle-orm';
import { programmes } from '../../db/schema.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import type { LocalizedText } from '../../domain/language.ts';
import { isSlug } from '../../domain/slug.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { WriteCtx } from '../context.ts';
import { scopedMunicipality } from '../scope.ts';

export interface NewProgramme {
  slug: string;
  name: LocalizedText;
  periodStart: number;
  periodEnd: number;
  costCode?: string | null;
}

export async function ensureProgramme(ctx: WriteCtx, input: NewProgramme): Promise<{ id: string; created: boolean }> {
  authorize(ctx, 'programme.edit');
  const issues: { field: string; problem: string }[] = [];
  if (!isSlug(input.slug)) issues.push({ field: 'slug', problem: 'invalid' });
  const year = (value: number) => Number.isInteger(value) && value >= 1900 && value <= 2200;
  if (!year(input.periodStart)) issues.push({ field: 'periodStart', problem: 'invalid' });
  if (!year(input.periodEnd) || input.periodEnd < input.periodStart) issues.push({ field: 'periodEnd', problem: 'invalid' });
  if (issues.length > 0) throw new InvalidInputError(issues);
  const municipalityId = scopedMunicipality(ctx).id;
  const [found] = await ctx.tx.select({ id: programmes.id }).from(programmes)
    .where(and(eq(programmes.municipalityId, municipalityId), eq(programmes.slug, input.slug)));
  if (found) return { id: found.id, created: false };
  const [created] = await ctx.tx.insert(programmes).values({ municipalityId, ...input }).returning({ id: programmes.id });
  await writeAudit(ctx, { action: 'programme.create', target: `programme:${created!.id}`, details: { slug: input.slug } });
  return { id: created!.id, created: true };
}
