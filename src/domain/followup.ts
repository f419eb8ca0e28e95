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

/** The largest report the importer reads: the real ones are about 30 KB. */
export const MAX_FOLLOWUP_BYTES = 5 * 1024 * 1024;

/** How a report's bytes were read as text, and what told it. */
export interface DetectedEncoding {
  name: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  by:
    | 'byte_order_mark'
    | 'valid_utf8'
    /** Bytes that are UTF-8 but for a few invalid ones, each a problem on its line. */
    | 'mostly_utf8'
    /** A zero byte beside nearly every ASCII character. */
    | 'zero_byte_pattern'
    /** Not UTF-8, but every byte reads as Windows-1252 text (ä, ö, å, dashes, quotes). */
    | 'windows_1252_text';
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
  | 'invalid_character_reference'
  | 'file_too_large'
  | 'binary_file'
  | 'not_a_followup_report';
