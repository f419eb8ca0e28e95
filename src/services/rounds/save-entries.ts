/**
 * The coordinator fills or corrects many entries in one sitting (the round table). Each entry is
 * saved as `saveEntry` saves one; an entry changed by someone since the table was opened is left as
 * it is and reported, and the others are saved.
 */
import { ConflictError, InvalidInputError } from '../../domain/errors.ts';
import { RoundStateError } from '../../domain/round-entry.ts';
import type { WriteCtx } from '../context.ts';
import { findRound } from './round-rows.ts';
import { saveEntry, type SaveEntryInput } from './save-entry.ts';

export async function saveEntries(
  ctx: WriteCtx, input: { programme: string; round: string; entries: readonly Omit<SaveEntryInput, 'programme' | 'round'>[] },
): Promise<{ saved: string[]; changedSince: string[]; invalid: string[] }> {
  // Even with no row changed, the round must exist and be open: a table of a closed round saves nothing.
  if ((await findRound(ctx, input.programme, input.round, 'share')).status !== 'open') throw new RoundStateError('closed');
  const saved: string[] = [];
  const changedSince: string[] = [];
  const invalid: string[] = [];
  for (const entry of input.entries) {
    try {
      await saveEntry(ctx, { programme: input.programme, round: input.round, ...entry });
      saved.push(entry.ref);
    } catch (error) {
      // Thrown before anything of that entry is written, so the transaction goes on with the others.
      if (error instanceof ConflictError) changedSince.push(entry.ref);
      else if (error instanceof InvalidInputError) invalid.push(entry.ref);
      else throw error;
    }
  }
  return { saved, changedSince, invalid };
}
