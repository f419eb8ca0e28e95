/** The programme, its round and its sections, found or created for an import. */
import { and, eq, max, sql } from 'drizzle-orm';
import type { Tx } from '../../db/orm.ts';
import { actions, programmes, rounds, sections } from '../../db/schema.ts';
import type { ParsedFollowup } from '../../domain/followup.ts';
import type { Lang } from '../../domain/language.ts';
import { roundKey } from '../rounds.ts';
import { RoundIsOpenError, type ImportSummary } from './summary.ts';

export async function findOrCreateProgramme(
  tx: Tx, municipalityId: string, slug: string, followup: ParsedFollowup, summary: ImportSummary,
): Promise<{ id: string }> {
  const [found] = await tx
    .select({ id: programmes.id })
    .from(programmes)
    .where(and(eq(programmes.municipalityId, municipalityId), eq(programmes.slug, slug)));
  if (found) return found;
  const [created] = await tx
    .insert(programmes)
    .values({ municipalityId, slug, periodStart: Math.min(...followup.years), periodEnd: Math.max(...followup.years) })
    .returning({ id: programmes.id });
  summary.programme.created = true;
  return created!;
}

export interface RoundRow {
  id: string;
  lang: Lang;
  /** True when no round of the programme is later: only then does the report update the actions themselves. */
  isNewest: boolean;
}

/** The report's round: created as a closed (published) round, or its label added in the report's language. */
export async function findOrCreateRound(
  tx: Tx, municipalityId: string, programmeId: string, followup: ParsedFollowup, summary: ImportSummary,
): Promise<RoundRow> {
  const { year, month, label, lang } = followup.round;
  const existing = await tx.select().from(rounds).where(eq(rounds.programmeId, programmeId));
  const isNewest = existing.every((round) => round.year * 12 + round.month <= year * 12 + month);
  const found = existing.find((round) => round.year === year && round.month === month);
  if (found) {
    if (found.status === 'open') throw new RoundIsOpenError(roundKey(found));
    if (found.label[lang] !== label) {
      await tx.update(rounds).set({ label: { ...found.label, [lang]: label }, version: sql`${rounds.version} + 1` }).where(eq(rounds.id, found.id));
    }
    return { id: found.id, lang: found.lang, isNewest };
  }
  const [created] = await tx
    .insert(rounds)
    .values({ municipalityId, programmeId, year, month, label: { [lang]: label }, lang, status: 'closed', closedAt: new Date() })
    .returning({ id: rounds.id, lang: rounds.lang });
  summary.round.created = true;
  return { ...created!, isNewest };
}

export interface SectionRow {
  id: string;
  /** Where the section's next new action goes in its order. */
  nextPosition: number;
  /** The row number of the next new action's reference; only grows (sections.next_ref_row). */
  nextRefRow: number;
  savedRefRow: number;
}

export async function findOrCreateSection(
  tx: Tx, municipalityId: string, programmeId: string, position: number, summary: ImportSummary,
): Promise<SectionRow> {
  const [found] = await tx
    .select({ id: sections.id, nextRefRow: sections.nextRefRow })
    .from(sections)
    .where(and(eq(sections.programmeId, programmeId), eq(sections.position, position)));
  if (found) {
    summary.sections.unchanged++;
    const [last] = await tx.select({ position: max(actions.position) }).from(actions).where(eq(actions.sectionId, found.id));
    return { id: found.id, nextPosition: (last?.position ?? 0) + 1, nextRefRow: found.nextRefRow, savedRefRow: found.nextRefRow };
  }
  const [created] = await tx.insert(sections).values({ municipalityId, programmeId, position }).returning({ id: sections.id });
  summary.sections.created++;
  return { id: created!.id, nextPosition: 1, nextRefRow: 1, savedRefRow: 1 };
}

/** Keeps the reference counters of sections that got new actions. */
export async function saveSectionCounters(tx: Tx, touched: readonly SectionRow[]): Promise<void> {
  for (const section of touched) {
    if (section.nextRefRow === section.savedRefRow) continue;
    await tx.update(sections).set({ nextRefRow: section.nextRefRow, version: sql`${sections.version} + 1` }).where(eq(sections.id, section.id));
  }
}
