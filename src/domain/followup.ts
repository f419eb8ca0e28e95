/** A follow-up report as read from a file, before it touches the database. */
import type { Lang } from './language.ts';

export interface ParsedRound {
  year: number;
  month: number;
  /** As printed: "Tilanne 09/2022", "Status 03/2021". */
  label: string;
  lang: Extract<Lang, 'fi' | 'sv'>;
}

export interface ParsedActionRow {
  line: number;
  name: string;
  coFunded: boolean;
  coFundedPart: string | null;
  years: number[];
  statusText: string;
}

export interface ParsedSection {
  position: number;
  line: number;
  actions: ParsedActionRow[];
}

export interface ParsedEnablerRow {
  line: number;
  name: string;
  measures: string[];
  metrics: string[];
  /** Paragraphs of the round's status text. */
  status: string[];
}

export interface ParsedFollowup {
  round: ParsedRound;
  /** The year columns of the action tables. */
  years: number[];
  sections: ParsedSection[];
  enablers: ParsedEnablerRow[];
}

/**
 * Something wrong in a file, named by its line, with a message key of the `problems` catalog.
 * The detail is text from the file made printable (control characters as visible escapes) and short.
 */
export interface FileProblem {
  line: number;
  code: FileProblemCode;
  detail?: string;
}

export type FileProblemCode =
  | 'no_round_header'
  | 'unknown_header'
  | 'column_count'
  | 'row_outside_table'
  | 'bad_year_mark'
  | 'empty_name'
  | 'duplicate_action'
  | 'mixed_rounds'
  | 'no_actions'
  | 'control_character'
  | 'unreadable_character'
  | 'invalid_character_reference';
