import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { actions, actionStatuses, competences, goals, rounds, sections } from '../db/schema.ts';
import { LANGUAGES, type Lang, type LocalizedText } from '../domain/language.ts';
import type { Ctx } from './context.ts';
import { roundKey } from './rounds.ts';
import { visibleRound } from './visibility.ts';
import { matchesText, queryWords } from './text-search.ts';
import type { ActionDetail, ActionFilter, ActionListItem, ProgrammeSummary, RoundView, StatusView } from './views.ts';

export class UnknownRoundError extends Error {
  constructor(readonly round: string) {
    super(`Unknown round: ${round}`);
  }
}

/** The round asked for, or the latest; null only when the programme has no rounds yet. */
function chooseRound(programme: ProgrammeSummary, key: string | undefined): RoundView | null {
  if (!key) return programme.latestRound;
  const found = programme.rounds.find((round) => round.key === key);
  if (!found) throw new UnknownRoundError(key);
  return found;
}

/** An action's own columns, with its section's; every read of actions selects these. */
const actionColumns = {
  id: actions.id,
  ref: actions.ref,
  name: actions.name,
  years: actions.years,
  coFunded: actions.coFunded,
  coFundedPart: actions.coFundedPart,
  sectionPosition: sections.position,
  sectionName: sections.name,
};

interface ActionRow {
  ref: string;
  name: LocalizedText;
  years: number[];
  coFunded: boolean;
  coFundedPart: LocalizedText;
  sectionPosition: number;
  sectionName: LocalizedText;
}

function toListItem(row: ActionRow, status: StatusView | null): ActionListItem {
  return {
    ref: row.ref,
    name: row.name,
    section: { position: row.sectionPosition, name: row.sectionName },
    years: row.years,
    coFunded: row.coFunded,
    coFundedPart: row.coFundedPart,
    status,
  };
}

/**
 * The text a row shows in `lang`: its own language's, or the first language that has text, which
 * is then searched with that language's stemmer. Name and status text are searched together.
 */
function shownTextMatches(lang: Lang, fallbacks: readonly Lang[], words: string[]): SQL {
  const order = [...new Set<Lang>([lang, ...fallbacks, ...LANGUAGES])];
  const branches = order.map((candidate) => {
    const document = sql`coalesce(${actions.name}->>${candidate}, '') || ' ' || coalesce(${actionStatuses.text}->>${candidate}, '')`;
    return sql`WHEN coalesce(${actions.name}->>${candidate}, '') <> '' THEN ${matchesText(document, candidate, words)}`;
  });
  return sql`(CASE ${sql.join(branches, sql` `)} ELSE false END)`;
}

/** The programme's actions with their status in a round; `q` is matched in the text each row shows in `filter.lang`. */
export async function listActions(ctx: Ctx, programme: ProgrammeSummary, filter: ActionFilter): Promise<ActionListItem[]> {
  const fallbacks = ctx.municipality?.languages ?? [];
  const round = chooseRound(programme, filter.round);
  const roundId = round
    ? sql`(select ${rounds.id} from ${rounds} where ${rounds.programmeId} = ${programme.id} and ${rounds.year} = ${round.year} and ${rounds.month} = ${round.month})`
    : sql`null::uuid`;
  const conditions: (SQL | undefined)[] = [
    eq(actions.municipalityId, programme.municipalityId),
    eq(actions.programmeId, programme.id),
    isNull(actions.archivedAt),
    filter.section === undefined ? undefined : eq(sections.position, filter.section),
    filter.year === undefined ? undefined : sql`${filter.year} = any(${actions.years})`,
    filter.coFunded === undefined ? undefined : eq(actions.coFunded, filter.coFunded),
    filter.state === undefined ? undefined : sql`coalesce(${actionStatuses.state}, 'no_status') = ${filter.state}`,
  ];
  const words = queryWords(filter.q ?? '');
  if (words.length > 0) conditions.push(shownTextMatches(filter.lang, fallbacks, words));
  const rows = await ctx.tx
    .select({
      ...actionColumns,
      statusText: actionStatuses.text,
      state: actionStatuses.state,
      stateInferred: actionStatuses.stateInferred,
      trafficLight: actionStatuses.trafficLight,
    })
    .from(actions)
    .innerJoin(sections, and(eq(sections.municipalityId, actions.municipalityId), eq(sections.id, actions.sectionId)))
    .leftJoin(actionStatuses, and(eq(actionStatuses.actionId, actions.id), eq(actionStatuses.roundId, roundId)))
    .where(and(...conditions))
    .orderBy(asc(sections.position), asc(actions.position));
  return rows.map((row) => toListItem(row, round && row.state
    ? { round, text: row.statusText ?? {}, state: row.state, stateInferred: row.stateInferred ?? true, trafficLight: row.trafficLight }
    : null));
}

export async function getAction(
  ctx: Ctx, programme: ProgrammeSummary, ref: string, roundKeyAsked?: string,
): Promise<ActionDetail | null> {
  const round = chooseRound(programme, roundKeyAsked);
  const [action] = await ctx.tx
    .select({
      ...actionColumns,
      sector: actions.sector,
      partnerMunicipalities: actions.partnerMunicipalities,
      goal: goals.code,
      competence: competences.code,
      level: actions.level,
      statutory: actions.statutory,
      benefits: actions.benefits,
      beneficiaries: actions.beneficiaries,
      costClass: actions.costClass,
      impactClass: actions.impactClass,
      developmentModel: actions.developmentModel,
    })
    .from(actions)
    .innerJoin(sections, and(eq(sections.municipalityId, actions.municipalityId), eq(sections.id, actions.sectionId)))
    .leftJoin(goals, and(eq(goals.municipalityId, actions.municipalityId), eq(goals.id, actions.goalId)))
    .leftJoin(competences, and(eq(competences.municipalityId, actions.municipalityId), eq(competences.id, actions.competenceId)))
    .where(and(eq(actions.municipalityId, programme.municipalityId), eq(actions.programmeId, programme.id), eq(actions.ref, ref), isNull(actions.archivedAt)));
  if (!action) return null;

  const statusRows = await ctx.tx
    .select({ status: actionStatuses, round: rounds })
    .from(actionStatuses)
    .innerJoin(rounds, and(eq(rounds.municipalityId, actionStatuses.municipalityId), eq(rounds.id, actionStatuses.roundId)))
    .where(and(eq(actionStatuses.municipalityId, programme.municipalityId), eq(actionStatuses.actionId, action.id), visibleRound(ctx)))
    .orderBy(desc(rounds.year), desc(rounds.month));
  const statuses: StatusView[] = statusRows.map(({ status, round: r }) => ({
    round: { key: roundKey(r), year: r.year, month: r.month, label: r.label, lang: r.lang, status: r.status, deadline: r.deadline },
    text: status.text,
    state: status.state,
    stateInferred: status.stateInferred,
    trafficLight: status.trafficLight,
  }));
  return {
    ...toListItem(action, statuses.find((status) => status.round.key === round?.key) ?? null),
    perspectives: {
      goal: action.goal,
      competence: action.competence,
      level: action.level,
      statutory: action.statutory,
      benefits: action.benefits,
      beneficiaries: action.beneficiaries,
      costClass: action.costClass,
      impactClass: action.impactClass,
      developmentModel: action.developmentModel,
    },
    sector: action.sector,
    partnerMunicipalities: action.partnerMunicipalities,
    statuses,
  };
}
