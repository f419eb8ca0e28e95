/**
 * Reading a programme's goals, competences and result metrics with their values: what the public
 * pages and the open API show, and (with who entered each value and its earlier versions) what staff see.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { competences, entityHistory, goals, metrics, metricValues, strategyThemes } from '../../db/schema.ts';
import type { Benefit } from '../../domain/action.ts';
import type { LocalizedText, Lang } from '../../domain/language.ts';
import { comparePeriods, type MetricDirection, type StrategyThemeKind } from '../../domain/metrics.ts';
import type { Ctx } from '../context.ts';
import { scopedMunicipality } from '../scope.ts';

export interface MetricValueView {
  period: string;
  value: number;
  source: string | null;
  note: string | null;
  /** Changed since first entered; the earlier values are in `earlier`, newest first. */
  revised: boolean;
  enteredAt: Date;
  /** The actor who entered it (as in the audit log); only staff pages show it. */
  enteredBy: string;
  version: number;
  earlier: { value: number; source: string | null; note: string | null; enteredAt: string; enteredBy: string }[];
}

export interface MetricView {
  id: string;
  code: string;
  goal: { id: string; code: string };
  name: LocalizedText;
  unit: LocalizedText;
  source: LocalizedText;
  direction: MetricDirection;
  target: LocalizedText;
  version: number;
  /** Oldest period first. */
  values: MetricValueView[];
}

export interface StrategyThemeView {
  id: string;
  kind: StrategyThemeKind;
  code: string;
  name: LocalizedText;
  version: number;
}

export interface ProgrammeGoalView {
  id: string;
  code: string;
  name: LocalizedText;
  description: LocalizedText;
  benefits: Benefit[];
  spearheads: StrategyThemeView[];
  metrics: MetricView[];
}

export interface CompetenceView {
  id: string;
  code: string;
  name: LocalizedText;
  description: LocalizedText;
  exampleMetrics: Partial<Record<Lang, string[]>>;
}

export interface ProgrammeResults {
  goals: ProgrammeGoalView[];
  competences: CompetenceView[];
}

/** The municipality's strategy themes of one kind, in their order. */
export async function listStrategyThemes(ctx: Ctx, kind: StrategyThemeKind): Promise<StrategyThemeView[]> {
  const rows = await ctx.tx.select().from(strategyThemes)
    .where(and(eq(strategyThemes.municipalityId, scopedMunicipality(ctx).id), eq(strategyThemes.kind, kind)))
    .orderBy(asc(strategyThemes.position));
  return rows.map((row) => ({ id: row.id, kind: row.kind, code: row.code, name: row.name, version: row.version }));
}

/** The programme's metrics (all, or those of `codes`) with their values and each value's earlier versions. */
export async function listMetrics(ctx: Ctx, programmeId: string, codes?: readonly string[]): Promise<MetricView[]> {
  const municipalityId = scopedMunicipality(ctx).id;
  const rows = await ctx.tx
    .select({ metric: metrics, goalCode: goals.code })
    .from(metrics)
    .innerJoin(goals, eq(goals.id, metrics.goalId))
    .where(and(eq(metrics.municipalityId, municipalityId), eq(metrics.programmeId, programmeId), codes ? inArray(metrics.code, [...codes]) : undefined))
    .orderBy(asc(goals.position), asc(metrics.position));
  if (rows.length === 0) return [];
  const values = await ctx.tx.select().from(metricValues)
    .where(and(eq(metricValues.municipalityId, municipalityId), inArray(metricValues.metricId, rows.map((row) => row.metric.id))));
  const revisedIds = values.filter((value) => value.version > 1).map((value) => value.id);
  const history = revisedIds.length === 0 ? [] : await ctx.tx
    .select({ entityId: entityHistory.entityId, version: entityHistory.version, after: entityHistory.after })
    .from(entityHistory)
    .where(and(eq(entityHistory.municipalityId, municipalityId), eq(entityHistory.entity, 'metric_values'), inArray(entityHistory.entityId, revisedIds)))
    .orderBy(asc(entityHistory.id));
  const earlierOf = (id: string, version: number) => history
    .filter((entry) => entry.entityId === id && entry.version !== null && entry.version < version && entry.after)
    .map((entry) => entry.after as Record<string, unknown>)
    .map((after) => ({
      value: Number(after.value), source: (after.source as string | null) ?? null, note: (after.note as string | null) ?? null,
      enteredAt: String(after.entered_at), enteredBy: String(after.entered_by),
    }))
    .reverse();
  return rows.map(({ metric, goalCode }) => ({
    id: metric.id, code: metric.code, goal: { id: metric.goalId, code: goalCode }, name: metric.name, unit: metric.unit,
    source: metric.source, direction: metric.direction, target: metric.target, version: metric.version,
    values: values.filter((value) => value.metricId === metric.id)
      .sort((a, b) => comparePeriods(a.period, b.period))
      .map((value) => ({
        period: value.period, value: value.value, source: value.source, note: value.note, revised: value.version > 1,
        enteredAt: value.enteredAt, enteredBy: value.enteredBy, version: value.version, earlier: earlierOf(value.id, value.version),
      })),
  }));
}

/** The programme's goals (not the 2020–2023 themes) with their spearheads and metrics, and its competences. */
export async function getProgrammeResults(ctx: Ctx, programmeId: string): Promise<ProgrammeResults> {
  const municipalityId = scopedMunicipality(ctx).id;
  const goalRows = await ctx.tx.select().from(goals)
    .where(and(eq(goals.municipalityId, municipalityId), eq(goals.programmeId, programmeId), eq(goals.kind, 'goal')))
    .orderBy(asc(goals.position));
  const competenceRows = await ctx.tx.select().from(competences)
    .where(and(eq(competences.municipalityId, municipalityId), eq(competences.programmeId, programmeId)))
    .orderBy(asc(competences.position));
  const spearheads = await listStrategyThemes(ctx, 'spearhead');
  const allMetrics = await listMetrics(ctx, programmeId);
  return {
    goals: goalRows.map((goal) => ({
      id: goal.id, code: goal.code, name: goal.name, description: goal.description, benefits: goal.benefits,
      spearheads: spearheads.filter((theme) => goal.spearheadIds.includes(theme.id)),
      metrics: allMetrics.filter((metric) => metric.goal.id === goal.id),
    })),
    competences: competenceRows.map((competence) => ({
      id: competence.id, code: competence.code, name: competence.name, description: competence.description, exampleMetrics: competence.exampleMetrics,
    })),
  };
}

/** One metric of the programme by its code, or null. */
export async function getMetric(ctx: Ctx, programmeId: string, code: string): Promise<MetricView | null> {
  const [metric] = await listMetrics(ctx, programmeId, [code]);
  return metric ?? null;
}
