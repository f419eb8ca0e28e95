/**
 * The outbox worker: claims due messages (leased, so no two workers take the same one), sends each
 * over SMTP, and records the result: sent, or failed and retried later, or failed for good after
 * `maxAttempts` (the workspace's outbox page shows those). A message is marked sent only after the
 * SMTP server accepted it, and a claimed one is not claimed again until its lease is over.
 */
import nodemailer from 'nodemailer';
import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/orm.ts';
import type { Actor } from '../../domain/actor.ts';
import type { Logger } from '../../logger.ts';
import { runWrite, type Store } from '../context.ts';
import { onMailQueued } from './queue-mail.ts';

const WORKER: Actor = { kind: 'system', name: 'worker' };

export interface OutgoingMail {
  id: string;
  recipient: string;
  subject: string;
  bodyText: string;
  headers: Record<string, string>;
}

/** Delivers one message or throws why not. */
export type SendMail = (mail: OutgoingMail) => Promise<void>;

export interface OutboxWorkerOptions {
  store: Store;
  send: SendMail;
  logger: Pick<Logger, 'warn' | 'error'>;
  batch?: number;
  /** How long a claimed message is left to its worker before another may retry it (a PostgreSQL interval). */
  lease?: string;
  /** The wait before a retry, multiplied by the attempts so far. */
  retryAfter?: string;
  maxAttempts?: number;
}

export const MAX_ATTEMPTS = 5;

export interface OutboxWorker {
  /** Sends everything due now; resolves with how many were sent and how many attempts failed. */
  runOnce(): Promise<{ sent: number; failed: number }>;
  /** Runs at once, then every `intervalMs`, and whenever mail is queued. */
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

interface ClaimedRow {
  id: string;
  recipient: string;
  subject: string;
  body_text: string;
  headers: Record<string, string>;
}

export function outboxWorker({ store, send, logger, batch = 20, lease = '5 minutes', retryAfter = '1 minute', maxAttempts = MAX_ATTEMPTS }: OutboxWorkerOptions): OutboxWorker {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let again = false;

  async function runOnce(): Promise<{ sent: number; failed: number }> {
    const totals = { sent: 0, failed: 0 };
    for (;;) {
      const claimed = await runWrite(store, { actor: WORKER }, (ctx) =>
        selectRows<ClaimedRow>(ctx.tx, sql`select id, recipient, subject, body_text, headers from claim_outbox(${batch}, ${lease}::interval)`));
      if (claimed.length === 0) return totals;
      for (const row of claimed) {
        let error: string | null = null;
        try {
          await send({ id: row.id, recipient: row.recipient, subject: row.subject, bodyText: row.body_text, headers: row.headers });
          totals.sent++;
        } catch (failure) {
          error = failure instanceof Error ? failure.message : String(failure);
          totals.failed++;
          logger.warn({ outbox: row.id, error }, 'sending mail failed');
        }
        await runWrite(store, { actor: WORKER }, (ctx) =>
          ctx.tx.execute(sql`select finish_outbox(${row.id}::uuid, ${error}, ${retryAfter}::interval, ${maxAttempts})`));
      }
    }
  }

  /** One run at a time; a wake-up during a run asks for another run after it. */
  function trigger(): void {
    if (again) return;
    again = true;
    running = running.then(async () => {
      again = false;
      await runOnce().catch((error: unknown) => logger.error({ err: error }, 'outbox worker failed'));
    });
  }

  return {
    runOnce,
    start(intervalMs) {
      onMailQueued(trigger);
      timer = setInterval(trigger, intervalMs);
      timer.unref();
      trigger();
    },
    async stop() {
      if (timer) clearInterval(timer);
      onMailQueued(() => undefined);
      await running;
    },
  };
}

/** Sends over SMTP (`smtp://user:pass@host:587`, `smtps://…`) with nodemailer, from `from`. */
export function smtpSender(smtpUrl: string, from: string): SendMail {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (mail) => {
    await transport.sendMail({
      from, to: mail.recipient, subject: mail.subject, text: mail.bodyText,
      // The outbox id as the Message-ID's local part: a retry after a lost answer is recognisable as the same message.
      messageId: `<${mail.id}@tiekartta>`, headers: mail.headers,
    });
  };
}

/** The server's worker when `SMTP_URL` is set; without it mail stays in the outbox, readable in the workspace. */
export function startOutboxWorker(store: Store, logger: Logger, env: NodeJS.ProcessEnv = process.env): OutboxWorker | null {
  if (!env.SMTP_URL) return null;
  const worker = outboxWorker({ store, logger, send: smtpSender(env.SMTP_URL, env.MAIL_FROM ?? 'Tiekartta <no-reply@localhost>') });
  worker.start(30_000);
  return worker;
}
