/**
 * The history of one part of a programme's structure (a goal, competence, metric, section or
 * enabler), read back from what the history trigger recorded: who saved which fields, when.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { entityHistory, users } from '../../db/schema.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { STRUCTURE_KINDS, type StructureKind } from '../editing/structure.ts';
import { fromHistory, sameValue, type VersionedTable } from '../editing/versioned.ts';
import { scopedMunicipality } from '../scope.ts';

export interface StructureHistoryEntry {
  version: number | null;
  at: Date;
  actorId: string;
  /** The person's name when the actor is a person still known. */
  actorName: string | null;
  /** The edited fields that this version changed (all of them for the first). */
  fields: string[];
}

/** Newest first; versions that changed none of the edited fields are left out. */
export async function structureItemHistory(ctx: Ctx, kind: StructureKind, id: string): Promise<StructureHistoryEntry[]> {
  authorize(ctx, 'unpublished.read');
  const { table, entity, keys } = STRUCTURE_KINDS[kind];
  const rows = await ctx.tx.select().from(entityHistory)
    .where(and(eq(entityHistory.municipalityId, scopedMunicipality(ctx).id), eq(entityHistory.entity, entity), eq(entityHistory.entityId, id)))
    .orderBy(asc(entityHistory.id));
  const userIds = [...new Set(rows.map((row) => /^user:(.+)$/.exec(row.actorId)?.[1]).filter((userId): userId is string => !!userId))];
  const names = new Map(userIds.length === 0 ? [] : (await ctx.tx.select({ id: users.id, name: users.displayName }).from(users)
    .where(inArray(users.id, userIds))).map((user) => [`user:${user.id}`, user.name]));
  return rows.map((row) => {
    const before = row.before ? fromHistory(table as VersionedTable, row.before) : {};
    const after = row.after ? fromHistory(table as VersionedTable, row.after) : {};
    const fields = (keys as readonly string[]).filter((field) => !sameValue(before[field], after[field]));
    return { version: row.version, at: row.at, actorId: row.actorId, actorName: names.get(row.actorId) ?? null, fields };
  }).filter((entry) => entry.fields.length > 0).reverse();
}
