/**
 * Changes staff make to an idea, each against the version their page was opened at (a stale one is a
 * ConflictError with the row as it is now), audited: moderation, evaluation on the eight perspectives,
 * merging into another idea or an existing action, and linking an action (which leaves the state alone).
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { actions, competences, goals, ideas, programmes } from '../../db/schema.ts';
import { ConflictError } from '../../domain/errors.ts';
import type { Permission } from '../../domain/permissions.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { Ctx, WriteCtx } from '../context.ts';
import { actionFieldsSchema } from '../editing/actions.ts';
import { parseOrThrow, Problems } from '../editing/validation.ts';
import { scopedMunicipality } from '../scope.ts';
import { findIdea, type IdeaRow } from './staff-ideas.ts';

export interface IdeaChange {
  ref: string;
  /** The version the page was opened at. */
  version: number;
}

/** Finds the idea, asks the permission, and writes `values` if the idea is still at `version`. */
export async function changeIdea(
  ctx: WriteCtx, input: IdeaChange, permission: Permission,
  change: (idea: IdeaRow) => Promise<{ values: Partial<typeof ideas.$inferInsert>; audit: string; details?: Record<string, unknown> }>,
): Promise<IdeaRow> {
  authorize(ctx, permission);
  const idea = await findIdea(ctx, input.ref);
  const { values, audit, details } = await change(idea);
  const [written] = await ctx.tx.update(ideas)
    .set({ ...values, version: sql`${ideas.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(ideas.id, idea.id), eq(ideas.version, input.version)))
    .returning();
  if (!written) throw new ConflictError('ideas', input.version, idea);
  await writeAudit(ctx, { action: audit, target: `idea:${idea.id}`, details: { ref: idea.ref, version: written.version, ...details } });
  return written;
}

/** Publishes an idea on the site and in the open API, or hides it again. */
export function setIdeaPublished(ctx: WriteCtx, input: IdeaChange & { published: boolean }): Promise<IdeaRow> {
  return changeIdea(ctx, input, 'idea.manage', async () => ({
    values: { published: input.published }, audit: input.published ? 'idea.publish' : 'idea.hide',
  }));
}

/** A live action of the municipality by programme and reference. */
export async function findLiveAction(ctx: Ctx, programmeSlug: string, ref: string): Promise<{ id: string; programmeId: string } | null> {
  const [row] = await ctx.tx.select({ id: actions.id, programmeId: actions.programmeId }).from(actions)
    .innerJoin(programmes, eq(programmes.id, actions.programmeId))
    .where(and(eq(actions.municipalityId, scopedMunicipality(ctx).id), eq(programmes.slug, programmeSlug), eq(actions.ref, ref), isNull(actions.archivedAt)));
  return row ?? null;
}

export type MergeTarget = { kind: 'idea'; ref: string } | { kind: 'action'; programmeSlug: string; ref: string };

/** Closes the idea as a duplicate of another idea or of an existing action. */
export function mergeIdea(ctx: WriteCtx, input: IdeaChange & { into: MergeTarget }): Promise<IdeaRow> {
  return changeIdea(ctx, input, 'idea.manage', async (idea) => {
    const problems = new Problems();
    if (input.into.kind === 'idea') {
      const target = await findIdea(ctx, input.into.ref).catch(() => null);
      if (!target || target.id === idea.id || target.state === 'merged') problems.add('into', 'unknown');
      problems.throwIfAny();
      return { values: { state: 'merged', mergedIntoIdeaId: target!.id, closedAt: sql`now()` as unknown as Date }, audit: 'idea.merge', details: { into: target!.ref } };
    }
    const action = await findLiveAction(ctx, input.into.programmeSlug, input.into.ref);
    if (!action) problems.add('into', 'unknown');
    problems.throwIfAny();
    return {
      values: { state: 'merged', actionId: action!.id, programmeId: action!.programmeId, closedAt: sql`now()` as unknown as Date },
      audit: 'idea.merge', details: { intoAction: input.into.ref },
    };
  });
}

/** Links the idea to an action (or unlinks it); the idea's state is a decision of its own and stays as it is. */
export function linkIdeaToAction(ctx: WriteCtx, input: IdeaChange & { action: { programmeSlug: string; ref: string } | null }): Promise<IdeaRow> {
  return changeIdea(ctx, input, 'idea.manage', async () => {
    if (!input.action) return { values: { actionId: null }, audit: 'idea.unlink' };
    const action = await findLiveAction(ctx, input.action.programmeSlug, input.action.ref);
    if (!action) {
      const problems = new Problems();
      problems.add('action', 'unknown');
      problems.throwIfAny();
    }
    return { values: { actionId: action!.id }, audit: 'idea.link', details: { action: input.action.ref } };
  });
}

/** The eight perspectives, as actions have them, plus the programme the idea is for and a note. */
export const evaluationSchema = actionFieldsSchema.pick({
  goalId: true, competenceId: true, level: true, statutory: true, benefits: true, beneficiaries: true,
  costClass: true, impactClass: true, developmentModel: true,
}).extend({
  programmeId: z.uuid().nullable().default(null),
  evaluationNote: z.string().trim().max(5000).nullable().default(null).transform((note) => (note ? note : null)),
});

export type Evaluation = z.output<typeof evaluationSchema>;

/** Records the evaluation; a new idea is then under evaluation. */
export function evaluateIdea(ctx: WriteCtx, input: IdeaChange & { evaluation: unknown }): Promise<IdeaRow> {
  return changeIdea(ctx, input, 'idea.evaluate', async (idea) => {
    const evaluation = parseOrThrow(evaluationSchema, input.evaluation);
    const problems = new Problems();
    const municipalityId = scopedMunicipality(ctx).id;
    if (evaluation.programmeId) {
      const [programme] = await ctx.tx.select({ id: programmes.id }).from(programmes)
        .where(and(eq(programmes.municipalityId, municipalityId), eq(programmes.id, evaluation.programmeId)));
      if (!programme) problems.add('programmeId', 'unknown');
    }
    for (const [field, table] of [['goalId', goals], ['competenceId', competences]] as const) {
      const wanted = evaluation[field];
      if (!wanted) continue;
      if (!evaluation.programmeId) {
        problems.add(field, 'unknown');
        continue;
      }
      const [found] = await ctx.tx.select({ id: table.id }).from(table).where(and(eq(table.id, wanted), eq(table.programmeId, evaluation.programmeId)));
      if (!found) problems.add(field, 'unknown');
    }
    problems.throwIfAny();
    return { values: { ...evaluation, state: idea.state === 'new' ? 'evaluating' : idea.state }, audit: 'idea.evaluate' };
  });
}
