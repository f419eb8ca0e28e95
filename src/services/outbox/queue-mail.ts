/**
 * Mail is decided in a use-case and queued in its own transaction: if the decision rolls back, no
 * mail goes out; if it commits, the mail will be sent (by the outbox worker), even after a restart.
 */
import { outbox } from '../../db/schema.ts';
import type { Lang } from '../../domain/language.ts';
import type { WriteCtx } from '../context.ts';

export interface Mail {
  /** What the message is, for the workspace's outbox view: "reminder", "password_reset"… */
  kind: string;
  recipient: string;
  lang: Lang;
  subject: string;
  bodyText: string;
  headers?: Record<string, string>;
  /** The same key is queued once only: a repeated decision (a reminder for the same day) sends nothing new. */
  dedupeKey?: string;
}

/** Called after a commit that queued mail, to wake the worker at once. */
let wakeWorker: () => void = () => undefined;

export function onMailQueued(listener: () => void): void {
  wakeWorker = listener;
}

/** Queues the mail in the current municipality (none at platform level); false when its key was queued already. */
export async function queueMail(ctx: WriteCtx, mail: Mail): Promise<boolean> {
  const inserted = await ctx.tx
    .insert(outbox)
    .values({ ...mail, municipalityId: ctx.municipality?.id ?? null, headers: mail.headers ?? {}, dedupeKey: mail.dedupeKey ?? null })
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id });
  if (inserted.length > 0) ctx.afterCommit(() => wakeWorker());
  return inserted.length > 0;
}
