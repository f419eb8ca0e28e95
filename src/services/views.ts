/**
 * What the read services return: plain data for the site, the API and the exporters to present.
 * Content fields stay per language (LocalizedText); presenters choose what to show.
 */
import type { ActionState, Perspectives, TrafficLight } from '../domain/action.ts';
import type { Lang, LocalizedText } from '../domain/language.ts';
import type { RoundStatus } from '../domain/round.ts';

export interface MunicipalityView {
  id: string;
  slug: string;
  code: string;
  name: LocalizedText;
  /** Primary language first. */
  languages: Lang[];
}

export interface RoundView {
  /** "YYYY-MM", the round's key in URLs and the API. */
  key: string;
  year: number;
  month: number;
  /** As printed ("Tilanne 09/2022"), in the languages it was reported or named in. */
  label: LocalizedText;
  /** The round's own language. */
  lang: Lang;
  status: RoundStatus;
  /** "YYYY-MM-DD" for a round run in the workspace. */
  deadline: string | null;
}

export type StateCounts = Record<ActionState, number>;

export interface ProgrammeSummary {
  id: string;
  municipalityId: string;
  slug: string;
  /** May be empty: then present it as "Digital programme {periodStart}–{periodEnd}". */
  name: LocalizedText;
  periodStart: number;
  periodEnd: number;
  costCode: string | null;
  /** Oldest first. */
  rounds: RoundView[];
  latestRound: RoundView | null;
  actionCount: number;
  /** States in the latest round. */
  stateCounts: StateCounts;
}

export interface SectionView {
  position: number;
  /** Often empty: the printed tables have no titles; present as "Section {position}". */
  name: LocalizedText;
  actionCount: number;
  stateCounts: StateCounts;
}

export interface GoalView {
  code: string;
  name: LocalizedText;
}

export interface ProgrammeOverview extends ProgrammeSummary {
  goals: GoalView[];
  competences: GoalView[];
  sections: SectionView[];
  enablerCount: number;
  /** Every year any action is scheduled for, ascending. */
  years: number[];
  /** Entries of the latest round that someone saved in the workspace (an imported round has none). */
  updatedInLatestRound: number;
  /** The latest change the actor may see: an action edited, or a round published. */
  lastUpdated: Date | null;
}

export interface StatusView {
  round: RoundView;
  text: LocalizedText;
  state: ActionState;
  stateInferred: boolean;
  trafficLight: TrafficLight | null;
}

export interface ActionListItem {
  ref: string;
  name: LocalizedText;
  section: { position: number; name: LocalizedText };
  years: number[];
  coFunded: boolean;
  coFundedPart: LocalizedText;
  /** In the asked round (default: the latest); null when the action has no entry in it. */
  status: StatusView | null;
}

export interface ActionDetail extends ActionListItem {
  perspectives: Perspectives;
  sector: LocalizedText;
  partnerMunicipalities: string[];
  /** Every round's status, newest first. */
  statuses: StatusView[];
  /** The latest change the actor may see: its own fields edited, or a round with its status published. */
  lastUpdated: Date;
}

export interface EnablerView {
  position: number;
  name: LocalizedText;
  measures: Partial<Record<Lang, string[]>>;
  metrics: Partial<Record<Lang, string[]>>;
  /** The latest round's status, as paragraphs per language. */
  status: { round: RoundView; text: Partial<Record<Lang, string[]>> } | null;
}

export interface ActionFilter {
  /** The language whose text `q` is matched against. */
  lang: Lang;
  section?: number;
  year?: number;
  state?: ActionState;
  coFunded?: boolean;
  q?: string;
  /** "YYYY-MM"; default the latest round. */
  round?: string;
}
