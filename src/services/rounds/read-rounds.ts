/** Reading rounds in the workspace: the list, one round, and its entries with the round before. */
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/orm.ts';
import type { ActionState, TrafficLight } from '../../domain/action.ts';
import type { LocalizedText } from '../../domain/language.ts';
import { roundKey } from '../rounds.ts';
import { missingLanguages } from '../../domain/round-entry.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { asDate, findRound, roundColumns, type RoundRow } from './round-rows.ts';
import type { RoundEntry, WorkspaceRound } from './views.ts';

type CountedRow = RoundRow & { entry_count: number; updated_count: number };

const counted = sql`${roundColumns},
  (select count(*)::int from action_statuses st where st.round_id = r.id) as entry_count,
  (select count(*)::int from action_statuses st where st.round_id = r.id and st.updated_at is not null) as updated_count`;

function toRound(row: CountedRow): WorkspaceRound {
  return {
    id: row.id,
    key: roundKey(row),
    programme: { slug: row.programme_slug, name: row.programme_name, periodStart: row.period_start, periodEnd: row.period_end },
    label: row.label,
    lang: row.lang,
    status: row.status,
    deadline: row.deadline,
    requiredLanguages: row.required_languages,
    openedAt: asDate(row.opened_at),
    closedAt: asDate(row.closed_at),
    version: row.version,
    entryCount: Number(row.entry_count),
    updatedCount: Number(row.updated_count),
  };
}

/** Every round of the municipality's programmes, the newest programme and round first. */
export async function listRounds(ctx: Ctx): Promise<WorkspaceRound[]> {
  authorize(ctx, 'unpublished.read');
  const rows = await selectRows<CountedRow>(ctx.tx, sql`
    select ${counted} from rounds r join programmes p on p.id = r.programme_id
    order by p.period_start desc, p.slug, r.year desc, r.month desc`);
  return rows.map(toRound);
}

export async function getRound(ctx: Ctx, programme: string, key: string): Promise<WorkspaceRound> {
  authorize(ctx, 'unpublished.read');
  const found = await findRound(ctx, programme, key);
  const [row] = await selectRows<CountedRow>(ctx.tx, sql`
    select ${counted} from rounds r join programmes p on p.id = r.programme_id where r.id = ${found.id}`);
  return toRound(row!);
}

interface EntryRow {
  ref: string;
  name: LocalizedText;
  section_position: number;
  sector: LocalizedText;
  owner_user_id: string | null;
  owner_name: string | null;
  text: LocalizedText;
  state: ActionState;
  state_inferred: boolean;
  traffic_light: TrafficLight | null;
  updated_at: Date | string | null;
  version: number;
  prev_year: number | null;
  prev_month: number | null;
  prev_label: LocalizedText | null;
  prev_text: LocalizedText | null;
  prev_state: ActionState | null;
  prev_light: TrafficLight | null;
}

/**
 * The round's entries in the order of the roadmap, each with the previous round's status of the same
 * action; `refs` limits them to those actions. Owners' names are staff-only, as the whole page is.
 */
export async function listEntries(ctx: Ctx, programme: string, key: string, refs?: readonly string[]): Promise<RoundEntry[]> {
  authorize(ctx, 'unpublished.read');
  const round = await findRound(ctx, programme, key);
  const previous = sql`(select pr.id from rounds pr where pr.programme_id = ${round.programme_id}
    and (pr.year, pr.month) < (${round.year}, ${round.month}) order by pr.year desc, pr.month desc limit 1)`;
  const onlyRefs = refs === undefined ? sql`` : sql`and a.ref in (${sql.join(refs.length > 0 ? refs.map((ref) => sql`${ref}`) : [sql`null`], sql`, `)})`;
  const rows = await selectRows<EntryRow>(ctx.tx, sql`
    select a.ref, a.name, s.position as section_position, a.sector, a.owner_user_id, coalesce(u.display_name, a.owner_name) as owner_name,
      st.text, st.state, st.state_inferred, st.traffic_light, st.updated_at, st.version,
      pr.year as prev_year, pr.month as prev_month, pr.label as prev_label,
      ps.text as prev_text, ps.state as prev_state, ps.traffic_light as prev_light
    from action_statuses st
    join actions a on a.id = st.action_id
    join sections s on s.id = a.section_id
    left join users u on u.id = a.owner_user_id
    left join rounds pr on pr.id = ${previous}
    left join action_statuses ps on ps.action_id = a.id and ps.round_id = pr.id
    where st.round_id = ${round.id} ${onlyRefs}
    order by s.position, a.position`);
  return rows.map((row) => ({
    ref: row.ref,
    name: row.name,
    sectionPosition: row.section_position,
    sector: row.sector,
    ownerUserId: row.owner_user_id,
    ownerName: row.owner_name,
    text: row.text,
    state: row.state,
    stateInferred: row.state_inferred,
    trafficLight: row.traffic_light,
    updatedAt: asDate(row.updated_at),
    version: row.version,
    missingLanguages: missingLanguages(row.text, round.required_languages),
    previous: row.prev_year !== null && row.prev_month !== null && row.prev_state !== null
      ? { key: roundKey({ year: row.prev_year, month: row.prev_month }), label: row.prev_label ?? {}, text: row.prev_text ?? {}, state: row.prev_state, trafficLight: row.prev_light }
      : null,
  }));
}
