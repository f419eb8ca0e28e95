/**
 * An action's owner, or the coordinator, saves its entry in an open round, as often as they like.
 * The form carries the version it was opened at: a save against a newer version is refused with
 * the current entry, and nothing is overwritten.
 */
import { and, eq, sql } from 'drizzle-orm';
import { actions, actionStatuses } from '../../db/schema.ts';
import { ACTION_STATES, TRAFFIC_LIGHTS } from '../../domain/action.ts';
import { actorId } from '../../domain/actor.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.ts';
import { LANGUAGES } from '../../domain/language.ts';
import { cleanText, ENTRY_TEXT_MAX, entryState, RoundStateError, type EntryInput } from '../../domain/round-entry.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { WriteCtx } from '../context.ts';
import { listEntries } from './read-rounds.ts';
import { findRound } from './round-rows.ts';
import type { RoundEntry } from './views.ts';

export interface SaveEntryInput {
  programme: string;
  round: string;
  ref: string;
  /** The version of the entry the form was opened at. */
  version: number;
  entry: EntryInput;
}

function validate(entry: EntryInput): void {
  const issues: { field: string; problem: string }[] = [];
  for (const lang of LANGUAGES) if ((entry.text[lang]?.length ?? 0) > ENTRY_TEXT_MAX) issues.push({ field: `text.${lang}`, problem: 'too_long' });
  if (entry.state !== null && !ACTION_STATES.includes(entry.state)) issues.push({ field: 'state', problem: 'invalid' });
  if (entry.trafficLight !== null && !TRAFFIC_LIGHTS.includes(entry.trafficLight)) issues.push({ field: 'trafficLight', problem: 'invalid' });
  if (issues.length > 0) throw new InvalidInputError(issues);
}

/** Saves the entry; returns it as saved. Throws ConflictError carrying the current entry when `version` is stale. */
export async function saveEntry(ctx: WriteCtx, input: SaveEntryInput): Promise<RoundEntry> {
  const round = await findRound(ctx, input.programme, input.round, 'share');
  const [found] = await ctx.tx
    .select({ statusId: actionStatuses.id, version: actionStatuses.version, ownerUserId: actions.ownerUserId })
    .from(actionStatuses)
    .innerJoin(actions, and(eq(actions.municipalityId, actionStatuses.municipalityId), eq(actions.id, actionStatuses.actionId)))
    .where(and(eq(actionStatuses.roundId, round.id), eq(actions.ref, input.ref)))
    .for('update', { of: actionStatuses });
  if (!found) throw new NotFoundError('entry', `${input.round}/${input.ref}`);
  authorize(ctx, 'status.edit', { actionOwnerId: found.ownerUserId });
  if (round.status !== 'open') throw new RoundStateError('closed');
  const entry = { ...input.entry, text: cleanText(input.entry.text) };
  validate(entry);
  if (found.version !== input.version) {
    const [current] = await listEntries(ctx, input.programme, input.round, [input.ref]);
    throw new ConflictError<RoundEntry>('entry', input.version, current!);
  }
  await ctx.tx.update(actionStatuses).set({
    text: entry.text,
    ...entryState(entry, round.lang),
    trafficLight: entry.trafficLight,
    updatedAt: new Date(),
    updatedBy: actorId(ctx.actor),
    version: sql`${actionStatuses.version} + 1`,
  }).where(eq(actionStatuses.id, found.statusId));
  // The audit line says who saved which entry; the texts are in the history, not in the log.
  await writeAudit(ctx, { action: 'status.save', target: `action:${input.ref}`, details: { programme: input.programme, round: input.round, version: found.version + 1 } });
  const [saved] = await listEntries(ctx, input.programme, input.round, [input.ref]);
  return saved!;
}
