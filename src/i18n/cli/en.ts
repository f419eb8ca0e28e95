import type { Tally } from '../../services/followup-import/summary.ts';
import { MAX_FOLLOWUP_BYTES } from '../../domain/followup.ts';
import type { CliMessages } from './fi.ts';

const tally = (t: Tally) => `${t.created} new, ${t.updated} updated, ${t.unchanged} unchanged`;

export const en: CliMessages = {
  usage: `Usage:
  tiekartta start [--port N] [--data DIR] [--no-demo]
  tiekartta import followup FILE --municipality SLUG --programme SLUG [--lang fi|sv] [--json] [--dry-run]
  tiekartta municipality add --slug porvoo --code 638 --name-fi Porvoo --name-sv Borgå [--name-en Porvoo] --languages fi,sv

Database: DATABASE_URL (a PostgreSQL server) or --data / TIEKARTTA_DATA (embedded, default ./data).`,
  unknownCommand: (command) => `Unknown command: ${command}`,
  missingOption: (option) => `Missing option: --${option}`,
  invalidOption: (option, detail) => `Invalid --${option}: ${detail}`,
  fileNotReadable: (file) => `Cannot read the file: ${file}`,
  unknownMunicipality: (slug) => `There is no municipality "${slug}". Add it: tiekartta municipality add …`,
  municipalityExists: (slug) => `The municipality "${slug}" or its municipality code exists already.`,
  municipalityAdded: (slug) => `Municipality added: ${slug}`,
  translationShapeDiffers: (lang, programme, file) =>
    `The programme's actions have no names in ${lang} yet, so the file's rows are paired with them by position. But its tables have other row counts than the programme's (programme: ${programme}; file: ${file}), so nothing was imported.`,
  fileRejected: (file, count) => `${file}: ${count} problems, nothing was imported:`,
  problem: {
    no_round_header: 'no follow-up round ("Tilanne 09/2022" or "Status 03/2021") found',
    unknown_header:
      'table not recognised: an actions table needs a name column, year columns (such as 2020 2021) and a "Tilanne MM/YYYY" column in its header row; an enablers table the columns enabler, measures, metrics and status',
    column_count: 'wrong number of columns (found/expected)',
    row_outside_table: 'row outside a table',
    bad_year_mark: 'a year column may only hold "x" or nothing',
    empty_name: 'the name is missing',
    duplicate_action: 'the same action is already on line',
    mixed_rounds: 'the file holds different follow-up rounds',
    no_actions: 'the file holds no actions',
    control_character: 'the line holds a control character (such as NUL or ESC) that cannot be stored; it is shown as a backslash code',
    unreadable_character: 'the line holds a character that could not be read (a byte outside the file\'s encoding, or the replacement character �)',
    invalid_character_reference: 'the HTML character reference names no character that can be stored (such as &#0; or &#xD800;)',
    file_too_large: `the file is larger than the ${MAX_FOLLOWUP_BYTES / 1024 / 1024} MB the importer reads at most (the file's size in bytes)`,
    binary_file: 'the file is not text (the type it looks like in brackets); save the report as text, its tables separated by tabs',
    not_a_followup_report:
      'the file is not a follow-up report: the importer reads tab-separated tables whose header row has years and a "Tilanne MM/YYYY" column (example: demo/porvoo-followup-2022-09-fi.txt)',
    cell_without_header: 'the cell has text in a column without a header',
    language_differs: 'the file\'s text is in another language than --lang says (the language found in brackets)',
  },
  recognition: {
    table: { actions: 'actions table', enablers: 'enablers table' },
    tableEvidence: {
      year_columns: ({ from, to }) => `year columns ${from}–${to}`,
      round_column: ({ label }) => `round column "${label}"`,
      header_word: ({ word }) => `header word "${word}"`,
      year_marks: ({ rows }) => `x marks on ${rows} rows`,
      html_lists: ({ rows }) => `HTML lists on ${rows} rows`,
      ignored_column: ({ column, header }) => `column ${column} ("${header}") skipped`,
    },
    language: { fi: 'Finnish', sv: 'Swedish' },
    languageDecidedBy: { text: 'by the words of its text', round_word: 'by the word of its round' },
    languageEvidence: {
      round_word: ({ word }) => `round word "${word}"`,
      header_words: ({ fi, sv }) => `header words: ${fi} Finnish, ${sv} Swedish`,
      text_words: ({ fi, sv }) => `common words in the text: ${fi} Finnish, ${sv} Swedish`,
    },
    encodingBy: {
      byte_order_mark: 'the file starts with a byte order mark (BOM)',
      valid_utf8: 'the file is valid UTF-8',
      mostly_utf8: 'the file is UTF-8 but for a few invalid bytes',
      zero_byte_pattern: 'a zero byte beside nearly every ASCII character (UTF-16)',
      windows_1252_text: 'the file is not UTF-8, but its bytes are Windows-1252 text (ä, ö, å)',
    },
  },
  line: (line) => `line ${line}`,
  summaryTitle: (municipality, programme, round) => `Imported: ${municipality} / ${programme} / ${round}`,
  dryRun: 'Dry run (--dry-run): nothing was saved. This is what the import would change:',
  programmeCreated: 'The programme was created.',
  roundCreated: 'The follow-up round was created.',
  matchedByPosition: 'The file is a translation: its rows were paired with the actions by position and the names added.',
  nothingChanged: 'No changes: the file had been imported already.',
  tallies: {
    sections: (t) => `Sections: ${tally(t)}`,
    actions: (t) => `Actions: ${tally(t)}`,
    statuses: (t) => `Statuses: ${tally(t)}`,
    enablers: (t) => `Enablers: ${tally(t)}`,
  },
  warningsTitle: (count) => `Warnings: ${count}`,
  warning: {
    new_action_in_later_round: 'the row matched no earlier action; added as new',
    action_missing_from_round: 'the action is missing from this round',
  },
  demoLoaded: (actions, round) => `Empty database: loaded the demo (Porvoo's digital programme 2020–2023, ${actions} actions, ${round}).`,
  portInUse: (port) => `Port ${port} is in use already. Choose another: PORT=3001 npm start, or --port 3001.`,
  listening: (url) => `Tiekartta is running: ${url}`,
  databaseAt: (where) => `Database: ${where}`,
};
