/** The enablers table of a report: paired with the programme's enablers as the actions are. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/orm.ts';
import { enablers, enablerStatuses } from '../../db/schema.ts';
import type { ParsedFollowup } from '../../domain/followup.ts';
import { pairRows } from '../../domain/pair-rows.ts';
import type { RoundRow } from './programme-structure.ts';
import { sameJson } from './same-json.ts';
import { TranslationShapeError, type ImportSummary } from './summary.ts';

export async function importEnablers(
  tx: Tx, municipalityId: string, programmeId: string, round: RoundRow, followup: ParsedFollowup,
  summary: ImportSummary,
): Promise<void> {
  const lang = followup.round.lang;
  const known = await tx.select().from(enablers).where(eq(enablers.programmeId, programmeId)).orderBy(asc(enablers.position));
  const pairing = pairRows(known.length > 0 ? [known] : [], followup.enablers.length > 0 ? [followup.enablers] : [], lang);
  if (!pairing.ok) throw new TranslationShapeError(lang, pairing.programmeShape, pairing.fileShape);
  let nextPosition = known.reduce((highest, e) => Math.max(highest, e.position), 0) + 1;
  for (const row of followup.enablers) {
    const found = pairing.matches.get(row);
    let enablerId: string;
    if (!found) {
      const [created] = await tx
        .insert(enablers)
        .values({
          municipalityId, programmeId, position: nextPosition++, name: { [lang]: row.name },
          measures: { [lang]: row.measures }, metrics: { [lang]: row.metrics },
        })
        .returning({ id: enablers.id });
      enablerId = created!.id;
      summary.enablers.created++;
    } else {
      enablerId = found.id;
      const name = { ...found.name, [lang]: row.name };
      const measures = { ...found.measures, [lang]: row.measures };
      const metrics = { ...found.metrics, [lang]: row.metrics };
      if (sameJson(found.name, name) && sameJson(found.measures, measures) && sameJson(found.metrics, metrics)) {
        summary.enablers.unchanged++;
      } else {
        await tx.update(enablers).set({ name, measures, metrics, version: sql`${enablers.version} + 1` }).where(eq(enablers.id, enablerId));
        summary.enablers.updated++;
      }
    }
    const [status] = await tx
      .select()
      .from(enablerStatuses)
      .where(and(eq(enablerStatuses.enablerId, enablerId), eq(enablerStatuses.roundId, round.id)));
    const text = { ...status?.text, [lang]: row.status };
    if (!status) await tx.insert(enablerStatuses).values({ municipalityId, enablerId, roundId: round.id, text });
    else if (!sameJson(status.text, text)) await tx.update(enablerStatuses).set({ text, version: sql`${enablerStatuses.version} + 1` }).where(eq(enablerStatuses.id, status.id));
  }
}
