import type { Tally } from '../../services/followup-import/summary.ts';
import { MAX_FOLLOWUP_BYTES } from '../../domain/followup.ts';
import type { CliMessages } from './fi.ts';
import { backupMessages } from './backup.ts';
import { pairingMessages } from './pairing.ts';

const tally = (t: Tally) => `${t.created} new, ${t.updated} updated, ${t.unchanged} unchanged`;

export const en: CliMessages = {
  usage: `Usage:
  tiekartta start [--port N] [--data DIR] [--no-demo]
  tiekartta import followup FILE --municipality SLUG --programme SLUG [--lang fi|sv] [--json] [--dry-run] [--pairing PROPOSAL.json | --accept PROPOSAL.json | --accept-confident]
  tiekartta import catalog FILE [--json] [--dry-run]
  tiekartta report followup --municipality SLUG --programme SLUG --round YYYY-MM --lang fi|sv|en --format docx|pdf|xlsx|csv|html [-o FILE]
  tiekartta municipality add --slug porvoo --code 638 --name-fi Porvoo --name-sv Borgå [--name-en Porvoo] --languages fi,sv
  tiekartta backup FILE [--force]
  tiekartta restore FILE [--force]

Database: DATABASE_URL (a PostgreSQL server) or --data / TIEKARTTA_DATA (embedded, default ./data).`,
  unknownCommand: (command) => `Unknown command: ${command}`,
  missingOption: (option) => `Missing option: --${option}`,
  invalidOption: (option, detail) => `Invalid --${option}: ${detail}`,
  fileNotReadable: (file) => `Cannot read the file: ${file}`,
  unknownMunicipality: (slug) => `There is no municipality "${slug}". Add it: tiekartta municipality add …`,
  municipalityExists: (slug) => `The municipality "${slug}" or its municipality code exists already.`,
  municipalityAdded: (slug) => `Municipality added: ${slug}`,
  translationShapeDiffers: (lang, programme, file) =>
    `The programme's actions have no names in ${lang} yet, so the file's rows are paired with them by position. But its tables have other row counts than the programme's (programme: ${programme}; file: ${file}), so nothing was imported. If the report is of another round too, pair it: --pairing PROPOSAL.json (a proposal to review) or --accept-confident.`,
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
  tableN: (table) => `table ${table}`,
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
    possible_pair_not_taken: 'only a possible pair (the proposed action in brackets); imported as new, review it',
  },
  demoLoaded: (actions, round) => `Empty database: loaded the demo (Porvoo's digital programme 2020–2023, ${actions} actions, ${round}).`,
  demoSecretKey: (file, created) => `${created ? 'Made a secret key for the demo' : 'The demo uses the secret key'} in ${file} (readable only by you), so that single sign-on can be set up. Set TIEKARTTA_SECRET_KEY to use a key of your own.`,
  totpSecretsSealed: (count) => `Sealed ${count} second-factor secrets that were stored unencrypted.`,
  portInUse: (port) => `Port ${port} is in use already. Choose another: PORT=3001 npm start, or --port 3001.`,
  listening: (url) => `Tiekartta is running: ${url}`,
  databaseAt: (where) => `Database: ${where}`,
  waitingForDataFolder: (pid, purpose) => `The data folder is in use by another command (process ${pid}: ${purpose}); waiting for it to finish…`,
  tookOverStaleLock: (pid) => `The data folder's lock was left by process ${pid}, which has ended; it was taken over.`,
  dataFolderBusy: (pid, purpose) => `The data folder is still in use by process ${pid} (${purpose}). Nothing was done; try again when it has finished.`,
  serverUnreachable: (pid) =>
    `A server (process ${pid}) holds the data folder but does not answer. Nothing was done. Stop the server, or wait until it has started.`,
  serverFailed: (pid, status) => `The server (process ${pid}) could not do the work (HTTP ${status}); see its log. Nothing was done.`,
  alreadyServed: (pid) => `Another Tiekartta (process ${pid}) serves this data folder already. Stop it or choose another folder: --data DIR.`,
  sentToServer: (pid) => `The work was done by the running server (process ${pid}).`,
  notFound: (entity, key) => `Not found (${entity}): "${key}"`,
  forbidden: (permission) => `Not permitted: ${permission}`,
  expected: {
    slug: 'lower-case letters, digits and hyphens, 2–40 characters, e.g. porvoo',
    code: 'three digits, e.g. 638',
    languages: 'fi, sv and/or en separated by commas, e.g. fi,sv',
    name: "a name in each of the municipality's languages",
    programme: 'lower-case letters, digits and hyphens, 2–40 characters, e.g. digi-2020-2023',
    email: 'an e-mail address, e.g. first.last@porvoo.fi',
    personName: 'the person\'s name, e.g. "Kaisa Koordinaattori"',
    lang: 'fi, sv or en',
    role: (roles) => `one of the roles ${roles}`,
  },
  invalidWithExpected: (option, given, expected) => `Invalid --${option} "${given}": expected ${expected}`,
  missingWithExpected: (option, expected) => `Missing option --${option}: ${expected}`,
  userAdded: (email, role) => `Person added: ${email} (${role})`,
  roleGranted: (email, role) => `${email} was given the role ${role}.`,
  setPasswordLink: (url) => `One-time link to set the password (valid for 7 days):\n  ${url}`,
  demoPeople: 'Demo users (the passwords are shown only now):',
  demoPerson: (role, email, password) => `  ${role}: ${email} / ${password}`,
  signInAt: (url) => `Sign in to the workspace: ${url}`,
  stopping: 'Stopping: no new requests are accepted, those under way are finished…',
  backup: backupMessages.en,
  pairing: pairingMessages.en,
};
