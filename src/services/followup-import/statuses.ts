/** The actions' statuses in one round: created, or their text in the report's language added. */
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/orm.ts';
import { actionStatuses } from '../../db/schema.ts';
import { inferState } from '../../domain/infer-state.ts';
import type { Lang } from '../../domain/language.ts';
import type { RoundRow } from './programme-structure.ts';
import { sameJson } from './same-json.ts';
import type { ImportSummary } from './summary.ts';

type StatusRow = typeof actionStatuses.$inferSelect;

/** The round's statuses by action, read once for the whole import. */
export async function statusesOfRound(tx: Tx, roundId: string): Promise<Map<string, StatusRow>> {
  const rows = await tx.select().from(actionStatuses).where(eq(actionStatuses.roundId, roundId));
  return new Map(rows.map((row) => [row.actionId, row]));
}

export async function upsertActionStatus(
  tx: Tx, municipalityId: string, actionId: string, found: StatusRow | undefined, round: RoundRow, lang: Lang,
  statusText: string, summary: ImportSummary,
): Promise<void> {
  const text = statusText ? { [lang]: statusText } : {};
  if (!found) {
    await tx.insert(actionStatuses).values({
      municipalityId, actionId, roundId: round.id, text, state: inferState(statusText), stateInferred: true,
    });
    summary.statuses.created++;
    return;
  }
  const mergedText = { ...found.text, ...text };
  // An inferred state follows the text in the round's own language; a state a person confirmed stays.
  const state = found.stateInferred ? inferState(mergedText[round.lang] ?? statusText) : found.state;
  if (sameJson(found.text, mergedText) && found.state === state) {
    summary.statuses.unchanged++;
    return;
  }
  await tx.update(actionStatuses).set({ text: mergedText, state, version: sql`${actionStatuses.version} + 1` }).where(eq(actionStatuses.id, found.id));
  summary.statuses.updated++;
}
