/**
 * The measurable side of a programme (2024–): the municipality's strategy themes (spearheads and
 * indicators), the result metrics of each goal, and their values per period.
 */
import { sql } from 'drizzle-orm';
import { boolean, date, foreignKey, index, integer, numeric, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { MetricDirection, StrategyThemeKind } from '../../domain/metrics.ts';
import { actions, goals, municipalities, programmes } from './content.ts';
import { id, localized, tenantPolicy, version } from './columns.ts';

const municipalityId = () =>
  uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id, { onDelete: 'cascade' });

/**
 * The city strategy's themes a programme refers to: its spearheads (a goal supports some) and its
 * indicators (an action's impact metric is chosen among them). A per-municipality list.
 */
export const strategyThemes = pgTable(
  'strategy_themes',
  {
    id: id(),
    municipalityId: municipalityId(),
    kind: text('kind').$type<StrategyThemeKind>().notNull(),
    code: text('code').notNull(),
    name: localized('name'),
    position: integer('position').notNull(),
    version: version(),
  },
  (t) => [unique().on(t.municipalityId, t.kind, t.code), unique().on(t.municipalityId, t.id), tenantPolicy()],
);

/** A result metric of a goal: what is measured, from which source, and which way is good. */
export const metrics = pgTable(
  'metrics',
  {
    id: id(),
    municipalityId: municipalityId(),
    programmeId: uuid('programme_id').notNull(),
    goalId: uuid('goal_id').notNull(),
    /** Unique in the programme, e.g. "A1": what a CSV row names. */
    code: text('code').notNull(),
    position: integer('position').notNull(),
    name: localized('name'),
    unit: localized('unit'),
    source: localized('source'),
    direction: text('direction').$type<MetricDirection>().notNull().default('trend'),
    /** The target or checkpoint values as the programme states them, if it does. */
    target: localized('target'),
    version: version(),
  },
  (t) => [
    foreignKey({ columns: [t.municipalityId, t.programmeId], foreignColumns: [programmes.municipalityId, programmes.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.goalId], foreignColumns: [goals.municipalityId, goals.id] }).onDelete('cascade'),
    unique().on(t.programmeId, t.code),
    unique().on(t.municipalityId, t.id),
    tenantPolicy(),
  ],
);

/**
 * One value of a metric for one period ("2024", "2024-Q2", "2024-06"). A revision updates the row
 * (raising its version); the earlier value stays in the history, so a version above 1 means revised.
 */
export const metricValues = pgTable(
  'metric_values',
  {
    id: id(),
    municipalityId: municipalityId(),
    metricId: uuid('metric_id').notNull(),
    period: text('period').notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
    source: text('source'),
    note: text('note'),
    /** The actor (as in the audit log) who entered the value last, and when. */
    enteredBy: text('entered_by').notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().default(sql`now()`),
    version: version(),
  },
  (t) => [
    foreignKey({ columns: [t.municipalityId, t.metricId], foreignColumns: [metrics.municipalityId, metrics.id] }).onDelete('cascade'),
    unique().on(t.metricId, t.period),
    index('metric_values_metric_idx').on(t.metricId, t.period),
    tenantPolicy(),
  ],
);

/** The impact metric an action is measured by: one of the municipality's strategy indicators. */
export const actionImpactMetrics = pgTable(
  'action_impact_metrics',
  {
    id: id(),
    municipalityId: municipalityId(),
    actionId: uuid('action_id').notNull(),
    indicatorId: uuid('indicator_id').notNull(),
    version: version(),
  },
  (t) => [
    foreignKey({ columns: [t.municipalityId, t.actionId], foreignColumns: [actions.municipalityId, actions.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.indicatorId], foreignColumns: [strategyThemes.municipalityId, strategyThemes.id] }).onDelete('cascade'),
    unique().on(t.actionId),
    tenantPolicy(),
  ],
);

/** A checkpoint of an action: a dated milestone with a measurable target, and whether it was met (null: not judged yet). */
export const actionCheckpoints = pgTable(
  'action_checkpoints',
  {
    id: id(),
    municipalityId: municipalityId(),
    actionId: uuid('action_id').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    target: localized('target'),
    met: boolean('met'),
    version: version(),
  },
  (t) => [
    foreignKey({ columns: [t.municipalityId, t.actionId], foreignColumns: [actions.municipalityId, actions.id] }).onDelete('cascade'),
    index('action_checkpoints_action_idx').on(t.actionId, t.dueOn),
    tenantPolicy(),
  ],
);
