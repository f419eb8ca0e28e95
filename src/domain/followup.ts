/** A follow-up report as read from a file, before it touches the database. */
import type { Lang } from './language.ts';

export type ReportLang = Extract<Lang, 'fi' | 'sv'>;

export interface ParsedRound {
  year: number;
  month: number;
  /** As printed, spacing and month tidied: "Tilanne 09/2022", "Status per 03/2021". */
  label: string;
  /** The language of the label's word ("Tilanne" Finnish, "Status" and "Läge" Swedish). */
  lang: ReportLang;
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

export type TableKind = 'actions' | 'enablers';

/** Why a table was read as it was: codes with parameters, for a person to read in their language. */
export type TableEvidence =
  | { code: 'year_columns'; from: number; to: number }
  | { code: 'round_column'; label: string }
  /** A known header word, in any of its forms: "Käyttötapaus", "Den möjliggörande", "Mätare". */
  | { code: 'header_word'; word: string; lang: ReportLang }
  | { code: 'year_marks'; rows: number }
  | { code: 'html_lists'; rows: number }
  /** A column with a header the importer does not read (1-based). */
  | { code: 'ignored_column'; column: number; header: string };

export interface RecognisedTable {
  /** The line of the table's header row. */
  line: number;
  kind: TableKind;
  evidence: TableEvidence[];
}

export type LanguageEvidence =
  | { code: 'round_word'; word: string; lang: ReportLang }
  | { code: 'header_words'; fi: number; sv: number }
  /** Common Finnish and Swedish words ("ja", "on", "och", "för"…) in names, statuses and enablers. */
  | { code: 'text_words'; fi: number; sv: number };

export interface DetectedLanguage {
  lang: ReportLang;
  /** The text's common words when they clearly lean one way, else the round's word. */
  decidedBy: 'text' | 'round_word';
  evidence: LanguageEvidence[];
}

export interface ParsedFollowup {
  round: ParsedRound;
  /** The year columns of the action tables. */
  years: number[];
  sections: ParsedSection[];
  enablers: ParsedEnablerRow[];
  /** Every table in the order of the file, with how it was recognised. */
  tables: RecognisedTable[];
  language: DetectedLanguage;
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
  /** The table the problem is in, counted from 1 in the order of the file, when it is about a table. */
  table?: number;
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
  | 'not_a_followup_report'
  | 'cell_without_header'
  | 'language_differs';
