import {
  MAX_FOLLOWUP_BYTES,
  type DetectedEncoding,
  type DetectedLanguage,
  type FileProblemCode,
  type LanguageEvidence,
  type ReportLang,
  type TableEvidence,
  type TableKind,
} from '../../domain/followup.ts';
import type { ImportWarningCode, Tally } from '../../services/followup-import/summary.ts';
import { backupMessages } from './backup.ts';
import { pairingMessages } from './pairing.ts';

/** A message for each code of an evidence type, given that evidence's parameters. */
type EvidenceMessages<E extends { code: string }> = { [C in E['code']]: (evidence: Extract<E, { code: C }>) => string };

const tally = (t: Tally) => `${t.created} uutta, ${t.updated} päivitetty, ${t.unchanged} ennallaan`;

/** Texts of the command line. Finnish defines the type; Swedish and English must match it. */
export const fi = {
  usage: `Käyttö:
  tiekartta start [--port N] [--data KANSIO] [--no-demo]
  tiekartta import followup TIEDOSTO --municipality KUNTA --programme OHJELMA [--lang fi|sv] [--json] [--dry-run] [--pairing EHDOTUS.json | --accept EHDOTUS.json | --accept-confident]
  tiekartta import catalog TIEDOSTO [--json] [--dry-run]
  tiekartta report followup --municipality KUNTA --programme OHJELMA --round VVVV-KK --lang fi|sv|en --format docx|pdf|xlsx|csv|html [-o TIEDOSTO]
  tiekartta municipality add --slug porvoo --code 638 --name-fi Porvoo --name-sv Borgå [--name-en Porvoo] --languages fi,sv
  tiekartta backup TIEDOSTO [--force]
  tiekartta restore TIEDOSTO [--force]

Tietokanta: DATABASE_URL (PostgreSQL-palvelin) tai --data / TIEKARTTA_DATA (upotettu, oletus ./data).`,
  unknownCommand: (command: string) => `Tuntematon komento: ${command}`,
  missingOption: (option: string) => `Puuttuva valinta: --${option}`,
  invalidOption: (option: string, detail: string) => `Virheellinen --${option}: ${detail}`,
  fileNotReadable: (file: string) => `Tiedostoa ei voi lukea: ${file}`,
  unknownMunicipality: (slug: string) => `Kuntaa "${slug}" ei ole. Lisää se: tiekartta municipality add …`,
  municipalityExists: (slug: string) => `Kunta "${slug}" tai sen kuntanumero on jo olemassa.`,
  municipalityAdded: (slug: string) => `Kunta lisätty: ${slug}`,
  translationShapeDiffers: (lang: string, programme: string, file: string) =>
    `Ohjelman toimenpiteillä ei vielä ole nimiä kielellä ${lang}, joten tiedoston rivit yhdistetään toimenpiteisiin järjestyksen perusteella. Taulukoiden rivimäärät eroavat kuitenkin ohjelman taulukoista (ohjelma: ${programme}; tiedosto: ${file}), joten mitään ei tuotu. Jos raportti on myös toista kierrosta, käytä paritusta: --pairing EHDOTUS.json (ehdotus tarkistettavaksi) tai --accept-confident.`,
  fileRejected: (file: string, count: number) => `${file}: ${count} ongelmaa, mitään ei tuotu:`,
  problem: {
    no_round_header: 'seurantakierrosta ("Tilanne 09/2022" tai "Status 03/2021") ei löydy',
    unknown_header:
      'taulukkoa ei tunnistettu: toimenpidetaulukon otsikkorivillä odotetaan nimisarake, vuosisarakkeet (esim. 2020 2021) ja sarake "Tilanne KK/VVVV"; mahdollistajataulukossa sarakkeet mahdollistaja, toimenpiteet, mittarit ja tilanne',
    column_count: 'väärä sarakemäärä (löytyi/odotettiin)',
    row_outside_table: 'rivi taulukon ulkopuolella',
    bad_year_mark: 'vuosisarakkeessa saa olla vain "x" tai tyhjä',
    empty_name: 'nimi puuttuu',
    duplicate_action: 'sama toimenpide on jo rivillä',
    mixed_rounds: 'tiedostossa on eri seurantakierroksia',
    no_actions: 'tiedostossa ei ole yhtään toimenpidettä',
    control_character: 'rivillä on ohjausmerkki (esim. NUL tai ESC), jota ei voi tallentaa; merkki näkyy kenoviivakoodina',
    unreadable_character: 'rivillä on merkki, jota ei voitu lukea (tavu, joka ei kuulu tiedoston merkistöön, tai korvausmerkki �)',
    invalid_character_reference: 'HTML-merkkiviittaus ei tarkoita tallennettavaa merkkiä (esim. &#0; tai &#xD800;)',
    file_too_large: `tiedosto on liian suuri: tuoja lukee enintään ${MAX_FOLLOWUP_BYTES / 1024 / 1024} Mt (tiedoston koko tavuina)`,
    binary_file: 'tiedosto ei ole tekstiä (tunnistettu tyyppi suluissa); tallenna raportti tekstinä, taulukot sarkaimin erotettuina',
    not_a_followup_report:
      'tiedosto ei ole seurantaraportti: tuoja lukee sarkaimin erotettuja taulukoita, joiden otsikkorivillä on vuodet ja sarake "Tilanne KK/VVVV" (esimerkki: demo/porvoo-followup-2022-09-fi.txt)',
    cell_without_header: 'solussa on tekstiä sarakkeessa, jolla ei ole otsikkoa',
    language_differs: 'tiedoston teksti on eri kieltä kuin --lang kertoo (tunnistettu kieli suluissa)',
  } satisfies Record<FileProblemCode, string>,
  recognition: {
    table: { actions: 'toimenpidetaulukko', enablers: 'mahdollistajataulukko' } satisfies Record<TableKind, string>,
    tableEvidence: {
      year_columns: ({ from, to }) => `vuosisarakkeet ${from}–${to}`,
      round_column: ({ label }) => `seurantasarake "${label}"`,
      header_word: ({ word }) => `otsikon sana "${word}"`,
      year_marks: ({ rows }) => `x-merkintöjä ${rows} rivillä`,
      html_lists: ({ rows }) => `HTML-listoja ${rows} rivillä`,
      ignored_column: ({ column, header }) => `sarake ${column} ("${header}") ohitettiin`,
    } satisfies EvidenceMessages<TableEvidence>,
    language: { fi: 'suomi', sv: 'ruotsi' } satisfies Record<ReportLang, string>,
    languageDecidedBy: { text: 'tekstin sanoista', round_word: 'seurantakierroksen sanasta' } satisfies Record<DetectedLanguage['decidedBy'], string>,
    languageEvidence: {
      round_word: ({ word }) => `seurantakierroksen sana "${word}"`,
      header_words: ({ fi, sv }) => `otsikoiden sanoja: ${fi} suomeksi, ${sv} ruotsiksi`,
      text_words: ({ fi, sv }) => `yleisiä sanoja tekstissä: ${fi} suomeksi, ${sv} ruotsiksi`,
    } satisfies EvidenceMessages<LanguageEvidence>,
    encodingBy: {
      byte_order_mark: 'tiedoston alussa on tavujärjestysmerkki (BOM)',
      valid_utf8: 'tiedosto on kelvollista UTF-8:aa',
      mostly_utf8: 'tiedosto on UTF-8:aa muutamaa virheellistä tavua lukuun ottamatta',
      zero_byte_pattern: 'lähes jokaisen ASCII-merkin vieressä on nollatavu (UTF-16)',
      windows_1252_text: 'tiedosto ei ole UTF-8:aa, mutta sen tavut ovat Windows-1252-tekstiä (ä, ö, å)',
    } satisfies Record<DetectedEncoding['by'], string>,
  },
  tableN: (table: number) => `taulukko ${table}`,
  line: (line: number) => `rivi ${line}`,
  summaryTitle: (municipality: string, programme: string, round: string) => `Tuotu: ${municipality} / ${programme} / ${round}`,
  dryRun: 'Kokeilu (--dry-run): mitään ei tallennettu. Näin tuonti muuttaisi tietoja:',
  programmeCreated: 'Ohjelma luotiin.',
  roundCreated: 'Seurantakierros luotiin.',
  matchedByPosition: 'Tiedosto on käännös: rivit yhdistettiin toimenpiteisiin järjestyksen perusteella ja nimet lisättiin.',
  nothingChanged: 'Ei muutoksia: tiedosto oli jo tuotu.',
  tallies: {
    sections: (t: Tally) => `Osiot: ${tally(t)}`,
    actions: (t: Tally) => `Toimenpiteet: ${tally(t)}`,
    statuses: (t: Tally) => `Tilannetiedot: ${tally(t)}`,
    enablers: (t: Tally) => `Mahdollistajat: ${tally(t)}`,
  },
  warningsTitle: (count: number) => `Huomautuksia: ${count}`,
  warning: {
    new_action_in_later_round: 'rivi ei vastannut mitään aiempaa toimenpidettä; lisättiin uutena',
    action_missing_from_round: 'toimenpide puuttuu tältä kierrokselta',
    possible_pair_not_taken: 'vain mahdollinen pari (ehdotettu toimenpide suluissa); tuotiin uutena, tarkista',
  } satisfies Record<ImportWarningCode, string>,
  demoLoaded: (actions: number, round: string) => `Tyhjä tietokanta: ladattiin esimerkkiaineisto (Porvoon digiohjelma 2020–2023, ${actions} toimenpidettä, ${round}).`,
  demoSecretKey: (file: string, created: boolean) => `${created ? 'Esimerkille tehtiin salausavain' : 'Esimerkki käyttää salausavainta'} tiedostossa ${file} (vain sinun luettavissasi), jotta kertakirjautumisen voi ottaa käyttöön. Oman avaimen voi antaa muuttujassa TIEKARTTA_SECRET_KEY.`,
  totpSecretsSealed: (count: number) => `Salattiin ${count} kaksivaiheisen tunnistautumisen salaisuutta, jotka oli tallennettu salaamatta.`,
  portInUse: (port: number) => `Portti ${port} on jo käytössä. Valitse toinen: PORT=3001 npm start tai --port 3001.`,
  listening: (url: string) => `Tiekartta käynnissä: ${url}`,
  databaseAt: (where: string) => `Tietokanta: ${where}`,
  waitingForDataFolder: (pid: number, purpose: string) =>
    `Datakansio on toisen komennon käytössä (prosessi ${pid}: ${purpose}); odotetaan, että se valmistuu…`,
  tookOverStaleLock: (pid: number) => `Datakansion lukitus jäi päättyneeltä prosessilta ${pid}; se otettiin haltuun.`,
  dataFolderBusy: (pid: number, purpose: string) =>
    `Datakansio on yhä prosessin ${pid} (${purpose}) käytössä. Mitään ei tehty; yritä uudelleen, kun se on valmis.`,
  serverUnreachable: (pid: number) =>
    `Datakansiota käyttää palvelin (prosessi ${pid}), mutta se ei vastaa. Mitään ei tehty. Pysäytä palvelin tai odota, että se käynnistyy.`,
  serverFailed: (pid: number, status: number) => `Palvelin (prosessi ${pid}) ei voinut tehdä työtä (HTTP ${status}); katso sen loki. Mitään ei tehty.`,
  alreadyServed: (pid: number) => `Tätä datakansiota palvelee jo toinen Tiekartta (prosessi ${pid}). Pysäytä se tai valitse toinen kansio: --data KANSIO.`,
  sentToServer: (pid: number) => `Työ tehtiin käynnissä olevassa palvelimessa (prosessi ${pid}).`,
  notFound: (entity: string, key: string) => `Ei löydy (${entity}): "${key}"`,
  forbidden: (permission: string) => `Ei oikeutta: ${permission}`,
  expected: {
    slug: 'pienaakkosia, numeroita ja viivoja, 2–40 merkkiä, esim. porvoo',
    code: 'kolme numeroa, esim. 638',
    languages: 'pilkuin eroteltuna fi, sv ja/tai en, esim. fi,sv',
    name: 'nimi jokaisella kunnan kielellä',
    programme: 'pienaakkosia, numeroita ja viivoja, 2–40 merkkiä, esim. digi-2020-2023',
    email: 'sähköpostiosoite, esim. etunimi.sukunimi@porvoo.fi',
    personName: 'henkilön nimi, esim. "Kaisa Koordinaattori"',
    lang: 'fi, sv tai en',
    role: (roles: string) => `yksi rooleista ${roles}`,
  },
  invalidWithExpected: (option: string, given: string, expected: string) => `Virheellinen --${option} "${given}": odotettiin ${expected}`,
  missingWithExpected: (option: string, expected: string) => `Puuttuva valinta --${option}: ${expected}`,
  userAdded: (email: string, role: string) => `Henkilö lisätty: ${email} (${role})`,
  roleGranted: (email: string, role: string) => `Henkilölle ${email} annettiin rooli ${role}.`,
  setPasswordLink: (url: string) => `Kertakäyttöinen linkki salasanan asettamiseen (voimassa 7 päivää):\n  ${url}`,
  demoPeople: 'Esimerkkikäyttäjät (salasanat näytetään vain nyt):',
  demoPerson: (role: string, email: string, password: string) => `  ${role}: ${email} / ${password}`,
  signInAt: (url: string) => `Kirjaudu työtilaan: ${url}`,
  stopping: 'Pysäytetään: uusia pyyntöjä ei oteta vastaan, kesken olevat viedään loppuun…',
  backup: backupMessages.fi,
  pairing: pairingMessages.fi,
};

export type CliMessages = typeof fi;
