/**
 * Writing a new idea, whoever sent it: the next public reference of the year, the idea (content, with
 * history) and its sender (personal data, in its own table), and the receipt when there is an address.
 */
import { sql } from 'drizzle-orm';
import { ideaContacts, ideaCounters, ideas } from '../../db/schema.ts';
import { ideaRef, type IdeaSource } from '../../domain/idea.ts';
import type { Lang } from '../../domain/language.ts';
import { ideaMail } from '../../i18n/idea-mail.ts';
import type { WriteCtx } from '../context.ts';
import { queueMail } from '../outbox/queue-mail.ts';
import { finnishToday } from '../rounds/reminder-schedule.ts';
import { scopedMunicipality } from '../scope.ts';

export interface NewIdea {
  lang: Lang;
  title: string;
  description: string;
  beneficiaries: string;
  source: IdeaSource;
  sourceLabel?: string | null;
  name?: string | null;
  email?: string | null;
  /** The staff member who entered it. */
  userId?: string | null;
  /** The public site's address, for the link in the receipt. */
  baseUrl: string;
}

/** Takes the year's next number; the counter row is locked until commit, so two ideas never share one. */
async function nextRef(ctx: WriteCtx): Promise<string> {
  const year = Number(finnishToday().slice(0, 4));
  const [row] = await ctx.tx.insert(ideaCounters).values({ municipalityId: scopedMunicipality(ctx).id, year, next: 2 })
    .onConflictDoUpdate({ target: [ideaCounters.municipalityId, ideaCounters.year], set: { next: sql`${ideaCounters.next} + 1` } })
    .returning({ next: ideaCounters.next });
  return ideaRef(year, row!.next - 1);
}

const textIn = (lang: Lang, text: string) => (text ? { [lang]: text } : {});

export async function storeIdea(ctx: WriteCtx, idea: NewIdea): Promise<{ id: string; ref: string }> {
  const municipality = scopedMunicipality(ctx);
  const ref = await nextRef(ctx);
  const [created] = await ctx.tx.insert(ideas).values({
    municipalityId: municipality.id, ref, lang: idea.lang, source: idea.source, sourceLabel: idea.sourceLabel ?? null,
    title: textIn(idea.lang, idea.title), description: textIn(idea.lang, idea.description),
    beneficiariesText: textIn(idea.lang, idea.beneficiaries),
  }).returning({ id: ideas.id });
  const email = idea.email || null;
  const name = idea.name || null;
  if (email || name || idea.userId) {
    await ctx.tx.insert(ideaContacts).values({ ideaId: created!.id, municipalityId: municipality.id, name, email, userId: idea.userId ?? null });
  }
  if (email) {
    const m = ideaMail(idea.lang);
    const link = `${idea.baseUrl}/${encodeURIComponent(municipality.slug)}/${idea.lang}/ideas/${ref}`;
    await queueMail(ctx, {
      kind: 'idea_receipt', recipient: email, lang: idea.lang, dedupeKey: `idea-receipt:${created!.id}`,
      subject: m.receiptSubject(ref), bodyText: m.receiptBody({ ref, title: idea.title, link }),
    });
  }
  return { id: created!.id, ref };
}
