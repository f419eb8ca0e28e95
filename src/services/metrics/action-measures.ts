/**
 * How an action's effect is followed: its impact metric, one of the municipality's strategy
 * indicators, and its checkpoints, dated milestones with a measurable target and whether each was met.
 * Whoever may edit the action (the coordinator, its owner) edits these; each save is versioned and audited.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { actionCheckpoints, actionImpactMetrics, actions, strategyThemes } from '../../db/schema.ts';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import type { LocalizedText } from '../../domain/language.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { Ctx, WriteCtx } from '../context.ts';
import { getEditableAction } from '../editing/actions.ts';
import { conflictOf, updateAtVersion } from '../editing/versioned.ts';
import { hasText, localizedSchema, parseOrThrow, Problems } from '../editing/validation.ts';
import { scopedMunicipality } from '../scope.ts';
import type { StrategyThemeView } from './metrics.ts';

export interface CheckpointView {
  id: string;
  dueOn: string;
  target: LocalizedText;
  met: boolean | null;
  version: number;
}

export interface ActionMeasures {
  impact: { indicator: StrategyThemeView; version: number } | null;
  /** Earliest first. */
  checkpoints: CheckpointView[];
}

/** The impact metric and checkpoints of the given actions, by action id (public: they are published with the action). */
export async function actionMeasures(ctx: Ctx, actionIds: readonly string[]): Promise<Map<string, ActionMeasures>> {
  const result = new Map<string, ActionMeasures>(actionIds.map((id) => [id, { impact: null, checkpoints: [] }]));
  if (actionIds.length === 0) return result;
  const municipalityId = scopedMunicipality(ctx).id;
  const impacts = await ctx.tx.select({ actionId: actionImpactMetrics.actionId, version: actionImpactMetrics.version, theme: strategyThemes })
    .from(actionImpactMetrics)
    .innerJoin(strategyThemes, eq(strategyThemes.id, actionImpactMetrics.indicatorId))
    .where(and(eq(actionImpactMetrics.municipalityId, municipalityId), inArray(actionImpactMetrics.actionId, [...actionIds])));
  for (const { actionId, version, theme } of impacts) {
    result.get(actionId)!.impact = { version, indicator: { id: theme.id, kind: theme.kind, code: theme.code, name: theme.name, version: theme.version } };
  }
  const checkpoints = await ctx.tx.select().from(actionCheckpoints)
    .where(and(eq(actionCheckpoints.municipalityId, municipalityId), inArray(actionCheckpoints.actionId, [...actionIds])))
    .orderBy(asc(actionCheckpoints.dueOn), asc(actionCheckpoints.id));
  for (const row of checkpoints) {
    result.get(row.actionId)!.checkpoints.push({ id: row.id, dueOn: row.dueOn, target: row.target, met: row.met, version: row.version });
  }
  return result;
}

/** The measures of a programme's action by its public reference, or null for none (archived actions have none in public). */
export async function actionMeasuresByRef(ctx: Ctx, programmeId: string, ref: string): Promise<ActionMeasures | null> {
  const [action] = await ctx.tx.select({ id: actions.id }).from(actions)
    .where(and(eq(actions.municipalityId, scopedMunicipality(ctx).id), eq(actions.programmeId, programmeId), eq(actions.ref, ref), isNull(actions.archivedAt)));
  return action ? (await actionMeasures(ctx, [action.id])).get(action.id)! : null;
}

async function editableAction(ctx: WriteCtx, actionId: string) {
  const action = await getEditableAction(ctx, actionId);
  authorize(ctx, 'action.edit', { actionOwnerId: action.fields.ownerUserId });
  return action;
}

/**
 * Sets (or with null, clears) the action's impact metric. `version` is the one the form showed
 * (absent when it showed none); a change made meanwhile is a conflict.
 */
export async function setImpactMetric(ctx: WriteCtx, input: { actionId: string; indicatorId: string | null; version?: number }): Promise<void> {
  await editableAction(ctx, input.actionId);
  const municipalityId = scopedMunicipality(ctx).id;
  const [current] = await ctx.tx.select().from(actionImpactMetrics).where(eq(actionImpactMetrics.actionId, input.actionId));
  if ((current?.version ?? undefined) !== input.version) throw new ConflictError('action_impact_metrics', input.version ?? 0, current ?? null);
  if (input.indicatorId) {
    const [indicator] = await ctx.tx.select({ id: strategyThemes.id }).from(strategyThemes)
      .where(and(eq(strategyThemes.id, input.indicatorId), eq(strategyThemes.kind, 'indicator')));
    const problems = new Problems();
    if (!indicator) problems.add('indicatorId', 'unknown');
    problems.throwIfAny();
  }
  if (!input.indicatorId) {
    if (current) await ctx.tx.delete(actionImpactMetrics).where(eq(actionImpactMetrics.id, current.id));
  } else if (current) {
    await ctx.tx.update(actionImpactMetrics).set({ indicatorId: input.indicatorId, version: current.version + 1 }).where(eq(actionImpactMetrics.id, current.id));
  } else {
    await ctx.tx.insert(actionImpactMetrics).values({ municipalityId, actionId: input.actionId, indicatorId: input.indicatorId });
  }
  await writeAudit(ctx, { action: 'action.impact_metric', target: `action:${input.actionId}`, details: { indicator: input.indicatorId } });
}

const checkpointSchema = z.object({
  dueOn: z.iso.date({ message: 'invalid' }),
  target: localizedSchema(1000).refine(hasText, { message: 'required' }),
  met: z.boolean().nullable().default(null),
});
const CHECKPOINT_KEYS = ['dueOn', 'target', 'met'] as const;

/** Adds (without `id`) or saves a checkpoint at the version its form was opened at; returns its id. */
export async function saveCheckpoint(
  ctx: WriteCtx, input: { actionId: string; id?: string; version?: number; fields: unknown },
): Promise<string> {
  await editableAction(ctx, input.actionId);
  const fields = parseOrThrow(checkpointSchema, input.fields);
  if (!input.id) {
    const [created] = await ctx.tx.insert(actionCheckpoints)
      .values({ municipalityId: scopedMunicipality(ctx).id, actionId: input.actionId, ...fields })
      .returning({ id: actionCheckpoints.id });
    await writeAudit(ctx, { action: 'checkpoint.create', target: `checkpoint:${created!.id}`, details: { action: input.actionId } });
    return created!.id;
  }
  const [current] = await ctx.tx.select().from(actionCheckpoints)
    .where(and(eq(actionCheckpoints.id, input.id), eq(actionCheckpoints.actionId, input.actionId)));
  if (!current) throw new NotFoundError('checkpoint', input.id);
  const written = await updateAtVersion(ctx, actionCheckpoints, input.id, input.version ?? 0, fields);
  if (!written) throw await conflictOf(ctx, actionCheckpoints, 'action_checkpoints', current, CHECKPOINT_KEYS, fields, input.version ?? 0);
  await writeAudit(ctx, { action: 'checkpoint.update', target: `checkpoint:${input.id}`, details: { version: written.version } });
  return input.id;
}
