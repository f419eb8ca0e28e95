/**
 * Reminding the owners whose entries are still missing: one mail per owner, in their language, queued
 * in the outbox in the same transaction. The same reminder (round, day, kind, owner) is queued once
 * only, however often the coordinator presses the button or the schedule runs.
 */
import { eq, sql } from 'drizzle-orm';
import { selectRows } from '../../db/orm.ts';
import { municipalitySettings } from '../../db/schema.ts';
import { pickText, type Lang, type LocalizedText } from '../../domain/language.ts';
import { dueReminder, RoundStateError } from '../../domain/round-entry.ts';
import { roundMail } from '../../i18n/staff/round-mail.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { WriteCtx } from '../context.ts';
import { queueMail } from '../outbox/queue-mail.ts';
import { roundKey } from '../rounds.ts';
import { scopedMunicipality } from '../scope.ts';
import { findRound, roundColumns, type RoundRow } from './round-rows.ts';

export type ReminderKind = 'on_demand' | 'before_deadline' | 'deadline';

/** When the municipality has not chosen: a week before, the day before, and on the deadline. */
export const DEFAULT_REMINDER_DAYS = [7, 1] as const;

/** The address of the owner's page of a round, under the product's public address `baseUrl`. */
export const myEntriesPath = (m: string, programme: string, round: string) =>
  `/staff/${encodeURIComponent(m)}/rounds/${encodeURIComponent(programme)}/${round}/mine`;

export interface RemindInput {
  programme: string;
  round: string;
  kind: ReminderKind;
  /** "YYYY-MM-DD" in the municipality's time. */
  today: string;
  /** Where the product is reached ("https://tiekartta.porvoo.fi"), for the link in the mail. */
  baseUrl: string;
}

export interface RemindResult {
  /** Mails queued now. */
  queued: number;
  /** Owners already reminded today in the same way. */
  alreadyQueued: number;
  /** Missing entries whose owner has no account to mail: the coordinator must reach them another way. */
  withoutAccount: string[];
}

interface LateRow {
  user_id: string | null;
  email: string | null;
  lang: Lang | null;
  display_name: string | null;
  ref: string;
  name: LocalizedText;
}

async function remind(ctx: WriteCtx, round: RoundRow, input: RemindInput): Promise<RemindResult> {
  const municipality = scopedMunicipality(ctx);
  if (round.status !== 'open') throw new RoundStateError('closed');
  const key = roundKey(round);
  const late = await selectRows<LateRow>(ctx.tx, sql`
    select u.id as user_id, u.email, u.lang, u.display_name, a.ref, a.name
    from action_statuses st join actions a on a.id = st.action_id
    left join users u on u.id = a.owner_user_id and u.disabled_at is null
    where st.round_id = ${round.id} and st.updated_at is null
    order by u.id, a.ref`);
  const byOwner = new Map<string, LateRow[]>();
  const withoutAccount: string[] = [];
  for (const row of late) {
    if (!row.user_id) withoutAccount.push(row.ref);
    else byOwner.set(row.user_id, [...(byOwner.get(row.user_id) ?? []), row]);
  }
  let queued = 0;
  for (const [userId, rows] of byOwner) {
    const owner = rows[0]!;
    const lang = owner.lang ?? 'fi';
    const t = roundMail[lang];
    const fallbacks = municipality.languages;
    const label = pickText(round.label, lang, fallbacks)?.text ?? key;
    const mail = {
      name: owner.display_name ?? '',
      round: label,
      deadline: round.deadline ?? input.today,
      actions: rows.map((row) => `${row.ref} ${pickText(row.name, lang, fallbacks)?.text ?? ''}`.trim()),
      link: `${input.baseUrl.replace(/\/+$/, '')}${myEntriesPath(municipality.slug, input.programme, key)}`,
    };
    const fresh = await queueMail(ctx, {
      kind: 'round_reminder', recipient: owner.email!, lang, subject: t.subject(label, mail.deadline), bodyText: t.body(mail),
      dedupeKey: `round_reminder:${round.id}:${input.today}:${input.kind}:${userId}`,
    });
    if (fresh) queued++;
  }
  if (queued > 0) {
    await writeAudit(ctx, { action: 'round.remind', target: `round:${round.id}`, details: { programme: input.programme, round: key, kind: input.kind, queued } });
  }
  return { queued, alreadyQueued: byOwner.size - queued, withoutAccount };
}

/** The coordinator's button (kind `on_demand`), or the schedule's reminder of one round. */
export async function remindLateOwners(ctx: WriteCtx, input: RemindInput): Promise<RemindResult> {
  authorize(ctx, 'round.remind');
  return remind(ctx, await findRound(ctx, input.programme, input.round, 'share'), input);
}

/**
 * The schedule's work in one municipality: each open round with a deadline whose reminder is due
 * today (the municipality's days before the deadline, or the day itself). Returns the mails queued.
 */
export async function remindDueOwners(ctx: WriteCtx, today: string, baseUrl: string): Promise<number> {
  authorize(ctx, 'round.remind');
  const municipality = scopedMunicipality(ctx);
  const [settings] = await ctx.tx.select({ days: municipalitySettings.reminderDaysBefore }).from(municipalitySettings)
    .where(eq(municipalitySettings.municipalityId, municipality.id));
  const days = settings?.days ?? DEFAULT_REMINDER_DAYS;
  const open = await selectRows<RoundRow>(ctx.tx, sql`
    select ${roundColumns} from rounds r join programmes p on p.id = r.programme_id
    where r.status = 'open' and r.deadline is not null for share of r`);
  let queued = 0;
  for (const round of open) {
    const kind = dueReminder(round.deadline!, today, days);
    if (!kind) continue;
    queued += (await remind(ctx, round, { programme: round.programme_slug, round: roundKey(round), kind, today, baseUrl })).queued;
  }
  return queued;
}
