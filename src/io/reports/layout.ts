/**
 * What every report format prints, decided once: the titles, the columns of the action tables, each
 * cell's text, the summary's rows and the notes. Writers only lay these out (a Word table, a sheet,
 * HTML), so the five formats say the same thing in the same words.
 */
import { ACTION_STATES, TRAFFIC_LIGHTS } from '../../domain/action.ts';
import type { Lang, Shown } from '../../domain/language.ts';
import { reportMessages, type ReportMessages } from '../../i18n/reports/index.ts';
import type { FollowupReport, ReportAction, ReportFormat, ReportSection, ShownList } from '../../services/reports/followup-report.ts';

/** A piece of text and the language it is really in (for lang attributes and Word's proofing language). */
export interface Piece {
  text: string;
  lang: Lang;
}

/** Shown text with its mark when it is in another language than the report's: "Text (vain suomeksi)". */
export function marked(t: ReportMessages, shown: Shown | ShownList, text = 'text' in shown ? shown.text : shown.items.join('\n')): string {
  return shown.untranslated ? `${text} ${t.untranslated(shown.lang)}` : text;
}

export interface ReportTitles {
  municipality: string;
  programme: string;
  round: string;
  /** "Digiohjelma 2020–2023 – Tilanne 03/2023". */
  title: string;
  /** "Porvoo · Seurantaraportti · Laadittu 23. marraskuuta 2026". */
  byline: string;
  generated: string;
}

export function titles(report: FollowupReport, t: ReportMessages): ReportTitles {
  const programme = report.programme.name ? marked(t, report.programme.name) : t.programmeName(report.programme.periodStart, report.programme.periodEnd);
  const round = t.roundLabel(report.round.year, report.round.month);
  const generated = t.generated(t.date(report.generatedAt));
  return {
    municipality: report.municipality.name.text,
    programme,
    round,
    title: `${programme} – ${round}`,
    byline: [report.municipality.name.text, t.report, generated].join(' · '),
    generated,
  };
}

export function sectionTitle(t: ReportMessages, section: ReportSection): string {
  return section.name ? marked(t, section.name) : t.sectionN(section.position);
}

/** The columns of an action table; optional ones only when the round has something in them. */
export type ColumnKey = 'section' | 'ref' | 'action' | 'coFunded' | `year:${number}` | 'state' | 'light' | 'status' | 'change';

export interface Column {
  key: ColumnKey;
  header: string;
  /** Relative width, for the writers that set widths. */
  width: number;
}

export interface TableOptions {
  /** One table for all sections (spreadsheets) rather than one per section. */
  withSection: boolean;
}

export function actionColumns(report: FollowupReport, t: ReportMessages, { withSection }: TableOptions): Column[] {
  const actions = report.sections.flatMap((section) => section.actions);
  const columns: (Column | false)[] = [
    withSection && { key: 'section', header: t.sectionColumn, width: 8 },
    { key: 'ref', header: t.refColumn, width: 11 },
    { key: 'action', header: t.actionColumn, width: 36 },
    withSection && { key: 'coFunded', header: t.coFundedColumn, width: 10 },
    ...report.years.map((year): Column => ({ key: `year:${year}`, header: String(year), width: 9 })),
    { key: 'state', header: t.stateColumn, width: 16 },
    actions.some((action) => action.trafficLight) && { key: 'light', header: t.lightColumn, width: 10 },
    { key: 'status', header: t.roundLabel(report.round.year, report.round.month), width: 52 },
    report.previousRound !== null && { key: 'change', header: t.changeColumn, width: 16 },
  ];
  return columns.filter((column): column is Column => column !== false);
}

/** Whether some states were confirmed by a person and others not: only then is each inferred one marked. */
function inferredMixed(report: FollowupReport): boolean {
  const stated = report.sections.flatMap((section) => section.actions).filter((action) => action.state !== 'no_status');
  return stated.some((action) => action.stateInferred) && stated.some((action) => !action.stateInferred);
}

export type CellText = (section: ReportSection, action: ReportAction, key: ColumnKey) => Piece;

/**
 * The cells of the report's action tables: each text with the language of its main piece (the
 * action's name, the status). A state inferred from the text is marked only when others were
 * confirmed; when none was, the notes say so once instead of on every row.
 */
export function cellText(report: FollowupReport, t: ReportMessages): CellText {
  const markInferred = inferredMixed(report);
  return (section, action, key) => cell(t, markInferred, section, action, key);
}

function cell(t: ReportMessages, markInferred: boolean, section: ReportSection, action: ReportAction, key: ColumnKey): Piece {
  const own = (text: string): Piece => ({ text, lang: t.lang });
  const shown = (value: Shown): Piece => ({ text: marked(t, value), lang: value.lang });
  switch (key) {
    case 'section':
      return own(sectionTitle(t, section));
    case 'ref':
      return own(action.ref);
    case 'action': {
      const name = shown(action.name);
      const star = action.coFunded ? '*' : '';
      const part = action.coFundedPart ? `\n${t.coFundedPart(marked(t, action.coFundedPart))}` : '';
      return { text: `${name.text}${star}${part}`, lang: name.lang };
    }
    case 'coFunded':
      return own(action.coFunded ? t.yes : '');
    case 'state':
      return own(markInferred && action.stateInferred && action.state !== 'no_status' ? `${t.states[action.state]} (${t.inferred})` : t.states[action.state]);
    case 'light':
      return own(action.trafficLight ? t.trafficLights[action.trafficLight] : '');
    case 'status':
      return action.status ? shown(action.status) : own('');
    case 'change':
      if (action.change === 'changed' && action.previousState) return own(`${t.change.changed} (${t.changedFrom(t.states[action.previousState])})`);
      // "Unchanged" on most rows would hide the few changes.
      return own(action.change === 'new' ? t.change.new : '');
    default:
      return own(action.years.includes(Number(key.slice('year:'.length))) ? t.yearMark : '');
  }
}

export interface SummaryRow {
  label: string;
  count: number;
  previous: number | null;
}

/** One row per state with any action in this or the previous round, then the total. */
export function summaryRows(report: FollowupReport, t: ReportMessages): SummaryRow[] {
  const previous = report.summary.previous?.stateCounts ?? null;
  const rows = ACTION_STATES
    .filter((state) => report.summary.stateCounts[state] > 0 || (previous?.[state] ?? 0) > 0)
    .map((state) => ({ label: t.states[state], count: report.summary.stateCounts[state], previous: previous ? previous[state] : null }));
  const previousTotal = previous ? Object.values(previous).reduce((a, b) => a + b, 0) : null;
  return [...rows, { label: t.total, count: report.summary.actionCount, previous: previousTotal }];
}

/** "+3", "−2", "0": the change of a count since the previous round. */
export function difference(t: ReportMessages, row: SummaryRow): string {
  if (row.previous === null) return '';
  const change = row.count - row.previous;
  return change > 0 ? `+${t.number(change)}` : change < 0 ? `−${t.number(-change)}` : '0';
}

/** The sentences under the summary table: changes since the previous round, traffic lights. */
export function summaryLines(report: FollowupReport, t: ReportMessages): string[] {
  const previous = report.summary.previous;
  const lines = [t.actionCount(t.number(report.summary.actionCount))];
  lines.push(previous && report.previousRound
    ? t.changes(t.number(previous.changed), t.number(previous.added), t.number(previous.dropped),
      t.roundLabel(report.previousRound.year, report.previousRound.month))
    : t.firstRound);
  const lights = TRAFFIC_LIGHTS.filter((light) => report.summary.trafficLights[light] > 0);
  lines.push(lights.length > 0
    ? `${t.lights}: ${lights.map((light) => `${t.trafficLights[light]} ${t.number(report.summary.trafficLights[light])}`).join(', ')}.`
    : t.noLights);
  return lines;
}

/** The notes at the end: what the marks mean and how many texts are in another language. */
export function notes(report: FollowupReport, t: ReportMessages): string[] {
  const actions = report.sections.flatMap((section) => section.actions);
  const inferred = actions.filter((action) => action.stateInferred && action.state !== 'no_status').length;
  return [
    ...(actions.some((action) => action.coFunded) ? [t.coFundedNote] : []),
    ...(inferred === 0 ? [] : inferredMixed(report) ? [t.inferredNote(t.number(inferred))] : [t.allInferredNote]),
    report.summary.untranslated > 0 ? t.untranslatedNote(t.number(report.summary.untranslated)) : t.allTranslated,
  ];
}

/** "porvoo-digi-2020-2023-seuranta-2023-03-fi.docx": ASCII, so every browser and file system keeps it. */
export function reportFileName(report: Pick<FollowupReport, 'municipality' | 'programme' | 'round' | 'lang'>, format: ReportFormat): string {
  const t = reportMessages(report.lang);
  return `${report.municipality.slug}-${report.programme.slug}-${t.fileWord}-${report.round.key}-${report.lang}.${format}`;
}

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
};
