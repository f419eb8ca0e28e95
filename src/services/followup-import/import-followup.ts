/**
 * Use-case: bring a parsed follow-up report into a programme, in one transaction. Re-importing the
 * same report changes nothing; a later round adds its statuses to the actions it names (matched by
 * name in the report's language) and adds the actions that are new; a report in another language
 * adds the translations (paired by position, or, when it is of another round too, by a reviewed pairing,
 * see cross-round-pairing.ts). Only the newest round may change the actions' schedule and co-funding.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/orm.ts';
import { actions, rounds, sections } from '../../db/schema.ts';
import type { ParsedActionRow, ParsedFollowup } from '../../domain/followup.ts';
import type { Lang, LocalizedText } from '../../domain/language.ts';
import { groupBySection, pairRows } from '../../domain/pair-rows.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { WriteCtx } from '../context.ts';
import { roundKey } from '../rounds.ts';
import { scopedMunicipality } from '../scope.ts';
import { matchesOf, proposeForReport, type PairingChoice } from './cross-round-pairing.ts';
import { importEnablers } from './enablers.ts';
import { findOrCreateProgramme, findOrCreateRound, findOrCreateSection, saveSectionCounters, type RoundRow, type SectionRow } from './programme-structure.ts';
import { sameJson } from './same-json.ts';
import { statusesOfRound, upsertActionStatus } from './statuses.ts';
import { emptyTally, TranslationShapeError, type ImportSummary } from './summary.ts';

export interface FollowupImport {
  programme: string;
  followup: ParsedFollowup;
  /** For a report in a language the actions have no names in yet; ignored when names can match. */
  pairing?: PairingChoice;
}

/** Run in runWrite with `{ dryRun: true }` to learn what an import would do without saving it. */
export async function importFollowup(ctx: WriteCtx, input: FollowupImport, options: { dryRun?: boolean } = {}): Promise<ImportSummary> {
  authorize(ctx, 'followup.import');
  const municipality = scopedMunicipality(ctx);
  const { tx } = ctx;
  const { followup } = input;
  const lang = followup.round.lang;
  const municipalityId = municipality.id;
  // Imports into one programme wait for each other: two at once would both create its sections.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${municipalityId}/${input.programme}`}))`);
  const summary: ImportSummary = {
    municipality: municipality.slug,
    programme: { slug: input.programme, created: false },
    round: { key: roundKey(followup.round), label: followup.round.label, lang, created: false },
    matchedBy: 'name',
    namesFromOtherRound: [],
    dryRun: options.dryRun ?? false,
    sections: emptyTally(),
    actions: emptyTally(),
    statuses: emptyTally(),
    enablers: emptyTally(),
    warnings: [],
    changed: false,
  };
  const programme = await findOrCreateProgramme(tx, municipalityId, input.programme, followup, summary);
  const known = await tx
    .select({
      id: actions.id, ref: actions.ref, name: actions.name, years: actions.years, coFunded: actions.coFunded,
      coFundedPart: actions.coFundedPart, sectionPosition: sections.position, position: actions.position,
    })
    .from(actions)
    .innerJoin(sections, eq(sections.id, actions.sectionId))
    .where(and(eq(actions.municipalityId, municipalityId), eq(actions.programmeId, programme.id)))
    .orderBy(asc(sections.position), asc(actions.position));
  const isTranslation = known.length > 0 && known.every((action) => !action.name[lang]);
  // Names match: there is nothing to propose (the caller runs a proposal as a dry run, so nothing stays written).
  if (input.pairing?.mode === 'propose' && !isTranslation) return summary;
  let matches: Map<ParsedActionRow, (typeof known)[number]>;
  let fromOtherRound = false;
  if (input.pairing && isTranslation) {
    const proposal = await proposeForReport(tx, known, followup);
    summary.matchedBy = 'pairing';
    // Only a proposal for review: nothing is written, not even the round.
    if (input.pairing.mode === 'propose') {
      return { ...summary, proposal, proposalActions: known.map((action) => ({ ref: action.ref, name: action.name })) };
    }
    matches = matchesOf(input.pairing, proposal, known, followup);
    if (input.pairing.mode === 'accept_confident') {
      for (const row of proposal) {
        if (row.confidence === 'possible') summary.warnings.push({ line: row.line, code: 'possible_pair_not_taken', action: row.name, ref: row.ref! });
      }
    }
    const roundsBefore = await tx.select({ year: rounds.year, month: rounds.month }).from(rounds).where(eq(rounds.programmeId, programme.id));
    fromOtherRound = roundsBefore.some((r) => r.year !== followup.round.year || r.month !== followup.round.month);
  } else {
    const pairing = pairRows(groupBySection(known), followup.sections.map((section) => section.actions), lang);
    if (!pairing.ok) throw new TranslationShapeError(lang, pairing.programmeShape, pairing.fileShape);
    summary.matchedBy = pairing.by;
    matches = pairing.matches;
  }
  const round = await findOrCreateRound(tx, municipalityId, programme.id, followup, summary);

  const context = { tx, municipalityId, programmeId: programme.id, round, lang, summary, fromOtherRound };
  const statuses = await statusesOfRound(tx, round.id);
  const seen = new Set<string>();
  const touchedSections: SectionRow[] = [];
  for (const parsedSection of followup.sections) {
    const section = await findOrCreateSection(tx, municipalityId, programme.id, parsedSection.position, summary);
    touchedSections.push(section);
    for (const row of parsedSection.actions) {
      const match = matches.get(row);
      const actionId = match
        ? await updateAction(context, match, row)
        : await createAction(context, section, parsedSection.position, row, known.length > 0);
      seen.add(actionId);
      await upsertActionStatus(tx, municipalityId, actionId, statuses.get(actionId), round, lang, row.statusText, summary);
    }
  }
  await saveSectionCounters(tx, touchedSections);
  for (const action of known) {
    if (!seen.has(action.id)) {
      summary.warnings.push({ line: null, code: 'action_missing_from_round', action: action.name[lang] ?? Object.values(action.name)[0] ?? '' });
    }
  }
  await importEnablers(tx, municipalityId, programme.id, round, followup, summary);

  summary.changed = summary.programme.created || summary.round.created ||
    [summary.sections, summary.actions, summary.statuses, summary.enablers].some((t) => t.created + t.updated > 0);
  if (summary.changed) {
    await writeAudit(ctx, {
      action: 'followup.import',
      target: `programme:${input.programme}/round:${summary.round.key}/${lang}`,
      details: {
        matchedBy: summary.matchedBy, namesFromOtherRound: summary.namesFromOtherRound.map((named) => named.ref), sections: summary.sections, actions: summary.actions, statuses: summary.statuses,
        enablers: summary.enablers, warnings: summary.warnings.length,
      },
    });
    ctx.changesManyRows();
  }
  return summary;
}

interface ImportContext {
  tx: Tx;
  municipalityId: string;
  programmeId: string;
  round: RoundRow;
  lang: Lang;
  summary: ImportSummary;
  /** The rows were paired with actions of other rounds: a name added is that round's wording. */
  fromOtherRound: boolean;
}

async function createAction(
  { tx, municipalityId, programmeId, lang, summary }: ImportContext, section: SectionRow, sectionPosition: number,
  row: ParsedActionRow, programmeHadActions: boolean,
): Promise<string> {
  const position = section.nextPosition++;
  const refRow = section.nextRefRow++;
  const [created] = await tx
    .insert(actions)
    .values({
      municipalityId, programmeId, sectionId: section.id, ref: `${sectionPosition}.${refRow}`, position,
      name: { [lang]: row.name }, years: row.years, coFunded: row.coFunded,
      coFundedPart: row.coFundedPart ? { [lang]: row.coFundedPart } : {},
    })
    .returning({ id: actions.id });
  summary.actions.created++;
  if (programmeHadActions) summary.warnings.push({ line: row.line, code: 'new_action_in_later_round', action: row.name });
  return created!.id;
}

/** Adds the name in the report's language; the schedule and co-funding follow the newest round only. */
async function updateAction(
  { tx, round, lang, summary, fromOtherRound }: ImportContext,
  action: { id: string; ref: string; name: LocalizedText; years: number[]; coFunded: boolean; coFundedPart: LocalizedText },
  row: ParsedActionRow,
): Promise<string> {
  const name = { ...action.name, [lang]: row.name };
  if (fromOtherRound && !action.name[lang]) summary.namesFromOtherRound.push({ ref: action.ref, name: row.name });
  const coFundedPart = row.coFundedPart ? { ...action.coFundedPart, [lang]: row.coFundedPart } : action.coFundedPart;
  const next = round.isNewest
    ? { name, years: row.years, coFunded: row.coFunded, coFundedPart }
    : { name, years: action.years, coFunded: action.coFunded, coFundedPart: row.coFunded ? coFundedPart : action.coFundedPart };
  const current = { name: action.name, years: action.years, coFunded: action.coFunded, coFundedPart: action.coFundedPart };
  if (sameJson(current, next)) {
    summary.actions.unchanged++;
  } else {
    await tx
      .update(actions)
      .set({ ...next, version: sql`${actions.version} + 1`, updatedAt: new Date() })
      .where(eq(actions.id, action.id));
    summary.actions.updated++;
  }
  return action.id;
}
