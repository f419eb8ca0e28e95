/**
 * Closing a round publishes and freezes it: the public site and the open API show closed rounds only,
 * and no entry may be saved afterwards. Reopening (to correct it) unpublishes it again and is logged.
 */
import { eq, sql } from 'drizzle-orm';
import { rounds } from '../../db/schema.ts';
import { ConflictError } from '../../domain/errors.ts';
import { RoundStateError } from '../../domain/round-entry.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { WriteCtx } from '../context.ts';
import { listEntries } from './read-rounds.ts';
import { findRound, type RoundRow } from './round-rows.ts';

export interface RoundRef {
  programme: string;
  round: string;
  /** The round's version the change is based on (the API's If-Match); the overview's buttons send none. */
  version?: number;
}

/** A change based on an older version of the round is refused with the current one (nothing written). */
function checkVersion(round: RoundRow, version: number | undefined): void {
  if (version !== undefined && version !== round.version) throw new ConflictError('round', version, { version: round.version });
}

export async function closeRound(ctx: WriteCtx, input: RoundRef): Promise<void> {
  authorize(ctx, 'round.close');
  // For update: waits for saves in flight (they hold the round for share); saves after it see it closed.
  const round = await findRound(ctx, input.programme, input.round, 'update');
  checkVersion(round, input.version);
  if (round.status !== 'open') throw new RoundStateError('closed');
  const lacking = (await listEntries(ctx, input.programme, input.round)).filter((entry) => entry.missingLanguages.length > 0);
  if (lacking.length > 0) throw new RoundStateError('missing_languages', lacking.map((entry) => entry.ref));
  await ctx.tx.update(rounds).set({ status: 'closed', closedAt: new Date(), version: sql`${rounds.version} + 1` }).where(eq(rounds.id, round.id));
  await writeAudit(ctx, { action: 'round.close', target: `round:${round.id}`, details: { programme: input.programme, round: input.round } });
}

export async function reopenRound(ctx: WriteCtx, input: RoundRef): Promise<void> {
  authorize(ctx, 'round.reopen');
  const round = await findRound(ctx, input.programme, input.round, 'update');
  checkVersion(round, input.version);
  if (round.status === 'open') throw new RoundStateError('open');
  const [another] = await ctx.tx.select({ id: rounds.id }).from(rounds)
    .where(sql`${rounds.programmeId} = ${round.programme_id} and ${rounds.status} = 'open'`);
  if (another) throw new RoundStateError('another_open');
  await ctx.tx.update(rounds).set({ status: 'open', closedAt: null, version: sql`${rounds.version} + 1` }).where(eq(rounds.id, round.id));
  await writeAudit(ctx, { action: 'round.reopen', target: `round:${round.id}`, details: { programme: input.programme, round: input.round } });
}
