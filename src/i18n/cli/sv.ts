import type { Tally } from '../../services/followup-import/summary.ts';
import { MAX_FOLLOWUP_BYTES } from '../../domain/followup.ts';
import type { CliMessages } from './fi.ts';
import { backupMessages } from './backup.ts';
import { pairingMessages } from './pairing.ts';

const tally = (t: Tally) => `${t.created} nya, ${t.updated} uppdaterade, ${t.unchanged} oförändrade`;

export const sv: CliMessages = {
  usage: `Användning:
  tiekartta start [--port N] [--data MAPP] [--no-demo]
  tiekartta import followup FIL --municipality KOMMUN --programme PROGRAM [--lang fi|sv] [--json] [--dry-run] [--pairing FÖRSLAG.json | --accept FÖRSLAG.json | --accept-confident]
  tiekartta import catalog FIL [--json] [--dry-run]
  tiekartta report followup --municipality KOMMUN --programme PROGRAM --round ÅÅÅÅ-MM --lang fi|sv|en --format docx|pdf|xlsx|csv|html [-o FIL]
  tiekartta municipality add --slug porvoo --code 638 --name-fi Porvoo --name-sv Borgå [--name-en Porvoo] --languages fi,sv
  tiekartta backup FIL [--force]
  tiekartta restore FIL [--force]

Databas: DATABASE_URL (PostgreSQL-server) eller --data / TIEKARTTA_DATA (inbäddad, standard ./data).`,
  unknownCommand: (command) => `Okänt kommando: ${command}`,
  missingOption: (option) => `Alternativ saknas: --${option}`,
  invalidOption: (option, detail) => `Ogiltigt --${option}: ${detail}`,
  fileNotReadable: (file) => `Filen kan inte läsas: ${file}`,
  unknownMunicipality: (slug) => `Kommunen "${slug}" finns inte. Lägg till den: tiekartta municipality add …`,
  municipalityExists: (slug) => `Kommunen "${slug}" eller dess kommunnummer finns redan.`,
  municipalityAdded: (slug) => `Kommunen har lagts till: ${slug}`,
  translationShapeDiffers: (lang, programme, file) =>
    `Programmets åtgärder har ännu inga namn på språket ${lang}, så filens rader paras ihop med åtgärderna enligt ordningen. Tabellernas radantal skiljer sig dock från programmets tabeller (programmet: ${programme}; filen: ${file}), så ingenting importerades. Om rapporten också är av en annan omgång, använd parning: --pairing FÖRSLAG.json (ett förslag att granska) eller --accept-confident.`,
  fileRejected: (file, count) => `${file}: ${count} problem, ingenting importerades:`,
  problem: {
    no_round_header: 'uppföljningsomgången ("Tilanne 09/2022" eller "Status 03/2021") saknas',
    unknown_header:
      'tabellen kunde inte identifieras: en tabell över åtgärder ska i rubrikraden ha en namnkolumn, årskolumner (t.ex. 2020 2021) och kolumnen "Status MM/ÅÅÅÅ", en tabell över möjliggörare kolumnerna möjliggörare, åtgärder, mätare och status',
    column_count: 'fel antal kolumner (hittade/väntade)',
    row_outside_table: 'rad utanför en tabell',
    bad_year_mark: 'en årskolumn får bara innehålla "x" eller vara tom',
    empty_name: 'namnet saknas',
    duplicate_action: 'samma åtgärd finns redan på rad',
    mixed_rounds: 'filen innehåller olika uppföljningsomgångar',
    no_actions: 'filen innehåller inga åtgärder',
    control_character: 'raden innehåller ett styrtecken (t.ex. NUL eller ESC) som inte kan sparas; tecknet visas som kod med omvänt snedstreck',
    unreadable_character: 'raden innehåller ett tecken som inte kunde läsas (en byte som inte hör till filens teckenkodning, eller ersättningstecknet �)',
    invalid_character_reference: 'HTML-teckenreferensen anger inget tecken som kan sparas (t.ex. &#0; eller &#xD800;)',
    file_too_large: `filen är större än de ${MAX_FOLLOWUP_BYTES / 1024 / 1024} MB som importen högst läser (filens storlek i byte)`,
    binary_file: 'filen är inte text (den identifierade typen inom parentes); spara rapporten som text med tabbavgränsade tabeller',
    not_a_followup_report:
      'filen är ingen uppföljningsrapport: importen läser tabbavgränsade tabeller vars rubrikrad har år och kolumnen "Status MM/ÅÅÅÅ" (exempel: demo/porvoo-followup-2022-09-fi.txt)',
    cell_without_header: 'cellen har text i en kolumn som saknar rubrik',
    language_differs: 'filens text är på ett annat språk än --lang anger (det identifierade språket inom parentes)',
  },
  recognition: {
    table: { actions: 'tabell över åtgärder', enablers: 'tabell över möjliggörare' },
    tableEvidence: {
      year_columns: ({ from, to }) => `årskolumner ${from}–${to}`,
      round_column: ({ label }) => `uppföljningskolumn "${label}"`,
      header_word: ({ word }) => `rubrikordet "${word}"`,
      year_marks: ({ rows }) => `x-markeringar på ${rows} rader`,
      html_lists: ({ rows }) => `HTML-listor på ${rows} rader`,
      ignored_column: ({ column, header }) => `kolumn ${column} ("${header}") hoppades över`,
    },
    language: { fi: 'finska', sv: 'svenska' },
    languageDecidedBy: { text: 'enligt textens ord', round_word: 'enligt uppföljningsomgångens ord' },
    languageEvidence: {
      round_word: ({ word }) => `uppföljningsomgångens ord "${word}"`,
      header_words: ({ fi, sv }) => `rubrikord: ${fi} på finska, ${sv} på svenska`,
      text_words: ({ fi, sv }) => `vanliga ord i texten: ${fi} på finska, ${sv} på svenska`,
    },
    encodingBy: {
      byte_order_mark: 'filen börjar med en byteordningsmarkering (BOM)',
      valid_utf8: 'filen är giltig UTF-8',
      mostly_utf8: 'filen är UTF-8 så när som på några ogiltiga byte',
      zero_byte_pattern: 'nästan varje ASCII-tecken har en nollbyte bredvid sig (UTF-16)',
      windows_1252_text: 'filen är inte UTF-8, men dess byte är Windows-1252-text (ä, ö, å)',
    },
  },
  tableN: (table) => `tabell ${table}`,
  line: (line) => `rad ${line}`,
  summaryTitle: (municipality, programme, round) => `Importerat: ${municipality} / ${programme} / ${round}`,
  dryRun: 'Provkörning (--dry-run): ingenting sparades. Så här skulle importen ändra uppgifterna:',
  programmeCreated: 'Programmet skapades.',
  roundCreated: 'Uppföljningsomgången skapades.',
  matchedByPosition: 'Filen är en översättning: raderna parades ihop med åtgärderna enligt ordningen och namnen lades till.',
  nothingChanged: 'Inga ändringar: filen var redan importerad.',
  tallies: {
    sections: (t) => `Avsnitt: ${tally(t)}`,
    actions: (t) => `Åtgärder: ${tally(t)}`,
    statuses: (t) => `Statusuppgifter: ${tally(t)}`,
    enablers: (t) => `Möjliggörare: ${tally(t)}`,
  },
  warningsTitle: (count) => `Anmärkningar: ${count}`,
  warning: {
    new_action_in_later_round: 'raden motsvarade ingen tidigare åtgärd; lades till som ny',
    action_missing_from_round: 'åtgärden saknas i denna omgång',
    possible_pair_not_taken: 'bara ett möjligt par (den föreslagna åtgärden inom parentes); importerades som ny, granska',
  },
  demoLoaded: (actions, round) => `Tom databas: exempeldata laddades (Borgå digitala program 2020–2023, ${actions} åtgärder, ${round}).`,
  demoSecretKey: (file, created) => `${created ? 'En krypteringsnyckel skapades för exemplet' : 'Exemplet använder krypteringsnyckeln'} i filen ${file} (läsbar bara för dig), så att enkel inloggning kan tas i bruk. En egen nyckel kan anges i variabeln TIEKARTTA_SECRET_KEY.`,
  totpSecretsSealed: (count) => `${count} hemligheter för tvåstegsverifiering som sparats okrypterade krypterades.`,
  portInUse: (port) => `Porten ${port} används redan. Välj en annan: PORT=3001 npm start eller --port 3001.`,
  listening: (url) => `Tiekartta körs: ${url}`,
  databaseAt: (where) => `Databas: ${where}`,
  waitingForDataFolder: (pid, purpose) =>
    `Datamappen används av ett annat kommando (process ${pid}: ${purpose}); väntar tills det är klart…`,
  tookOverStaleLock: (pid) => `Datamappens lås var kvar efter den avslutade processen ${pid}; det togs över.`,
  dataFolderBusy: (pid, purpose) =>
    `Datamappen används fortfarande av process ${pid} (${purpose}). Ingenting gjordes; försök igen när den är klar.`,
  serverUnreachable: (pid) =>
    `Datamappen används av en server (process ${pid}), men den svarar inte. Ingenting gjordes. Stoppa servern eller vänta tills den har startat.`,
  serverFailed: (pid, status) => `Servern (process ${pid}) kunde inte utföra arbetet (HTTP ${status}); se dess logg. Ingenting gjordes.`,
  alreadyServed: (pid) => `Den här datamappen betjänas redan av en annan Tiekartta (process ${pid}). Stoppa den eller välj en annan mapp: --data MAPP.`,
  sentToServer: (pid) => `Arbetet utfördes i den server som körs (process ${pid}).`,
  notFound: (entity, key) => `Hittades inte (${entity}): "${key}"`,
  forbidden: (permission) => `Ingen behörighet: ${permission}`,
  expected: {
    slug: 'små bokstäver, siffror och bindestreck, 2–40 tecken, t.ex. porvoo',
    code: 'tre siffror, t.ex. 638',
    languages: 'fi, sv och/eller en åtskilda med kommatecken, t.ex. fi,sv',
    name: 'ett namn på vart och ett av kommunens språk',
    programme: 'små bokstäver, siffror och bindestreck, 2–40 tecken, t.ex. digi-2020-2023',
    email: 'en e-postadress, t.ex. fornamn.efternamn@porvoo.fi',
    personName: 'personens namn, t.ex. "Kaisa Koordinaattori"',
    lang: 'fi, sv eller en',
    role: (roles) => `en av rollerna ${roles}`,
  },
  invalidWithExpected: (option, given, expected) => `Ogiltigt --${option} "${given}": väntade ${expected}`,
  missingWithExpected: (option, expected) => `Alternativ saknas --${option}: ${expected}`,
  userAdded: (email, role) => `Personen har lagts till: ${email} (${role})`,
  roleGranted: (email, role) => `${email} fick rollen ${role}.`,
  setPasswordLink: (url) => `Engångslänk för att välja lösenord (giltig i 7 dagar):\n  ${url}`,
  demoPeople: 'Exempelanvändare (lösenorden visas bara nu):',
  demoPerson: (role, email, password) => `  ${role}: ${email} / ${password}`,
  signInAt: (url) => `Logga in på arbetsytan: ${url}`,
  stopping: 'Stoppar: nya förfrågningar tas inte emot, pågående slutförs…',
  backup: backupMessages.sv,
  pairing: pairingMessages.sv,
};
