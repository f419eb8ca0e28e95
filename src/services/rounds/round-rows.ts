/** Finding a round of the current municipality by programme and key, locked as the change needs. */
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/orm.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { Lang, LocalizedText } from '../../domain/language.ts';
import type { RoundStatus } from '../../domain/round.ts';
import { parseRoundKey, roundKey } from '../rounds.ts';
import type { Ctx } from '../context.ts';

export interface RoundRow {
  id: string;
  programme_id: string;
  programme_slug: string;
  programme_name: LocalizedText;
  period_start: number;
  period_end: number;
  year: number;
  month: number;
  label: LocalizedText;
  lang: Lang;
  status: RoundStatus;
  deadline: string | null;
  required_languages: Lang[];
  opened_at: Date | string | null;
  closed_at: Date | string | null;
  version: number;
}

export const roundColumns = sql`r.id, r.programme_id, p.slug as programme_slug, p.name as programme_name, p.period_start, p.period_end,
  r.year, r.month, r.label, r.lang, r.status, r.deadline::text as deadline, r.required_languages, r.opened_at, r.closed_at, r.version`;

/**
 * The round `key` of the programme `programme`. A change of its entries takes it `for share` and a
 * change of the round itself `for update`, so that closing waits for saves in flight and a save that
 * waited for a close sees the round closed.
 */
export async function findRound(ctx: Ctx, programme: string, key: string, lock?: 'share' | 'update'): Promise<RoundRow> {
  const parsed = parseRoundKey(key);
  if (!parsed) throw new NotFoundError('round', key);
  const locking = lock === 'share' ? sql`for share of r` : lock === 'update' ? sql`for update of r` : sql``;
  const [row] = await selectRows<RoundRow>(ctx.tx, sql`
    select ${roundColumns} from rounds r join programmes p on p.id = r.programme_id
    where p.slug = ${programme} and r.year = ${parsed.year} and r.month = ${parsed.month} ${locking}`);
  if (!row) throw new NotFoundError('round', `${programme}/${key}`);
  return row;
}

export const keyOf = (row: RoundRow) => roundKey(row);

export const asDate = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));
