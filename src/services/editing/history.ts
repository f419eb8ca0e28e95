/**
 * An action's history, read back from what the history trigger recorded: each version with who
 * saved it, when, and every field before and after. Restoring an earlier version writes its fields
 * as a new version, so the history only ever grows.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { actions, entityHistory, users } from '../../db/schema.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { Ctx, WriteCtx } from '../context.ts';
import { scopedMunicipality } from '../scope.ts';
import {
  ACTION_FIELDS, changedFields, findActionRow, prepareEdit, toEditable, writeFields, type ActionFields, type EditableAction,
} from './actions.ts';
import { fromHistory, pickFields, rowAtVersion, sameValue } from './versioned.ts';

/** What the history shows besides the editable fields. */
const TRACKED = [...ACTION_FIELDS, 'archivedAt'] as const;
export type TrackedField = (typeof TRACKED)[number];

export interface HistoryEntry {
  version: number | null;
  op: 'insert' | 'update' | 'delete';
  at: Date;
  /** "user:…" or a system actor ("cli", "demo"). */
  actorId: string;
  /** The person's name when the actor is a person still known. */
  actorName: string | null;
  changes: { field: TrackedField; before: unknown; after: unknown }[];
}

/** The action's versions, newest first; versions that changed none of the tracked fields are left out. */
export async function actionHistory(ctx: Ctx, id: string): Promise<HistoryEntry[]> {
  authorize(ctx, 'unpublished.read');
  await findActionRow(ctx, id);
  const rows = await ctx.tx
    .select()
    .from(entityHistory)
    .where(and(eq(entityHistory.municipalityId, scopedMunicipality(ctx).id), eq(entityHistory.entity, 'actions'), eq(entityHistory.entityId, id)))
    .orderBy(asc(entityHistory.id));
  const userIds = [...new Set(rows.map((row) => /^user:(.+)$/.exec(row.actorId)?.[1]).filter((userId): userId is string => !!userId))];
  const names = new Map(userIds.length === 0 ? [] : (await ctx.tx.select({ id: users.id, name: users.displayName }).from(users)
    .where(inArray(users.id, userIds))).map((user) => [`user:${user.id}`, user.name]));
  const entries = rows.map((row): HistoryEntry => {
    const before = row.before ? fromHistory(actions, row.before) : {};
    const after = row.after ? fromHistory(actions, row.after) : {};
    const changes = TRACKED.filter((field) => !sameValue(before[field], after[field]))
      .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
    return { version: row.version, op: row.op, at: row.at, actorId: row.actorId, actorName: names.get(row.actorId) ?? null, changes };
  });
  return entries.filter((entry) => entry.op !== 'update' || entry.changes.length > 0).reverse();
}

export interface Restore {
  id: string;
  /** The version to bring back. */
  restore: number;
  /** The current version, as the history page showed it. */
  version: number;
}

/** Writes an earlier version's fields (and archived state) as a new version. */
export async function restoreActionVersion(ctx: WriteCtx, input: Restore): Promise<EditableAction> {
  let earlier: Record<string, unknown> | null = null;
  const { row, before, fields } = await prepareEdit(ctx, input.id, async () => {
    earlier = await rowAtVersion(ctx, actions, 'actions', input.id, input.restore);
    if (!earlier) throw new NotFoundError('action version', `${input.id}@${input.restore}`);
    return pickFields<ActionFields>(earlier, ACTION_FIELDS);
  });
  const archived = earlier!['archivedAt'] as string | null;
  const archivedAt = archived ? new Date(archived) : null;
  const written = await writeFields(ctx, row, input.version, fields, { archivedAt });
  await writeAudit(ctx, {
    action: 'action.restore', target: `action:${row.action.id}`,
    details: { ref: row.action.ref, restored: input.restore, version: written.version, fields: changedFields(before, fields) },
  });
  return toEditable({ ...row, action: written });
}
