/**
 * Senders' personal data is kept only as long as needed: a scheduled job deletes it once an idea has
 * been closed for the municipality's retention period (12 months unless set), and an administrator
 * deletes it on request. The mail sent to them goes too, since the outbox holds their address.
 * The idea itself stays: it is public content without the sender.
 */
import { and, eq, inArray, isNotNull, like, lt, or } from 'drizzle-orm';
import { ideaContacts, ideas, outbox } from '../../db/schema.ts';
import type { Actor } from '../../domain/actor.ts';
import type { Logger } from '../../logger.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import { runRead, runWrite, type Store, type WriteCtx } from '../context.ts';
import { listMunicipalities } from '../municipalities.ts';
import { scopedMunicipality } from '../scope.ts';
import { readIdeaSettings } from './public-ideas.ts';
import { findIdea } from './staff-ideas.ts';

const WORKER: Actor = { kind: 'system', name: 'worker' };

/** `months` calendar months before `now`. */
function monthsBefore(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

async function eraseContacts(ctx: WriteCtx, ideaIds: string[]): Promise<number> {
  if (ideaIds.length === 0) return 0;
  const erased = await ctx.tx.delete(ideaContacts).where(inArray(ideaContacts.ideaId, ideaIds)).returning({ id: ideaContacts.ideaId });
  // The receipt and decision mails hold the address: their keys name the idea ("idea-receipt:<id>", "idea-decision:<id>:<v>").
  await ctx.tx.delete(outbox).where(and(
    eq(outbox.municipalityId, scopedMunicipality(ctx).id),
    or(...ideaIds.flatMap((id) => [like(outbox.dedupeKey, `idea-receipt:${id}`), like(outbox.dedupeKey, `idea-decision:${id}:%`)])),
  ));
  return erased.length;
}

/** Deletes the senders of this municipality's ideas closed longer ago than the retention period. */
export async function eraseExpiredContacts(ctx: WriteCtx, now: Date): Promise<number> {
  const { retentionMonths } = await readIdeaSettings(ctx);
  const expired = await ctx.tx.select({ id: ideas.id }).from(ideas)
    .innerJoin(ideaContacts, eq(ideaContacts.ideaId, ideas.id))
    .where(and(eq(ideas.municipalityId, scopedMunicipality(ctx).id), isNotNull(ideas.closedAt), lt(ideas.closedAt, monthsBefore(now, retentionMonths))));
  const count = await eraseContacts(ctx, expired.map((row) => row.id));
  if (count > 0) await writeAudit(ctx, { action: 'idea.personal_data.expire', target: 'ideas', details: { count, retentionMonths } });
  return count;
}

/** An administrator's erasure on request: the sender of one idea, at once. */
export async function eraseIdeaContact(ctx: WriteCtx, ref: string): Promise<boolean> {
  authorize(ctx, 'idea.personal_data');
  const idea = await findIdea(ctx, ref);
  const count = await eraseContacts(ctx, [idea.id]);
  await writeAudit(ctx, { action: 'idea.personal_data.erase', target: `idea:${idea.id}`, details: { ref, erased: count > 0 } });
  return count > 0;
}

/** Runs the retention in every municipality, each in its own transaction; returns how many senders were erased. */
export async function runIdeaRetention(store: Store, now = new Date()): Promise<number> {
  let erased = 0;
  for (const municipality of await runRead(store, { actor: WORKER }, listMunicipalities)) {
    erased += await runWrite(store, { actor: WORKER, municipality: { id: municipality.id } }, (ctx) => eraseExpiredContacts(ctx, now));
  }
  return erased;
}

/** Runs the retention now and then every `intervalMs` (daily); returns the function that stops it. */
export function startIdeaRetentionSchedule(store: Store, logger: Logger, intervalMs = 24 * 60 * 60 * 1000): () => void {
  const tick = () => {
    runIdeaRetention(store).catch((error: unknown) => logger.error({ err: error }, 'idea retention failed'));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return () => clearInterval(timer);
}
