/**
 * The programme's live actions as roadmap entries: what a version records, and the "live draft" a
 * version is compared with. Archived actions are off the roadmap.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { actions, competences, goals, programmes, sections, users } from '../../db/schema.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { RoadmapEntry } from '../../domain/roadmap.ts';
import type { Ctx } from '../context.ts';
import { scopedMunicipality } from '../scope.ts';

export interface ProgrammeRow {
  id: string;
  municipalityId: string;
  slug: string;
  periodStart: number;
  periodEnd: number;
}

export async function findProgrammeBySlug(ctx: Ctx, slug: string, lock?: 'update'): Promise<ProgrammeRow> {
  const query = ctx.tx
    .select({ id: programmes.id, municipalityId: programmes.municipalityId, slug: programmes.slug, periodStart: programmes.periodStart, periodEnd: programmes.periodEnd })
    .from(programmes)
    .where(and(eq(programmes.municipalityId, scopedMunicipality(ctx).id), eq(programmes.slug, slug)));
  const [row] = lock ? await query.for(lock) : await query;
  if (!row) throw new NotFoundError('programme', slug);
  return row;
}

export async function readLiveRoadmap(ctx: Ctx, programmeId: string): Promise<RoadmapEntry[]> {
  const rows = await ctx.tx
    .select({
      action: actions, sectionPosition: sections.position, sectionName: sections.name,
      goalCode: goals.code, competenceCode: competences.code, ownerUser: users.displayName,
    })
    .from(actions)
    .innerJoin(sections, and(eq(sections.municipalityId, actions.municipalityId), eq(sections.id, actions.sectionId)))
    .leftJoin(goals, and(eq(goals.municipalityId, actions.municipalityId), eq(goals.id, actions.goalId)))
    .leftJoin(competences, and(eq(competences.municipalityId, actions.municipalityId), eq(competences.id, actions.competenceId)))
    .leftJoin(users, eq(users.id, actions.ownerUserId))
    .where(and(eq(actions.programmeId, programmeId), isNull(actions.archivedAt)))
    .orderBy(asc(sections.position), asc(actions.position));
  return rows.map(({ action, ...row }) => ({
    actionId: action.id, ref: action.ref, position: action.position,
    section: { position: row.sectionPosition, name: row.sectionName },
    name: action.name, years: action.years, goalCode: row.goalCode, competenceCode: row.competenceCode,
    level: action.level, statutory: action.statutory, benefits: action.benefits, beneficiaries: action.beneficiaries,
    costClass: action.costClass, impactClass: action.impactClass, developmentModel: action.developmentModel,
    ownerName: row.ownerUser ?? action.ownerName,
  }));
}
