/**
 * Optimistic concurrency for every edit: a write names the version it was based on and changes the
 * row only if it is still that version; otherwise nothing is written and the asker gets a conflict
 * holding, field by field, what the row was when they opened it, what it is now, and what they sent.
 */
import { isDeepStrictEqual } from 'node:util';
import { and, desc, eq, getTableColumns, isNotNull, sql } from 'drizzle-orm';
import { actionCheckpoints, actions, competences, enablers, entityHistory, goals, metrics, programmes, sections, strategyThemes } from '../../db/schema.ts';
import { ConflictError } from '../../domain/errors.ts';
import type { Ctx, WriteCtx } from '../context.ts';
import { scopedMunicipality } from '../scope.ts';

export type VersionedTable = typeof actions | typeof programmes | typeof goals | typeof competences | typeof sections | typeof enablers | typeof metrics | typeof strategyThemes | typeof actionCheckpoints;

/** One field of a conflict. `base` is undefined when the opened version is no longer known. */
export interface FieldConflict {
  field: string;
  base: unknown;
  yours: unknown;
  theirs: unknown;
  changedByYou: boolean;
  changedByThem: boolean;
}

export interface EditConflict<Fields> {
  /** The table ("actions", "goals"…). */
  entity: string;
  id: string;
  /** The version the asker's form was opened at. */
  yourVersion: number;
  currentVersion: number;
  current: Fields;
  yours: Fields;
  /** Every field on which the current version and what was sent differ, or that someone else changed. */
  fields: FieldConflict[];
}

/** The row as the history recorded it at `version` (columns by their property names), or null. */
export async function rowAtVersion(
  ctx: Ctx, table: VersionedTable, entity: string, id: string, version: number,
): Promise<Record<string, unknown> | null> {
  const [row] = await ctx.tx
    .select({ after: entityHistory.after })
    .from(entityHistory)
    .where(and(
      eq(entityHistory.municipalityId, scopedMunicipality(ctx).id), eq(entityHistory.entity, entity),
      eq(entityHistory.entityId, id), eq(entityHistory.version, version), isNotNull(entityHistory.after),
    ))
    .orderBy(desc(entityHistory.id))
    .limit(1);
  return row?.after ? fromHistory(table, row.after) : null;
}

/** A history snapshot (column names as in SQL) with the table's property names. */
export function fromHistory(table: VersionedTable, snapshot: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(getTableColumns(table)).map(([key, column]) => [key, snapshot[column.name]]));
}

export function pickFields<Fields extends object>(row: Record<string, unknown>, keys: readonly (keyof Fields & string)[]): Fields {
  return Object.fromEntries(keys.map((key) => [key, row[key] ?? null])) as Fields;
}

/** Compares values as stored: absent, undefined and null are the same "nothing". */
export const sameValue = (a: unknown, b: unknown) => isDeepStrictEqual(a ?? null, b ?? null);

export function conflictFields<Fields extends object>(
  keys: readonly (keyof Fields & string)[], base: Fields | null, yours: Fields, theirs: Fields,
): FieldConflict[] {
  return keys.flatMap((field) => {
    const changedByYou = base ? !sameValue(base[field], yours[field]) : true;
    const changedByThem = base ? !sameValue(base[field], theirs[field]) : true;
    if (sameValue(yours[field], theirs[field]) && !(base && changedByThem)) return [];
    return [{ field, base: base?.[field], yours: yours[field], theirs: theirs[field], changedByYou, changedByThem }];
  });
}

/**
 * Writes `values` to the row if it is still at `version`, raising the version; returns the new row,
 * or null when the row has moved on (or is gone) and nothing was written.
 */
export async function updateAtVersion<T extends VersionedTable>(
  ctx: WriteCtx, table: T, id: string, version: number, values: Partial<T['$inferInsert']>,
): Promise<T['$inferSelect'] | null> {
  // Drizzle's update() does not accept a union of tables; each member has id and version.
  const loose = table as typeof actions;
  const rows = await ctx.tx
    .update(loose)
    .set({ ...(values as Partial<typeof actions.$inferInsert>), version: sql`${loose.version} + 1` })
    .where(and(eq(loose.id, id), eq(loose.version, version)))
    .returning();
  return (rows[0] as T['$inferSelect'] | undefined) ?? null;
}

/**
 * The conflict to throw when `updateAtVersion` wrote nothing: the current row against what was
 * sent and, from the history, what the asker had opened.
 */
export async function conflictOf<Fields extends object>(
  ctx: Ctx, table: VersionedTable, entity: string, current: { id: string; version: number } & Record<string, unknown>,
  keys: readonly (keyof Fields & string)[], yours: Fields, yourVersion: number,
): Promise<ConflictError<EditConflict<Fields>>> {
  // Read again: a save that committed after `current` was read is what the asker must see (and its version).
  const [latest] = await ctx.tx.select().from(table as typeof actions).where(eq((table as typeof actions).id, current.id));
  if (latest) current = latest as unknown as typeof current;
  const opened = await rowAtVersion(ctx, table, entity, current.id, yourVersion);
  const theirs = pickFields<Fields>(current, keys);
  const base = opened ? pickFields<Fields>(opened, keys) : null;
  return new ConflictError(entity, yourVersion, {
    entity, id: current.id, yourVersion, currentVersion: current.version, current: theirs, yours,
    fields: conflictFields(keys, base, yours, theirs),
  });
}
