/**
 * The automatic reminders: the server's timer calls `runDueReminders` (hourly); each municipality's
 * due reminders are queued in its own transaction, and queuing the same reminder again the same day
 * does nothing, so a restart or a second server sends nothing twice.
 */
import type { Actor } from '../../domain/actor.ts';
import type { Logger } from '../../logger.ts';
import { runRead, runWrite, type Store } from '../context.ts';
import { listMunicipalities } from '../municipalities.ts';
import { remindDueOwners } from './remind.ts';

const WORKER: Actor = { kind: 'system', name: 'worker' };
export const REMINDER_TIME_ZONE = 'Europe/Helsinki';

/** Today as "YYYY-MM-DD" in Finland. */
export function finnishToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: REMINDER_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Queues today's reminders in every municipality; returns how many mails were queued. */
export async function runDueReminders(store: Store, options: { today: string; baseUrl: string }): Promise<number> {
  let queued = 0;
  for (const municipality of await runRead(store, { actor: WORKER }, listMunicipalities)) {
    queued += await runWrite(store, { actor: WORKER, municipality: { id: municipality.id } }, (ctx) =>
      remindDueOwners(ctx, options.today, options.baseUrl));
  }
  return queued;
}

/** Runs the reminders now and then every `intervalMs`; returns the function that stops it. */
export function startReminderSchedule(store: Store, logger: Logger, baseUrl: string, intervalMs = 60 * 60 * 1000): () => void {
  const tick = () => {
    runDueReminders(store, { today: finnishToday(), baseUrl }).catch((error: unknown) => logger.error({ err: error }, 'round reminders failed'));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return () => clearInterval(timer);
}
