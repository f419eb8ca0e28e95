/**
 * The follow-up report of one round of a programme, in one language: what every writer (DOCX, PDF,
 * XLSX, CSV, HTML) prints. Texts are chosen here (pickText); a text missing in the asked language is
 * taken from another one and marked, and counted, never dropped.
 *
 * The public gets closed rounds only. An open round is unpublished work: staff may export it only
 * with `unpublished.export`, and each export is audited.
 */
import { and, asc, eq } from 'drizzle-orm';
import { enablers, enablerStatuses, rounds } from '../../db/schema.ts';
import { TRAFFIC_LIGHTS, type ActionState, type TrafficLight } from '../../domain/action.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { LANGUAGES, pickText, type Lang, type LocalizedText, type Shown } from '../../domain/language.ts';
import { listActions } from '../actions.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { Ctx, WriteCtx } from '../context.ts';
import { emptyStateCounts, getProgrammeOverview } from '../programmes.ts';
import { scopedMunicipality } from '../scope.ts';
import type { ActionListItem, ProgrammeOverview, RoundView, StateCounts } from '../views.ts';

export const REPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: unknown): value is ReportFormat {
  return typeof value === 'string' && (REPORT_FORMATS as readonly string[]).includes(value);
}

/** Shown texts in several paragraphs or list items (enablers' measures, metrics and statuses). */
export interface ShownList {
  items: string[];
  lang: Lang;
  untranslated: boolean;
}

/** How an action's state moved since the previous round of the report. */
export type StateChange = 'new' | 'changed' | 'unchanged';

export interface ReportAction {
  ref: string;
  name: Shown;
  years: number[];
  coFunded: boolean;
  /** The co-funded part, when only part of the action is co-funded. */
  coFundedPart: Shown | null;
  state: ActionState;
  /** Proposed from the text and not yet confirmed by a person. */
  stateInferred: boolean;
  trafficLight: TrafficLight | null;
  /** Null when the round's entry has no text. */
  status: Shown | null;
  /** Null when there is no previous round. */
  previousState: ActionState | null;
  change: StateChange | null;
}

export interface ReportSection {
  position: number;
  /** Null when the section has no name: the writers call it "Section {position}". */
  name: Shown | null;
  actions: ReportAction[];
}

export interface ReportEnabler {
  position: number;
  name: Shown;
  measures: ShownList | null;
  metrics: ShownList | null;
  status: ShownList | null;
}

export interface ReportSummary {
  actionCount: number;
  stateCounts: StateCounts;
  trafficLights: Record<TrafficLight, number>;
  /** Null when there is no previous round. */
  previous: {
    stateCounts: StateCounts;
    /** Actions whose state differs from the previous round's. */
    changed: number;
    /** Actions with no entry in the previous round. */
    added: number;
    /** Actions of the previous round with no entry in this one. */
    dropped: number;
  } | null;
  /** Texts shown in another language than the report's. */
  untranslated: number;
}

export interface FollowupReport {
  lang: Lang;
  municipality: { slug: string; name: Shown };
  programme: { slug: string; name: Shown | null; periodStart: number; periodEnd: number };
  round: RoundView;
  previousRound: RoundView | null;
  /** The year columns: every year any action of the round is scheduled for. */
  years: number[];
  sections: ReportSection[];
  enablers: ReportEnabler[];
  summary: ReportSummary;
  generatedAt: Date;
}

export interface ReportRequest {
  programme: string;
  /** "YYYY-MM". */
  round: string;
  lang: Lang;
  /** Only to say in the audit line what was exported. */
  format: ReportFormat;
  /** The moment printed on the report; now by default. */
  now?: Date;
}

function pickList(value: Partial<Record<Lang, string[]>> | null | undefined, lang: Lang, fallbacks: readonly Lang[]): ShownList | null {
  for (const candidate of [lang, ...fallbacks, ...LANGUAGES]) {
    const items = value?.[candidate];
    if (items && items.length > 0) return { items, lang: candidate, untranslated: candidate !== lang };
  }
  return null;
}

/** A place name is a proper noun: shown in the municipality's language when it has none in the report's, not marked. */
function placeName(municipality: { slug: string; name: LocalizedText; languages: Lang[] }, lang: Lang): Shown {
  const shown = pickText(municipality.name, lang, municipality.languages);
  return shown ? { ...shown, untranslated: false } : { text: municipality.slug, lang, untranslated: false };
}

async function roundEnablers(ctx: Ctx, programme: ProgrammeOverview, round: RoundView) {
  return ctx.tx
    .select({ enabler: enablers, statusText: enablerStatuses.text })
    .from(enablers)
    .leftJoin(rounds, and(eq(rounds.programmeId, enablers.programmeId), eq(rounds.year, round.year), eq(rounds.month, round.month)))
    .leftJoin(enablerStatuses, and(eq(enablerStatuses.enablerId, enablers.id), eq(enablerStatuses.roundId, rounds.id)))
    .where(and(eq(enablers.municipalityId, programme.municipalityId), eq(enablers.programmeId, programme.id)))
    .orderBy(asc(enablers.position));
}

/** The report of a round the actor sees; the caller has decided whether the actor may have it. */
async function buildReport(ctx: Ctx, programme: ProgrammeOverview, round: RoundView, request: ReportRequest): Promise<FollowupReport> {
  const municipality = scopedMunicipality(ctx);
  const { lang } = request;
  const fallbacks = municipality.languages;
  const index = programme.rounds.findIndex((candidate) => candidate.key === round.key);
  const previousRound = index > 0 ? programme.rounds[index - 1]! : null;

  // An action belongs to the round when the round has an entry for it (every imported row has one).
  const inRound = (items: ActionListItem[]) => items.filter((item) => item.status !== null);
  const current = inRound(await listActions(ctx, programme, { lang, round: round.key }));
  const previous = previousRound ? inRound(await listActions(ctx, programme, { lang, round: previousRound.key })) : [];
  const previousStates = new Map(previous.map((item) => [item.ref, item.status!.state]));

  let untranslated = 0;
  const count = <T extends { untranslated: boolean } | null>(shown: T): T => {
    if (shown?.untranslated) untranslated++;
    return shown;
  };

  const sections: ReportSection[] = programme.sections.map((section) => ({
    position: section.position,
    name: count(pickText(section.name, lang, fallbacks)),
    actions: [],
  }));
  const stateCounts = emptyStateCounts();
  const trafficLights = Object.fromEntries(TRAFFIC_LIGHTS.map((light) => [light, 0])) as Record<TrafficLight, number>;
  let changed = 0;
  let added = 0;
  for (const item of current) {
    const status = item.status!;
    const previousState = previousRound ? (previousStates.get(item.ref) ?? null) : null;
    const change: StateChange | null = !previousRound ? null
      : previousState === null ? 'new'
        : previousState === status.state ? 'unchanged' : 'changed';
    if (change === 'new') added++;
    if (change === 'changed') changed++;
    stateCounts[status.state]++;
    if (status.trafficLight) trafficLights[status.trafficLight]++;
    const section = sections.find((candidate) => candidate.position === item.section.position)!;
    section.actions.push({
      ref: item.ref,
      name: count(pickText(item.name, lang, fallbacks)) ?? { text: item.ref, lang, untranslated: false },
      years: item.years,
      coFunded: item.coFunded,
      coFundedPart: count(pickText(item.coFundedPart, lang, fallbacks)),
      state: status.state,
      stateInferred: status.stateInferred,
      trafficLight: status.trafficLight,
      status: count(pickText(status.text, lang, fallbacks)),
      previousState,
      change,
    });
  }
  const currentRefs = new Set(current.map((item) => item.ref));
  const previousCounts = emptyStateCounts();
  for (const item of previous) previousCounts[item.status!.state]++;

  const enablerRows = await roundEnablers(ctx, programme, round);
  const reportEnablers: ReportEnabler[] = enablerRows.map(({ enabler, statusText }) => ({
    position: enabler.position,
    name: count(pickText(enabler.name, lang, fallbacks)) ?? { text: String(enabler.position), lang, untranslated: false },
    measures: count(pickList(enabler.measures, lang, fallbacks)),
    metrics: count(pickList(enabler.metrics, lang, fallbacks)),
    status: count(pickList(statusText, lang, fallbacks)),
  }));

  const nonEmpty = sections.filter((section) => section.actions.length > 0);
  return {
    lang,
    municipality: { slug: municipality.slug, name: placeName(municipality, lang) },
    programme: {
      slug: programme.slug,
      name: count(pickText(programme.name, lang, fallbacks)),
      periodStart: programme.periodStart,
      periodEnd: programme.periodEnd,
    },
    round,
    previousRound,
    years: [...new Set(current.flatMap((item) => item.years))].sort((a, b) => a - b),
    sections: nonEmpty,
    enablers: reportEnablers,
    summary: {
      actionCount: current.length,
      stateCounts,
      trafficLights,
      previous: previousRound
        ? { stateCounts: previousCounts, changed, added, dropped: previous.filter((item) => !currentRefs.has(item.ref)).length }
        : null,
      untranslated,
    },
    generatedAt: request.now ?? new Date(),
  };
}

async function findRound(ctx: Ctx, request: ReportRequest): Promise<{ programme: ProgrammeOverview; round: RoundView }> {
  const programme = await getProgrammeOverview(ctx, request.programme);
  if (!programme) throw new NotFoundError('programme', request.programme);
  const round = programme.rounds.find((candidate) => candidate.key === request.round);
  if (!round) throw new NotFoundError('round', request.round);
  return { programme, round };
}

/** The report of a published (closed) round: public data only, whoever asks. */
export async function readPublishedReport(ctx: Ctx, request: ReportRequest): Promise<FollowupReport> {
  const { programme, round } = await findRound(ctx, request);
  if (round.status !== 'closed') throw new NotFoundError('round', request.round);
  return buildReport(ctx, programme, round, request);
}

/**
 * The report of any round the actor sees (the staff workspace, the `report` command). An open round
 * needs `unpublished.export`, and its export is written to the audit log.
 */
export async function exportReport(ctx: WriteCtx, request: ReportRequest): Promise<FollowupReport> {
  const { programme, round } = await findRound(ctx, request);
  if (round.status === 'closed') return buildReport(ctx, programme, round, request);
  authorize(ctx, 'unpublished.export');
  const report = await buildReport(ctx, programme, round, request);
  await writeAudit(ctx, {
    action: 'report.export_unpublished',
    target: `programme:${programme.slug}/round:${round.key}`,
    details: { lang: request.lang, format: request.format, actions: report.summary.actionCount },
  });
  return report;
}
