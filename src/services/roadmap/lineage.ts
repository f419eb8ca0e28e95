/** Which action an action continues (from an earlier programme), and which action continues it. */
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/orm.ts';
import type { LocalizedText } from '../../domain/language.ts';
import type { Ctx } from '../context.ts';
import type { ProgrammeRef } from './take-over.ts';

export interface LinkedAction {
  programme: ProgrammeRef;
  ref: string;
  name: LocalizedText;
}

export interface ActionLineage {
  continues: LinkedAction | null;
  continuedAs: LinkedAction | null;
}

interface LinkRow {
  direction: 'continues' | 'continued_as';
  ref: string;
  name: LocalizedText;
  slug: string;
  programme_name: LocalizedText;
  period_start: number;
  period_end: number;
}

/** Both links of the action `ref` of the programme; an archived action on the other side is not shown. */
export async function actionLineage(ctx: Ctx, programmeId: string, ref: string): Promise<ActionLineage> {
  const rows = await selectRows<LinkRow>(ctx.tx, sql`
    with this as (select id from actions where programme_id = ${programmeId} and ref = ${ref})
    select l.direction, o.ref, o.name, p.slug, p.name as programme_name, p.period_start, p.period_end
    from (
      select 'continues' as direction, c.predecessor_id as other from action_continuations c where c.action_id = (select id from this)
      union all
      select 'continued_as', c.action_id from action_continuations c where c.predecessor_id = (select id from this)
    ) l
    join actions o on o.id = l.other and o.archived_at is null
    join programmes p on p.id = o.programme_id`);
  const link = (direction: LinkRow['direction']): LinkedAction | null => {
    const row = rows.find((candidate) => candidate.direction === direction);
    return row ? {
      programme: { slug: row.slug, name: row.programme_name, periodStart: row.period_start, periodEnd: row.period_end },
      ref: row.ref, name: row.name,
    } : null;
  };
  return { continues: link('continues'), continuedAs: link('continued_as') };
}
