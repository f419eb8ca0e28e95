import { and, asc, eq, sql } from 'drizzle-orm';
import type { Ctx } from './context.ts';
import { enablers, enablerStatuses, rounds } from '../db/schema.ts';
import type { EnablerView, ProgrammeSummary } from './views.ts';

/** The programme's enablers with the latest round's status. */
export async function listEnablers(ctx: Ctx, programme: ProgrammeSummary): Promise<EnablerView[]> {
  const latest = programme.latestRound;
  const rows = await ctx.tx
    .select({ enabler: enablers, statusText: enablerStatuses.text })
    .from(enablers)
    .leftJoin(rounds, latest
      ? and(eq(rounds.programmeId, enablers.programmeId), eq(rounds.year, latest.year), eq(rounds.month, latest.month))
      : sql`false`)
    .leftJoin(enablerStatuses, and(eq(enablerStatuses.enablerId, enablers.id), eq(enablerStatuses.roundId, rounds.id)))
    .where(and(eq(enablers.municipalityId, programme.municipalityId), eq(enablers.programmeId, programme.id)))
    .orderBy(asc(enablers.position));
  return rows.map(({ enabler, statusText }) => ({
    position: enabler.position,
    name: enabler.name,
    measures: enabler.measures,
    metrics: enabler.metrics,
    status: latest && statusText ? { round: latest, text: statusText } : null,
  }));
}
