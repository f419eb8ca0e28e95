import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../db/database.ts';
import { actions, actionStatuses, competences, enablers, goals, programmes, rounds, sections } from '../db/schema.ts';
import { ACTION_STATES, type ActionState } from '../domain/action.ts';
import { roundKey } from './rounds.ts';
import type { MunicipalityView, ProgrammeOverview, ProgrammeSummary, RoundView, StateCounts } from './views.ts';

export function emptyStateCounts(): StateCounts {
  return Object.fromEntries(ACTION_STATES.map((state) => [state, 0])) as StateCounts;
}

/** Counts the latest round's states; actions without an entry in it count as having no status. */
function toStateCounts(rows: { state: ActionState | null; count: number }[]): StateCounts {
  const counts = emptyStateCounts();
  for (const row of rows) counts[row.state ?? 'no_status'] += Number(row.count);
  return counts;
}

const roundView = (round: typeof rounds.$inferSelect): RoundView => ({
  key: roundKey(round), year: round.year, month: round.month, label: round.label, lang: round.lang,
});

/** The municipality's programmes, the newest period first. */
export async function listProgrammes(db: Database, municipality: MunicipalityView): Promise<ProgrammeSummary[]> {
  const rows = await db
    .select()
    .from(programmes)
    .where(eq(programmes.municipalityId, municipality.id))
    .orderBy(desc(programmes.periodStart), asc(programmes.slug));
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const roundRows = await db
    .select()
    .from(rounds)
    .where(and(eq(rounds.municipalityId, municipality.id), inArray(rounds.programmeId, ids)))
    .orderBy(asc(rounds.year), asc(rounds.month));
  const latestRoundIds = new Map<string, string>();
  for (const round of roundRows) latestRoundIds.set(round.programmeId, round.id);
  const counts = await db
    .select({ programmeId: actions.programmeId, state: actionStatuses.state, count: sql<number>`count(*)::int` })
    .from(actions)
    .leftJoin(
      actionStatuses,
      and(
        eq(actionStatuses.actionId, actions.id),
        latestRoundIds.size > 0 ? inArray(actionStatuses.roundId, [...latestRoundIds.values()]) : sql`false`,
      ),
    )
    .where(and(eq(actions.municipalityId, municipality.id), inArray(actions.programmeId, ids)))
    .groupBy(actions.programmeId, actionStatuses.state);

  return rows.map((row) => {
    const own = roundRows.filter((round) => round.programmeId === row.id).map(roundView);
    const stateRows = counts.filter((count) => count.programmeId === row.id);
    return {
      id: row.id,
      municipalityId: row.municipalityId,
      slug: row.slug,
      name: row.name,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      costCode: row.costCode,
      rounds: own,
      latestRound: own.at(-1) ?? null,
      actionCount: stateRows.reduce((sum, count) => sum + Number(count.count), 0),
      stateCounts: toStateCounts(stateRows),
    };
  });
}

export async function findProgramme(
  db: Database, municipality: MunicipalityView, slug: string,
): Promise<ProgrammeSummary | null> {
  return (await listProgrammes(db, municipality)).find((programme) => programme.slug === slug) ?? null;
}

export async function getProgrammeOverview(
  db: Database, municipality: MunicipalityView, slug: string,
): Promise<ProgrammeOverview | null> {
  const programme = await findProgramme(db, municipality, slug);
  if (!programme) return null;
  const scope = (table: { municipalityId: AnyPgColumn; programmeId: AnyPgColumn }) =>
    and(eq(table.municipalityId, municipality.id), eq(table.programmeId, programme.id));
  const latestRoundId = programme.latestRound
    ? sql`(select id from ${rounds} where ${rounds.programmeId} = ${programme.id} and ${rounds.year} = ${programme.latestRound.year} and ${rounds.month} = ${programme.latestRound.month})`
    : sql`null::uuid`;
  const [goalRows, competenceRows, sectionRows, sectionCounts, [enablerCount], [years]] = await Promise.all([
    db.select({ code: goals.code, name: goals.name }).from(goals).where(scope(goals)).orderBy(asc(goals.position)),
    db.select({ code: competences.code, name: competences.name }).from(competences).where(scope(competences)).orderBy(asc(competences.position)),
    db.select({ id: sections.id, position: sections.position, name: sections.name }).from(sections).where(scope(sections)).orderBy(asc(sections.position)),
    db
      .select({ sectionId: actions.sectionId, state: actionStatuses.state, count: sql<number>`count(*)::int` })
      .from(actions)
      .leftJoin(actionStatuses, and(eq(actionStatuses.actionId, actions.id), eq(actionStatuses.roundId, latestRoundId)))
      .where(scope(actions))
      .groupBy(actions.sectionId, actionStatuses.state),
    db.select({ count: sql<number>`count(*)::int` }).from(enablers).where(scope(enablers)),
    db.select({ years: sql<number[]>`coalesce(array_agg(distinct y order by y), '{}')` }).from(sql`${actions}, unnest(${actions.years}) as y`).where(scope(actions)),
  ]);
  return {
    ...programme,
    goals: goalRows,
    competences: competenceRows,
    sections: sectionRows.map((section) => {
      const rows = sectionCounts.filter((count) => count.sectionId === section.id);
      return {
        position: section.position,
        name: section.name,
        actionCount: rows.reduce((sum, row) => sum + Number(row.count), 0),
        stateCounts: toStateCounts(rows),
      };
    }),
    enablerCount: Number(enablerCount?.count ?? 0),
    years: (years?.years ?? []).map(Number),
  };
}
