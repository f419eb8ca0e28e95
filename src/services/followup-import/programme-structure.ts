/** The programme, its round and its sections, found or created for an import. */
import { and, eq, max } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { actions, programmes, rounds, sections } from '../../db/schema.ts';
import type { ParsedFollowup } from '../../domain/followup.ts';
import type { Lang } from '../../domain/language.ts';
import type { ImportSummary } from './summary.ts';

export async function findOrCreateProgramme(
  tx: Transaction, municipalityId: string, slug: string, followup: ParsedFollowup, summary: ImportSummary,
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

export async function findOrCreateRound(
  tx: Transaction, municipalityId: string, programmeId: string, followup: ParsedFollowup, summary: ImportSummary,
): Promise<RoundRow> {
  const { year, month, label, lang } = followup.round;
  const existing = await tx.select().from(rounds).where(eq(rounds.programmeId, programmeId));
  const isNewest = existing.every((round) => round.year * 12 + round.month <= year * 12 + month);
  const found = existing.find((round) => round.year === year && round.month === month);
  if (found) return { id: found.id, lang: found.lang, isNewest };
  const [created] = await tx
    .insert(rounds)
    .values({ municipalityId, programmeId, year, month, label, lang })
    .returning({ id: rounds.id, lang: rounds.lang });
  summary.round.created = true;
  return { ...created!, isNewest };
}

export interface SectionRow {
  id: string;
  /** The row number the next new action of the section gets. */
  nextRow: number;
}

export async function findOrCreateSection(
  tx: Transaction, municipalityId: string, programmeId: string, position: number, summary: ImportSummary,
): Promise<SectionRow> {
  const [found] = await tx
    .select({ id: sections.id })
    .from(sections)
    .where(and(eq(sections.programmeId, programmeId), eq(sections.position, position)));
  if (found) {
    summary.sections.unchanged++;
    const [last] = await tx.select({ position: max(actions.position) }).from(actions).where(eq(actions.sectionId, found.id));
    return { id: found.id, nextRow: (last?.position ?? 0) + 1 };
  }
  const [created] = await tx.insert(sections).values({ municipalityId, programmeId, position }).returning({ id: sections.id });
  summary.sections.created++;
  return { id: created!.id, nextRow: 1 };
}
