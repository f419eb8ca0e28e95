/**
 * Use-case: bring a parsed follow-up report into a programme, in one transaction. Re-importing the
 * same report changes nothing; a later round adds its statuses to the actions it names (matched by
 * name in the report's language) and adds the actions that are new.
 */
import { and, eq, max, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db/database.ts';
import { actions, actionStatuses, enablers, enablerStatuses, programmes, rounds, sections } from '../db/schema.ts';
import { actionNameKey } from '../domain/action-name.ts';
import type { ParsedFollowup, ParsedSection } from '../domain/followup.ts';
import { inferState } from '../domain/infer-state.ts';
import type { Lang } from '../domain/language.ts';
import { writeAudit } from './audit.ts';
import { findMunicipality } from './municipalities.ts';
import { roundKey } from './rounds.ts';

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
}

export type ImportWarningCode = 'new_action_in_later_round' | 'action_missing_from_round';

export interface ImportWarning {
  /** The line in the file, or null when the warning is about what the file lacks. */
  line: number | null;
  code: ImportWarningCode;
  action: string;
}

export interface ImportSummary {
  municipality: string;
  programme: { slug: string; created: boolean };
  round: { key: string; label: string; lang: Lang; created: boolean };
  sections: Tally;
  actions: Tally;
  statuses: Tally;
  enablers: Tally;
  warnings: ImportWarning[];
  changed: boolean;
}

export class UnknownMunicipalityError extends Error {
  constructor(readonly slug: string) {
    super(`Unknown municipality: ${slug}`);
  }
}

const tally = (): Tally => ({ created: 0, updated: 0, unchanged: 0 });
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function importFollowup(
  db: Database,
  input: { municipality: string; programme: string; followup: ParsedFollowup; actor: string },
): Promise<ImportSummary> {
  const municipality = await findMunicipality(db, input.municipality);
  if (!municipality) throw new UnknownMunicipalityError(input.municipality);
  const { followup } = input;
  const lang = followup.round.lang;
  const municipalityId = municipality.id;

  return db.transaction(async (tx) => {
    const summary: ImportSummary = {
      municipality: municipality.slug,
      programme: { slug: input.programme, created: false },
      round: { key: roundKey(followup.round), label: followup.round.label, lang, created: false },
      sections: tally(),
      actions: tally(),
      statuses: tally(),
      enablers: tally(),
      warnings: [],
      changed: false,
    };

    const programme = await findOrCreateProgramme(tx, municipalityId, input.programme, followup, summary);
    const programmeId = programme.id;
    const round = await findOrCreateRound(tx, municipalityId, programmeId, followup, summary);
    const existing = await tx
      .select({ id: actions.id, name: actions.name, years: actions.years, coFunded: actions.coFunded, coFundedPart: actions.coFundedPart })
      .from(actions)
      .where(eq(actions.programmeId, programmeId));
    const byName = new Map(existing.filter((a) => a.name[lang]).map((a) => [actionNameKey(a.name[lang]!), a]));
    const programmeHadActions = existing.length > 0;
    const seen = new Set<string>();

    for (const parsedSection of followup.sections) {
      const section = await findOrCreateSection(tx, municipalityId, programmeId, parsedSection, summary);
      for (const row of parsedSection.actions) {
        const coFundedPart = row.coFundedPart ? { [lang]: row.coFundedPart } : {};
        let action = byName.get(actionNameKey(row.name));
        if (!action) {
          const ref = `${parsedSection.position}.${section.nextRow++}`;
          const [created] = await tx
            .insert(actions)
            .values({
              municipalityId, programmeId, sectionId: section.id, ref, position: section.nextRow - 1,
              name: { [lang]: row.name }, years: row.years, coFunded: row.coFunded, coFundedPart,
            })
            .returning({ id: actions.id });
          action = { id: created!.id, name: { [lang]: row.name }, years: row.years, coFunded: row.coFunded, coFundedPart };
          summary.actions.created++;
          if (programmeHadActions) summary.warnings.push({ line: row.line, code: 'new_action_in_later_round', action: row.name });
        } else {
          const merged = { ...action.coFundedPart, ...coFundedPart };
          if (sameJson(action.years, row.years) && action.coFunded === row.coFunded && sameJson(action.coFundedPart, merged)) {
            summary.actions.unchanged++;
          } else {
            await tx
              .update(actions)
              .set({ years: row.years, coFunded: row.coFunded, coFundedPart: merged, version: sql`${actions.version} + 1`, updatedAt: new Date() })
              .where(eq(actions.id, action.id));
            summary.actions.updated++;
          }
        }
        seen.add(action.id);
        await upsertActionStatus(tx, municipalityId, action.id, round, lang, row.statusText, summary);
      }
    }
    for (const action of existing) {
      if (!seen.has(action.id)) {
        summary.warnings.push({ line: null, code: 'action_missing_from_round', action: action.name[lang] ?? Object.values(action.name)[0] ?? '' });
      }
    }
    await importEnablers(tx, municipalityId, programmeId, round.id, followup, summary);

    summary.changed = [summary.sections, summary.actions, summary.statuses, summary.enablers].some((t) => t.created + t.updated > 0)
      || summary.programme.created || summary.round.created;
    if (summary.changed) {
      await writeAudit(tx, {
        municipalityId, actor: input.actor, action: 'followup.import',
        target: `programme:${input.programme}/round:${summary.round.key}`,
        details: { sections: summary.sections, actions: summary.actions, statuses: summary.statuses, enablers: summary.enablers, warnings: summary.warnings.length },
      });
    }
    return summary;
  });
}

async function findOrCreateProgramme(
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

async function findOrCreateRound(
  tx: Transaction, municipalityId: string, programmeId: string, followup: ParsedFollowup, summary: ImportSummary,
): Promise<{ id: string; lang: Lang }> {
  const { year, month, label, lang } = followup.round;
  const [found] = await tx
    .select({ id: rounds.id, lang: rounds.lang })
    .from(rounds)
    .where(and(eq(rounds.programmeId, programmeId), eq(rounds.year, year), eq(rounds.month, month)));
  if (found) return found;
  const [created] = await tx
    .insert(rounds)
    .values({ municipalityId, programmeId, year, month, label, lang })
    .returning({ id: rounds.id, lang: rounds.lang });
  summary.round.created = true;
  return created!;
}

async function findOrCreateSection(
  tx: Transaction, municipalityId: string, programmeId: string, parsed: ParsedSection, summary: ImportSummary,
): Promise<{ id: string; nextRow: number }> {
  const [found] = await tx
    .select({ id: sections.id })
    .from(sections)
    .where(and(eq(sections.programmeId, programmeId), eq(sections.position, parsed.position)));
  if (found) {
    summary.sections.unchanged++;
    const [last] = await tx.select({ position: max(actions.position) }).from(actions).where(eq(actions.sectionId, found.id));
    return { id: found.id, nextRow: (last?.position ?? 0) + 1 };
  }
  const [created] = await tx
    .insert(sections)
    .values({ municipalityId, programmeId, position: parsed.position })
    .returning({ id: sections.id });
  summary.sections.created++;
  return { id: created!.id, nextRow: 1 };
}

async function upsertActionStatus(
  tx: Transaction, municipalityId: string, actionId: string, round: { id: string; lang: Lang }, lang: Lang,
  statusText: string, summary: ImportSummary,
): Promise<void> {
  const roundId = round.id;
  const roundLang = round.lang;
  const [found] = await tx
    .select()
    .from(actionStatuses)
    .where(and(eq(actionStatuses.actionId, actionId), eq(actionStatuses.roundId, roundId)));
  const text = statusText ? { [lang]: statusText } : {};
  if (!found) {
    await tx.insert(actionStatuses).values({
      municipalityId, actionId, roundId, text, state: inferState(statusText), stateInferred: true,
    });
    summary.statuses.created++;
    return;
  }
  const mergedText = { ...found.text, ...text };
  // An inferred state follows the text in the round's own language; a state a person confirmed stays.
  const state = found.stateInferred ? inferState(mergedText[roundLang] ?? statusText) : found.state;
  if (sameJson(found.text, mergedText) && found.state === state) {
    summary.statuses.unchanged++;
    return;
  }
  await tx.update(actionStatuses).set({ text: mergedText, state }).where(eq(actionStatuses.id, found.id));
  summary.statuses.updated++;
}

async function importEnablers(
  tx: Transaction, municipalityId: string, programmeId: string, roundId: string, followup: ParsedFollowup,
  summary: ImportSummary,
): Promise<void> {
  const lang = followup.round.lang;
  const existing = await tx.select().from(enablers).where(eq(enablers.programmeId, programmeId));
  const byName = new Map(existing.filter((e) => e.name[lang]).map((e) => [actionNameKey(e.name[lang]!), e]));
  let nextPosition = existing.reduce((highest, e) => Math.max(highest, e.position), 0) + 1;
  for (const row of followup.enablers) {
    const found = byName.get(actionNameKey(row.name));
    let enablerId: string;
    if (!found) {
      const [created] = await tx
        .insert(enablers)
        .values({
          municipalityId, programmeId, position: nextPosition++, name: { [lang]: row.name },
          measures: { [lang]: row.measures }, metrics: { [lang]: row.metrics },
        })
        .returning({ id: enablers.id });
      enablerId = created!.id;
      summary.enablers.created++;
    } else {
      enablerId = found.id;
      const measures = { ...found.measures, [lang]: row.measures };
      const metrics = { ...found.metrics, [lang]: row.metrics };
      if (sameJson(found.measures, measures) && sameJson(found.metrics, metrics)) summary.enablers.unchanged++;
      else {
        await tx.update(enablers).set({ measures, metrics }).where(eq(enablers.id, enablerId));
        summary.enablers.updated++;
      }
    }
    const [status] = await tx
      .select()
      .from(enablerStatuses)
      .where(and(eq(enablerStatuses.enablerId, enablerId), eq(enablerStatuses.roundId, roundId)));
    const text = { ...status?.text, [lang]: row.status };
    if (!status) await tx.insert(enablerStatuses).values({ municipalityId, enablerId, roundId, text });
    else if (!sameJson(status.text, text)) await tx.update(enablerStatuses).set({ text }).where(eq(enablerStatuses.id, status.id));
  }
}
