/** What the round use-cases return to the workspace. */
import type { ActionState, TrafficLight } from '../../domain/action.ts';
import type { Lang, LocalizedText } from '../../domain/language.ts';
import type { RoundStatus } from '../../domain/round.ts';

export interface WorkspaceRound {
  id: string;
  /** "YYYY-MM". */
  key: string;
  programme: { slug: string; name: LocalizedText; periodStart: number; periodEnd: number };
  label: LocalizedText;
  lang: Lang;
  status: RoundStatus;
  deadline: string | null;
  requiredLanguages: Lang[];
  openedAt: Date | null;
  closedAt: Date | null;
  version: number;
  /** Entries in the round, and how many of them someone has saved. */
  entryCount: number;
  updatedCount: number;
}

/** One action's entry in a round, with what the round before it said. */
export interface RoundEntry {
  ref: string;
  name: LocalizedText;
  sectionPosition: number;
  sector: LocalizedText;
  /** The owner's account (id), or only a name for someone without one. */
  ownerUserId: string | null;
  ownerName: string | null;
  text: LocalizedText;
  state: ActionState;
  stateInferred: boolean;
  trafficLight: TrafficLight | null;
  /** Null until someone saves the entry: a missing update. */
  updatedAt: Date | null;
  version: number;
  /** Required languages the saved text lacks. */
  missingLanguages: Lang[];
  previous: { key: string; label: LocalizedText; text: LocalizedText; state: ActionState; trafficLight: TrafficLight | null } | null;
}
