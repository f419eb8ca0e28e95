/**
 * The follow-up reports' texts (every format, the download links, the `report` command). Finnish
 * defines the type; Swedish and English must match it. The names of states, traffic lights, sections
 * and programmes are the site's, so a report and the site call things the same.
 */
import type { ActionState, TrafficLight } from '../../domain/action.ts';
import type { Lang } from '../../domain/language.ts';
import type { StateChange } from '../../services/reports/followup-report.ts';
import { siteMessages } from '../site/index.ts';
import { formatNumber, LOCALES } from '../site/format.ts';

const mm = (month: number) => String(month).padStart(2, '0');

/** "23. marraskuuta 2026", "23 november 2026": Intl in Finland's Finnish and Swedish. */
function longDate(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'Europe/Helsinki' }).format(date);
}

function messages(lang: Lang) {
  const site = siteMessages(lang);
  return {
    lang,
    locale: LOCALES[lang],
    states: site.states as Record<ActionState, string>,
    trafficLights: site.trafficLights as Record<TrafficLight, string>,
    sectionN: site.sectionN,
    programmeName: site.programmeName,
    untranslated: site.untranslated,
    number: (value: number) => formatNumber(lang, value),
    date: (value: Date) => longDate(lang, value),
  };
}

const fi = {
  ...messages('fi'),
  /** As the printed reports title their status column. */
  roundLabel: (year: number, month: number) => `Tilanne ${mm(month)}/${year}`,
  report: 'Seurantaraportti',
  generated: (date: string) => `Laadittu ${date}`,
  openRound: 'Keskeneräinen seurantakierros: tietoja ei ole julkaistu.',
  summary: 'Yhteenveto',
  summaryCaption: 'Toimenpiteiden määrä tiloittain',
  actionCount: (count: string) => `Toimenpiteitä yhteensä: ${count}`,
  stateColumn: 'Tila',
  countColumn: 'Lukumäärä',
  previousColumn: (label: string) => `Edellinen (${label})`,
  differenceColumn: 'Muutos',
  total: 'Yhteensä',
  changes: (changed: string, added: string, dropped: string, previous: string) =>
    `Edelliseen seurantaan (${previous}) verrattuna: tila muuttunut ${changed}, uusia ${added}, pois jääneitä ${dropped}.`,
  firstRound: 'Ohjelman ensimmäinen seurantakierros: aiempaa vertailukohtaa ei ole.',
  lights: 'Liikennevalot',
  noLights: 'Tällä seurantakierroksella ei ole liikennevaloja.',
  refColumn: 'Tunnus',
  actionColumn: 'Toimenpide',
  sectionColumn: 'Osio',
  coFundedColumn: 'Yhteisrahoitus',
  lightColumn: 'Liikennevalo',
  changeColumn: 'Muutos',
  noteColumn: 'Huomautus',
  yes: 'kyllä',
  yearMark: 'x',
  change: { new: 'uusi', changed: 'tila muuttunut' } satisfies Record<Exclude<StateChange, 'unchanged'>, string>,
  changedFrom: (state: string) => `aiemmin: ${state}`,
  inferred: 'päätelty tekstistä',
  coFundedPart: (part: string) => `Yhteisrahoitteinen osa: ${part}`,
  noActions: 'Tällä seurantakierroksella ei ole toimenpiteitä.',
  enablers: 'Mahdollistajat',
  measures: 'Toimenpiteet',
  metrics: 'Mittarit',
  noEnablerStatus: 'Ei tilannetietoa tällä seurantakierroksella.',
  notRecorded: 'Ei kirjattu.',
  notes: 'Huomautukset',
  coFundedNote: '* Yhteisrahoitteinen: toimenpide tai sen osa on saanut valtiovarainministeriön kannustinrahoitusta.',
  inferredNote: (count: string) =>
    `${count} toimenpiteen tila on päätelty tilannetekstistä, eikä kukaan ole vielä vahvistanut sitä (merkitty: päätelty tekstistä).`,
  allInferredNote: 'Toimenpiteiden tilat on päätelty tilanneteksteistä, eikä kukaan ole vielä vahvistanut niitä.',
  untranslatedNote: (count: string) =>
    `${count} tekstiä puuttuu suomeksi: ne on esitetty toisella kielellä ja merkitty sulkeisiin.`,
  allTranslated: 'Kaikki tekstit ovat suomeksi.',
  page: 'Sivu',
  pageOf: '/',
  sheets: { actions: 'Toimenpiteet', enablers: 'Mahdollistajat', summary: 'Yhteenveto' },
  /** The word in the downloaded file's name. */
  fileWord: 'seuranta',
  download: {
    heading: 'Seurantaraportti ladattavana',
    formats: { pdf: 'PDF', docx: 'Word (DOCX)', xlsx: 'Excel (XLSX)', csv: 'CSV', html: 'HTML' },
  },
  pdfUnavailable: 'PDF-raporttia ei voitu tuottaa, koska palvelimelta puuttuu Chromium-selain. Muut muodot ovat saatavilla.',
  cli: {
    written: (file: string, count: string) => `Raportti kirjoitettu: ${file} (${count} toimenpidettä)`,
    notWritable: (file: string) => `Tiedostoon ei voi kirjoittaa: ${file}`,
    chromiumMissing: (path: string) =>
      `PDF:ää ei voi tehdä: Chromium-selainta ei ole polussa ${path}. Asenna Debianin chromium-paketti (apt-get install chromium) tai anna selaimen polku muuttujassa TIEKARTTA_CHROMIUM. Muut muodot eivät tarvitse sitä.`,
    expected: {
      round: 'vuosi ja kuukausi muodossa VVVV-KK, esim. 2022-09',
      lang: 'fi, sv tai en',
      format: 'docx, pdf, xlsx, csv tai html',
    },
  },
};

export type ReportMessages = typeof fi;

const sv: ReportMessages = {
  ...messages('sv'),
  roundLabel: (year, month) => `Status ${mm(month)}/${year}`,
  report: 'Uppföljningsrapport',
  generated: (date) => `Upprättad ${date}`,
  openRound: 'Pågående uppföljningsomgång: uppgifterna har inte publicerats.',
  summary: 'Sammanfattning',
  summaryCaption: 'Antal åtgärder per läge',
  actionCount: (count) => `Åtgärder totalt: ${count}`,
  stateColumn: 'Läge',
  countColumn: 'Antal',
  previousColumn: (label) => `Föregående (${label})`,
  differenceColumn: 'Förändring',
  total: 'Totalt',
  changes: (changed, added, dropped, previous) =>
    `Jämfört med föregående uppföljning (${previous}): läget har ändrats för ${changed}, nya ${added}, utelämnade ${dropped}.`,
  firstRound: 'Programmets första uppföljningsomgång: det finns ingen tidigare jämförelsepunkt.',
  lights: 'Trafikljus',
  noLights: 'Den här uppföljningsomgången har inga trafikljus.',
  refColumn: 'Kod',
  actionColumn: 'Åtgärd',
  sectionColumn: 'Avsnitt',
  coFundedColumn: 'Samfinansiering',
  lightColumn: 'Trafikljus',
  changeColumn: 'Förändring',
  noteColumn: 'Anmärkning',
  yes: 'ja',
  yearMark: 'x',
  change: { new: 'ny', changed: 'läget ändrat' },
  changedFrom: (state) => `tidigare: ${state}`,
  inferred: 'härlett ur texten',
  coFundedPart: (part) => `Samfinansierad del: ${part}`,
  noActions: 'Den här uppföljningsomgången har inga åtgärder.',
  enablers: 'Möjliggörare',
  measures: 'Åtgärder',
  metrics: 'Mätare',
  noEnablerStatus: 'Ingen statusuppgift i den här uppföljningsomgången.',
  notRecorded: 'Inte antecknat.',
  notes: 'Anmärkningar',
  coFundedNote: '* Samfinansierad: åtgärden eller en del av den har fått finansiering från finansministeriets incitamentsprogram.',
  inferredNote: (count) =>
    `Läget för ${count} åtgärder har härletts ur statustexten och har ännu inte bekräftats av någon (markerat: härlett ur texten).`,
  allInferredNote: 'Åtgärdernas lägen har härletts ur statustexterna och har ännu inte bekräftats av någon.',
  untranslatedNote: (count) =>
    `${count} texter saknas på svenska: de visas på ett annat språk och är markerade inom parentes.`,
  allTranslated: 'Alla texter finns på svenska.',
  page: 'Sida',
  pageOf: '/',
  sheets: { actions: 'Åtgärder', enablers: 'Möjliggörare', summary: 'Sammanfattning' },
  fileWord: 'uppfoljning',
  download: {
    heading: 'Uppföljningsrapporten som fil',
    formats: { pdf: 'PDF', docx: 'Word (DOCX)', xlsx: 'Excel (XLSX)', csv: 'CSV', html: 'HTML' },
  },
  pdfUnavailable: 'PDF-rapporten kunde inte skapas eftersom webbläsaren Chromium saknas på servern. De andra formaten finns tillgängliga.',
  cli: {
    written: (file, count) => `Rapporten har skrivits: ${file} (${count} åtgärder)`,
    notWritable: (file) => `Det går inte att skriva till filen: ${file}`,
    chromiumMissing: (path) =>
      `PDF kan inte skapas: webbläsaren Chromium finns inte i ${path}. Installera Debians paket chromium (apt-get install chromium) eller ange webbläsarens sökväg i variabeln TIEKARTTA_CHROMIUM. De andra formaten behöver den inte.`,
    expected: {
      round: 'år och månad som ÅÅÅÅ-MM, t.ex. 2022-09',
      lang: 'fi, sv eller en',
      format: 'docx, pdf, xlsx, csv eller html',
    },
  },
};

const en: ReportMessages = {
  ...messages('en'),
  roundLabel: (year, month) => `Status ${mm(month)}/${year}`,
  report: 'Follow-up report',
  generated: (date) => `Produced on ${date}`,
  openRound: 'Follow-up round in progress: this information has not been published.',
  summary: 'Summary',
  summaryCaption: 'Actions by state',
  actionCount: (count) => `Actions in total: ${count}`,
  stateColumn: 'State',
  countColumn: 'Count',
  previousColumn: (label) => `Previous (${label})`,
  differenceColumn: 'Change',
  total: 'Total',
  changes: (changed, added, dropped, previous) =>
    `Compared with the previous follow-up (${previous}): state changed ${changed}, new ${added}, dropped ${dropped}.`,
  firstRound: "The programme's first follow-up round: there is nothing earlier to compare with.",
  lights: 'Traffic lights',
  noLights: 'This follow-up round has no traffic lights.',
  refColumn: 'Ref.',
  actionColumn: 'Action',
  sectionColumn: 'Section',
  coFundedColumn: 'Co-funding',
  lightColumn: 'Traffic light',
  changeColumn: 'Change',
  noteColumn: 'Note',
  yes: 'yes',
  yearMark: 'x',
  change: { new: 'new', changed: 'state changed' },
  changedFrom: (state) => `previously: ${state}`,
  inferred: 'inferred from the text',
  coFundedPart: (part) => `Co-funded part: ${part}`,
  noActions: 'This follow-up round has no actions.',
  enablers: 'Enablers',
  measures: 'Measures',
  metrics: 'Metrics',
  noEnablerStatus: 'No status in this follow-up round.',
  notRecorded: 'Not recorded.',
  notes: 'Notes',
  coFundedNote: "* Co-funded: the action or part of it was funded by the Ministry of Finance's incentive programme.",
  inferredNote: (count) =>
    `The state of ${count} actions was inferred from their status text and nobody has confirmed it yet (marked: inferred from the text).`,
  allInferredNote: "The actions' states were inferred from their status texts and nobody has confirmed them yet.",
  untranslatedNote: (count) =>
    `${count} texts are missing in English: they are shown in another language and marked in brackets.`,
  allTranslated: 'Every text is in English.',
  page: 'Page',
  pageOf: 'of',
  sheets: { actions: 'Actions', enablers: 'Enablers', summary: 'Summary' },
  fileWord: 'followup',
  download: {
    heading: 'The follow-up report as a file',
    formats: { pdf: 'PDF', docx: 'Word (DOCX)', xlsx: 'Excel (XLSX)', csv: 'CSV', html: 'HTML' },
  },
  pdfUnavailable: 'The PDF report could not be produced because the Chromium browser is missing on the server. The other formats are available.',
  cli: {
    written: (file, count) => `Report written: ${file} (${count} actions)`,
    notWritable: (file) => `Cannot write the file: ${file}`,
    chromiumMissing: (path) =>
      `Cannot make a PDF: Chromium is not installed at ${path}. Install Debian's chromium package (apt-get install chromium), or set TIEKARTTA_CHROMIUM to the browser's path. The other formats do not need it.`,
    expected: {
      round: 'year and month as YYYY-MM, e.g. 2022-09',
      lang: 'fi, sv or en',
      format: 'docx, pdf, xlsx, csv or html',
    },
  },
};

const catalogs: Record<Lang, ReportMessages> = { fi, sv, en };

export function reportMessages(lang: Lang): ReportMessages {
  return catalogs[lang];
}
