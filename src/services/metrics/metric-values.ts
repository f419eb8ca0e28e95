/**
 * Entering metric values, one in a form or many from a CSV (`metric, period, value, source`). A value
 * for a period that has one revises it (the earlier stays in the history); the same value again
 * changes nothing, so importing a file twice is harmless. An import with any bad row writes nothing.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { metrics, metricValues, programmes } from '../../db/schema.ts';
import { actorId } from '../../domain/actor.ts';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { isPeriod } from '../../domain/metrics.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { Ctx, WriteCtx } from '../context.ts';
import { scopedMunicipality } from '../scope.ts';
import { Problems, type Problem } from '../editing/validation.ts';

/** A value as typed: "12", "12.5", "12,5", "1 234" (spaces between thousands, as Finnish and Swedish write). */
export function parseNumber(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[-+]?\d+(?:[.,]\d+)?$/.test(compact)) return null;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

export interface ValueInput {
  metric: string;
  period: string;
  value: string;
  source?: string;
  note?: string;
}

export type RowOutcome = 'added' | 'revised' | 'unchanged';

export interface ImportRow {
  /** The line of the file the row starts on (1 is its header), or 1 for a form. */
  line: number;
  input: ValueInput;
  outcome: RowOutcome | null;
  problems: { field: 'metric' | 'period' | 'value' | 'source' | 'note'; problem: Problem }[];
  /** For a revision: the value it replaces. */
  previous?: number;
}

export interface ImportResult {
  rows: ImportRow[];
  ok: boolean;
  counts: Record<RowOutcome, number>;
  /** True when the rows were written (an apply with no bad row). */
  written: boolean;
}

async function programmeId(ctx: Ctx, slug: string): Promise<string> {
  const [row] = await ctx.tx.select({ id: programmes.id }).from(programmes)
    .where(and(eq(programmes.municipalityId, scopedMunicipality(ctx).id), eq(programmes.slug, slug)));
  if (!row) throw new NotFoundError('programme', slug);
  return row.id;
}

const clean = (text: string | undefined, max: number) => {
  const trimmed = (text ?? '').trim();
  return { text: trimmed === '' ? null : trimmed, tooLong: trimmed.length > max };
};

/** Checks every row against the programme's metrics and the values already there, without writing. */
async function checkRows(ctx: Ctx, programme: string, inputs: readonly ValueInput[], lines: readonly number[]) {
  const known = await ctx.tx.select({ id: metrics.id, code: metrics.code }).from(metrics)
    .where(and(eq(metrics.municipalityId, scopedMunicipality(ctx).id), eq(metrics.programmeId, programme)));
  const byCode = new Map(known.map((metric) => [metric.code.toLowerCase(), metric.id]));
  const existing = known.length === 0 ? [] : await ctx.tx.select().from(metricValues)
    .where(and(eq(metricValues.municipalityId, scopedMunicipality(ctx).id), inArray(metricValues.metricId, known.map((metric) => metric.id))));
  const seen = new Map<string, number>();
  return inputs.map((input, index) => {
    const line = lines[index] ?? index + 2;
    const problems: ImportRow['problems'] = [];
    const metricId = byCode.get(input.metric.trim().toLowerCase());
    if (input.metric.trim() === '') problems.push({ field: 'metric', problem: 'required' });
    else if (!metricId) problems.push({ field: 'metric', problem: 'unknown' });
    const period = input.period.trim();
    if (period === '') problems.push({ field: 'period', problem: 'required' });
    else if (!isPeriod(period)) problems.push({ field: 'period', problem: 'invalid' });
    const value = parseNumber(input.value);
    if (input.value.trim() === '') problems.push({ field: 'value', problem: 'required' });
    else if (value === null) problems.push({ field: 'value', problem: 'invalid' });
    const source = clean(input.source, 500);
    const note = clean(input.note, 2000);
    if (source.tooLong) problems.push({ field: 'source', problem: 'too_long' });
    if (note.tooLong) problems.push({ field: 'note', problem: 'too_long' });
    const key = `${metricId}|${period}`;
    if (metricId && period && seen.has(key)) problems.push({ field: 'period', problem: 'taken' });
    seen.set(key, line);
    const current = existing.find((row) => row.metricId === metricId && row.period === period);
    const row: ImportRow & { metricId?: string; value?: number; source: string | null; note: string | null; currentId?: string } = {
      line, input, problems, outcome: null, source: source.text, note: note.text,
    };
    if (problems.length > 0 || !metricId || value === null) return row;
    row.metricId = metricId;
    row.value = value;
    if (!current) row.outcome = 'added';
    else if (current.value === value && current.source === source.text && (input.note === undefined || current.note === note.text)) row.outcome = 'unchanged';
    else {
      row.outcome = 'revised';
      row.previous = current.value;
      row.currentId = current.id;
    }
    return row;
  });
}

/**
 * Checks the rows and, when `apply` and every row is good, writes them in this transaction. The
 * answer is the preview either way: each row's outcome, or its problems.
 */
export async function importMetricValues(
  ctx: WriteCtx, input: { programme: string; rows: readonly ValueInput[]; apply: boolean; lines?: readonly number[] },
): Promise<ImportResult> {
  authorize(ctx, 'metrics.enter');
  const programme = await programmeId(ctx, input.programme);
  const rows = await checkRows(ctx, programme, input.rows, input.lines ?? []);
  const ok = rows.every((row) => row.problems.length === 0);
  const counts = { added: 0, revised: 0, unchanged: 0 };
  for (const row of rows) if (row.outcome) counts[row.outcome] += 1;
  const written = input.apply && ok && counts.added + counts.revised > 0;
  if (written) {
    const enteredBy = actorId(ctx.actor);
    for (const row of rows) {
      if (row.outcome === 'added') {
        await ctx.tx.insert(metricValues).values({
          municipalityId: scopedMunicipality(ctx).id, metricId: row.metricId!, period: row.input.period.trim(),
          value: row.value!, source: row.source, note: row.note, enteredBy,
        });
      } else if (row.outcome === 'revised') {
        await ctx.tx.update(metricValues)
          .set({
            value: row.value!, source: row.source, ...(row.input.note === undefined ? {} : { note: row.note }),
            enteredBy, enteredAt: new Date(), version: sql`${metricValues.version} + 1`,
          })
          .where(eq(metricValues.id, row.currentId!));
      }
    }
    await writeAudit(ctx, { action: 'metric_values.import', target: `programme:${programme}`, details: { added: counts.added, revised: counts.revised } });
  }
  return { rows: rows.map(({ line, input: sent, outcome, problems, previous }) => ({ line, input: sent, outcome, problems, ...(previous === undefined ? {} : { previous }) })), ok, counts, written };
}

/**
 * Saves one value from the form. With `version` (the form opened an existing value), a value saved
 * meanwhile by someone else is a conflict rather than silently replaced.
 */
export async function saveMetricValue(
  ctx: WriteCtx, input: { programme: string; value: ValueInput; version?: number },
): Promise<ImportResult> {
  authorize(ctx, 'metrics.enter');
  if (input.version !== undefined) {
    const programme = await programmeId(ctx, input.programme);
    const [current] = await ctx.tx.select({ version: metricValues.version }).from(metricValues)
      .innerJoin(metrics, eq(metrics.id, metricValues.metricId))
      .where(and(eq(metrics.programmeId, programme), eq(metrics.code, input.value.metric.trim()), eq(metricValues.period, input.value.period.trim())));
    if (current && current.version !== input.version) throw new ConflictError('metric_values', input.version, current);
  }
  const result = await importMetricValues(ctx, { programme: input.programme, rows: [input.value], apply: true, lines: [1] });
  if (!result.ok) {
    const problems = new Problems();
    for (const problem of result.rows[0]!.problems) problems.add(problem.field, problem.problem);
    problems.throwIfAny();
  }
  return result;
}
