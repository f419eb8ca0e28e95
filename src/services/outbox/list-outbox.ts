/** The municipality's outgoing mail as the workspace shows it: queued, sent or failed, newest first. */
import { desc, sql } from 'drizzle-orm';
import { outbox } from '../../db/schema.ts';
import type { Lang } from '../../domain/language.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';

export type MailState = 'queued' | 'sent' | 'failed';

export interface OutboxMail {
  id: string;
  kind: string;
  recipient: string;
  lang: Lang;
  subject: string;
  bodyText: string;
  state: MailState;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export const OUTBOX_PAGE_SIZE = 200;

export async function listOutbox(ctx: Ctx, state?: MailState): Promise<OutboxMail[]> {
  authorize(ctx, 'outbox.read');
  const condition = state === 'sent' ? sql`${outbox.sentAt} is not null`
    : state === 'failed' ? sql`${outbox.failedAt} is not null`
    : state === 'queued' ? sql`${outbox.sentAt} is null and ${outbox.failedAt} is null` : sql`true`;
  // Row-level security keeps it to the municipality's own mail.
  const rows = await ctx.tx.select().from(outbox).where(condition).orderBy(desc(outbox.createdAt)).limit(OUTBOX_PAGE_SIZE);
  return rows.map((row) => ({
    id: row.id, kind: row.kind, recipient: row.recipient, lang: row.lang, subject: row.subject, bodyText: row.bodyText,
    state: row.sentAt ? 'sent' : row.failedAt ? 'failed' : 'queued',
    attempts: row.attempts, lastError: row.lastError, createdAt: row.createdAt, sentAt: row.sentAt,
  }));
}
