/**
 * The coordinator confirms states that were only inferred from the text, one or all visible. Each
 * carries the version it was shown at: an entry saved since is left as it is and reported.
 */
import { and, eq, sql } from 'drizzle-orm';
import { actions, actionStatuses } from '../../db/schema.ts';
import { RoundStateError } from '../../domain/round-entry.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { WriteCtx } from '../context.ts';
import { findRound } from './round-rows.ts';

export interface ConfirmStatesInput {
  programme: string;
  round: string;
  /** The entries shown, at the versions shown; or every entry still inferred, at its version now (the API's "all"). */
  entries: readonly { ref: string; version: number }[] | 'all_inferred';
}

export async function confirmStates(ctx: WriteCtx, input: ConfirmStatesInput): Promise<{ confirmed: string[]; changedSince: string[] }> {
  authorize(ctx, 'status.confirm');
  const round = await findRound(ctx, input.programme, input.round, 'share');
  if (round.status !== 'open') throw new RoundStateError('closed');
  const entries = input.entries !== 'all_inferred' ? input.entries : await ctx.tx
    .select({ ref: actions.ref, version: actionStatuses.version })
    .from(actionStatuses)
    .innerJoin(actions, and(eq(actions.municipalityId, actionStatuses.municipalityId), eq(actions.id, actionStatuses.actionId)))
    .where(and(eq(actionStatuses.roundId, round.id), eq(actionStatuses.stateInferred, true)));
  const confirmed: string[] = [];
  const changedSince: string[] = [];
  for (const { ref, version } of entries) {
    const updated = await ctx.tx.update(actionStatuses)
      .set({ stateInferred: false, version: sql`${actionStatuses.version} + 1` })
      .where(and(
        eq(actionStatuses.roundId, round.id), eq(actionStatuses.version, version), eq(actionStatuses.stateInferred, true),
        sql`${actionStatuses.actionId} = (select ${actions.id} from ${actions} where ${actions.programmeId} = ${round.programme_id} and ${actions.ref} = ${ref})`,
      ))
      .returning({ id: actionStatuses.id });
    (updated.length > 0 ? confirmed : changedSince).push(ref);
  }
  if (confirmed.length > 0) {
    await writeAudit(ctx, { action: 'round.confirm_states', target: `round:${round.id}`, details: { programme: input.programme, round: input.round, refs: confirmed } });
  }
  return { confirmed, changedSince };
}
