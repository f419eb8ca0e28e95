/** What an import did, for the person who ran it. */
import type { Lang, LocalizedText } from '../../domain/language.ts';
import type { ProposalRow } from './cross-round-pairing.ts';

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
}

export const emptyTally = (): Tally => ({ created: 0, updated: 0, unchanged: 0 });

export type ImportWarningCode = 'new_action_in_later_round' | 'action_missing_from_round' | 'possible_pair_not_taken';

export interface ImportWarning {
  /** The line in the file, or null when the warning is about what the file lacks. */
  line: number | null;
  code: ImportWarningCode;
  action: string;
  /** For a possible pair left out by --accept-confident: the action the proposal thought of. */
  ref?: string;
}

export interface ImportSummary {
  municipality: string;
  programme: { slug: string; created: boolean };
  round: { key: string; label: string; lang: Lang; created: boolean };
  /**
   * How rows were matched with existing actions: by name, by position for a translation of the same
   * shape, or by a pairing (proposed, reviewed or its confident pairs) for a report in a new language.
   */
  matchedBy: 'name' | 'position' | 'pairing';
  /** The pairing proposed for review (`--pairing`): nothing was imported. */
  proposal?: ProposalRow[];
  /** With a proposal: the programme's actions, for a person changing a pair. */
  proposalActions?: { ref: string; name: LocalizedText }[];
  /**
   * Actions whose name in the report's language was taken from this report of another round than
   * their other names: the wording of that round, not a translation of the current name.
   */
  namesFromOtherRound: { ref: string; name: string }[];
  /** True when nothing was written: the summary says what the import would do. */
  dryRun: boolean;
  sections: Tally;
  actions: Tally;
  statuses: Tally;
  enablers: Tally;
  warnings: ImportWarning[];
  changed: boolean;
}

/** A report in a new language whose tables differ from the programme's: its rows cannot be paired. */
export class TranslationShapeError extends Error {
  constructor(readonly lang: Lang, readonly programmeShape: number[], readonly fileShape: number[]) {
    super(`The ${lang} report's tables (${fileShape.join(', ')}) differ from the programme's (${programmeShape.join(', ')})`);
  }
}

/** The report's round is open in the workspace: importing into it would overwrite what owners are writing. */
export class RoundIsOpenError extends Error {
  constructor(readonly round: string) {
    super(`The round ${round} is open in the workspace`);
  }
}
