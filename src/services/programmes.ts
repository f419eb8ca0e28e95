/**
 * Programme summaries and overviews. Each is one SQL statement (subqueries aggregate rounds and
 * counts as JSON): every page needs one, and PGlite runs one statement at a time.
 */
import { sql, type SQL } from 'drizzle-orm';
import { selectRows } from '../db/orm.ts';
import { ACTION_STATES, type ActionState } from '../domain/action.ts';
import type { Lang, LocalizedText } from '../domain/language.ts';
import type { RoundStatus } from '../domain/round.ts';
import type { Ctx } from './context.ts';
import { roundKey } from './rounds.ts';
import { scopedMunicipality } from './scope.ts';
import { visibleRound } from './visibility.ts';
import type { GoalView, ProgrammeOverview, ProgrammeSummary, RoundView, StateCounts } from './views.ts';

export function emptyStateCounts(): StateCounts {
  return Object.fromEntries(ACTION_STATES.map((state) => [state, 0])) as StateCounts;
}

function toStateCounts(counts: Partial<Record<ActionState, number>> | null): StateCounts {
  return { ...emptyStateCounts(), ...counts };
}

/** The latest round of the programme `programmeId` (an SQL expression) the actor may see. */
const latestRoundOf = (ctx: Ctx, programmeId: SQL) =>
  sql`(select r.id from rounds r where r.programme_id = ${programmeId} and ${visibleRound(ctx, 'r')} order by r.year desc, r.month desc limit 1)`;

/** The states of `actionsWhere` in the latest round as {state: count}; no entry counts as no status; archived actions not at all. */
const stateCountsOf = (ctx: Ctx, actionsWhere: SQL, programmeId: SQL) => sql`(
  select coalesce(json_object_agg(c.state, c.n), '{}') from (
    select coalesce(st.state, 'no_status') as state, count(*)::int as n
    from actions a
    left join action_statuses st on st.action_id = a.id and st.round_id = ${latestRoundOf(ctx, programmeId)}
    where ${actionsWhere} and a.archived_at is null
    group by 1
  ) c)`;

interface ProgrammeRow {
  id: string;
  municipality_id: string;
  slug: string;
  name: LocalizedText;
  period_start: number;
  period_end: number;
  cost_code: string | null;
  rounds: { year: number; month: number; label: LocalizedText; lang: Lang; status: RoundStatus; deadline: string | null }[];
}

/** The programme's own columns and the rounds the actor may see, oldest first, for a statement over `programmes p`. */
const programmeColumns = (ctx: Ctx) => sql`p.id, p.municipality_id, p.slug, p.name, p.period_start, p.period_end, p.cost_code,
  (select coalesce(json_agg(json_build_object('year', r.year, 'month', r.month, 'label', r.label, 'lang', r.lang,
     'status', r.status, 'deadline', r.deadline) order by r.year, r.month), '[]')
   from rounds r where r.programme_id = p.id and ${visibleRound(ctx, 'r')}) as rounds`;

const sum = (counts: StateCounts) => Object.values(counts).reduce((total, count) => total + count, 0);

function toSummary(row: ProgrammeRow, stateCounts: StateCounts): ProgrammeSummary {
  const rounds: RoundView[] = row.rounds.map((round) => ({ key: roundKey(round), ...round }));
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    slug: row.slug,
    name: row.name,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    costCode: row.cost_code,
    rounds,
    latestRound: rounds.at(-1) ?? null,
    actionCount: sum(stateCounts),
    stateCounts,
  };
}

async function selectSummaries(ctx: Ctx, slug?: string): Promise<ProgrammeSummary[]> {
  const municipality = scopedMunicipality(ctx);
  const rows = await selectRows<ProgrammeRow & { state_counts: Partial<Record<ActionState, number>> }>(ctx.tx, sql`
    select ${programmeColumns(ctx)}, ${stateCountsOf(ctx, sql`a.programme_id = p.id`, sql`p.id`)} as state_counts
    from programmes p
    where p.municipality_id = ${municipality.id} ${slug === undefined ? sql`` : sql`and p.slug = ${slug}`}
    order by p.period_start desc, p.slug`);
  return rows.map((row) => toSummary(row, toStateCounts(row.state_counts)));
}

/** The municipality's programmes, the newest period first. */
export function listProgrammes(ctx: Ctx): Promise<ProgrammeSummary[]> {
  return selectSummaries(ctx);
}

export async function findProgramme(ctx: Ctx, slug: string): Promise<ProgrammeSummary | null> {
  const [found] = await selectSummaries(ctx, slug);
  return found ?? null;
}

interface OverviewRow extends ProgrammeRow {
  goals: GoalView[];
  competences: GoalView[];
  enabler_count: number;
  years: number[];
  sections: { position: number; name: LocalizedText; state_counts: Partial<Record<ActionState, number>> }[];
}

/** The programme with its goals, competences and sections; its own counts are the sum of its sections'. */
export async function getProgrammeOverview(ctx: Ctx, slug: string): Promise<ProgrammeOverview | null> {
  const municipality = scopedMunicipality(ctx);
  const codesAndNames = (table: SQL) => sql`(select coalesce(json_agg(json_build_object('code', t.code, 'name', t.name) order by t.position), '[]')
    from ${table} t where t.municipality_id = p.municipality_id and t.programme_id = p.id)`;
  const [row] = await selectRows<OverviewRow>(ctx.tx, sql`
    select ${programmeColumns(ctx)},
      ${codesAndNames(sql`goals`)} as goals,
      ${codesAndNames(sql`competences`)} as competences,
      (select count(*)::int from enablers e where e.municipality_id = p.municipality_id and e.programme_id = p.id) as enabler_count,
      (select coalesce(array_agg(distinct y order by y), '{}') from actions a, unnest(a.years) y
         where a.municipality_id = p.municipality_id and a.programme_id = p.id and a.archived_at is null) as years,
      (select coalesce(json_agg(json_build_object('position', s.position, 'name', s.name,
         'state_counts', ${stateCountsOf(ctx, sql`a.section_id = s.id`, sql`p.id`)}) order by s.position), '[]')
         from sections s where s.municipality_id = p.municipality_id and s.programme_id = p.id) as sections
    from programmes p
    where p.municipality_id = ${municipality.id} and p.slug = ${slug}`);
  if (!row) return null;
  const sections = row.sections.map((section) => {
    const stateCounts = toStateCounts(section.state_counts);
    return { position: section.position, name: section.name, actionCount: sum(stateCounts), stateCounts };
  });
  const stateCounts = emptyStateCounts();
  for (const section of sections) for (const state of ACTION_STATES) stateCounts[state] += section.stateCounts[state];
  return {
    ...toSummary(row, stateCounts),
    goals: row.goals,
    competences: row.competences,
    sections,
    enablerCount: Number(row.enabler_count),
    years: row.years.map(Number),
  };
}
