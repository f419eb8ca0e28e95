/** The public site's texts for roadmap versions, their diff and continued actions, in fi, sv and en. */
import type { Lang } from '../../domain/language.ts';
import type { DiffField } from '../../domain/roadmap.ts';
import { formatNumber } from './format.ts';

export interface RoadmapSiteMessages {
  title: string;
  link: string;
  intro: string;
  noneApproved: string;
  approvedVersion: (number: number) => string;
  version: (number: number) => string;
  draft: string;
  approved: string;
  /** "Kaupunginhallitus 22.01.2024 § 25, 118/07.01.02/2024" */
  decision: (body: string, date: string, section: string, diaryNumber: string) => string;
  approvedBy: string;
  note: string;
  actionCount: (count: number) => string;
  tableCaption: (version: string) => string;
  action: string;
  section: string;
  years: string;
  goal: string;
  unscheduled: string;
  unclassified: string;
  noActions: string;
  earlier: string;
  noEarlier: string;
  currentApproved: string;
  compareLink: string;
  compareTitle: string;
  compareIntro: string;
  from: string;
  to: string;
  live: string;
  /** The live roadmap in the comparison's choice, where room is short. */
  liveShort: string;
  compare: string;
  needVersions: string;
  unknownVersion: (side: string) => string;
  summaryCaption: (from: string, to: string) => string;
  kinds: Record<'changed' | 'added' | 'removed' | 'unchanged', string>;
  field: string;
  before: string;
  after: string;
  none: string;
  empty: string;
  fields: Record<DiffField, string>;
  inLanguage: (field: string, lang: Lang) => string;
  continues: string;
  continuedAs: string;
  /** The section taken-over actions are copied into: stored content, in every language. */
  continuedSection: (period: string) => string;
}

const LANGUAGE_NAMES: Record<Lang, Record<Lang, string>> = {
  fi: { fi: 'suomeksi', sv: 'ruotsiksi', en: 'englanniksi' },
  sv: { fi: 'på finska', sv: 'på svenska', en: 'på engelska' },
  en: { fi: 'in Finnish', sv: 'in Swedish', en: 'in English' },
};

/** "22.01.2024", as the minutes write it. */
const minutesDate = (date: string) => date.split('-').reverse().join('.');

const fi: RoadmapSiteMessages = {
  title: 'Tiekartta',
  link: 'Hyväksytty tiekartta ja sen versiot',
  intro: 'Tiekartta on ohjelman toimenpiteet aikatauluineen ja luokitteluineen. Kaupunginhallitus hyväksyy sen ja päivittää sitä vuosittain; hyväksyttyä versiota ei enää muuteta.',
  noneApproved: 'Ohjelman tiekartasta ei ole vielä hyväksyttyä versiota.',
  approvedVersion: (number) => `Hyväksytty tiekartta, versio ${number}`,
  version: (number) => `Versio ${number}`,
  draft: 'luonnos',
  approved: 'hyväksytty',
  decision: (body, date, section, diaryNumber) => `${body} ${minutesDate(date)} § ${section}, ${diaryNumber}`,
  approvedBy: 'Päätös',
  note: 'Huomautus',
  actionCount: (count) => `${formatNumber('fi', count)} toimenpidettä`,
  tableCaption: (version) => `Tiekartan toimenpiteet – ${version}`,
  action: 'Toimenpide',
  section: 'Osio',
  years: 'Aikataulu',
  goal: 'Tavoite tai osaaminen',
  unscheduled: 'ei aikataulua',
  unclassified: 'ei luokiteltu',
  noActions: 'Versiossa ei ole toimenpiteitä.',
  earlier: 'Aiemmat versiot',
  noEarlier: 'Aiempia hyväksyttyjä versioita ei ole.',
  currentApproved: 'Voimassa oleva versio',
  compareLink: 'Vertaa tiekartan versioita',
  compareTitle: 'Tiekartan versioiden vertailu',
  compareIntro: 'Mitä kahden tiekartan version välillä muuttui: lisätyt ja poistuneet toimenpiteet sekä muuttuneet tiedot kentittäin ja kielittäin.',
  from: 'Aiempi',
  to: 'Myöhempi',
  live: 'Nykyinen tiekartta (ei vielä hyväksytty)',
  liveShort: 'Nykyinen tiekartta',
  compare: 'Vertaa',
  needVersions: 'Vertailuun tarvitaan ainakin yksi hyväksytty tiekartan versio.',
  unknownVersion: (side) => `Tiekartalla ei ole versiota ${side}. Valitse versio luettelosta.`,
  summaryCaption: (from, to) => `Muutokset: ${from} → ${to}`,
  kinds: { changed: 'Muuttuneet toimenpiteet', added: 'Lisätyt toimenpiteet', removed: 'Poistuneet toimenpiteet', unchanged: 'Ennallaan' },
  field: 'Tieto',
  before: 'Ennen',
  after: 'Jälkeen',
  none: 'Ei yhtään.',
  empty: '(tyhjä)',
  fields: {
    ref: 'Tunnus', name: 'Nimi', section: 'Osio', years: 'Aikataulu', goal: 'Tavoite', competence: 'Osaaminen', level: 'Taso',
    statutory: 'Lakisääteinen', benefits: 'Pitkän aikavälin hyödyt', beneficiaries: 'Hyödynsaajat', costClass: 'Kustannusluokka',
    impactClass: 'Vaikuttavuusluokka', developmentModel: 'Kehittämismalli', owner: 'Vastuuhenkilö',
  },
  inLanguage: (field, lang) => `${field} ${LANGUAGE_NAMES.fi[lang]}`,
  continues: 'Jatkoa aiemman ohjelman toimenpiteelle',
  continuedAs: 'Jatkuu seuraavassa ohjelmassa',
  continuedSection: (period) => `Ohjelmasta ${period} jatkuvat toimenpiteet`,
};

const sv: RoadmapSiteMessages = {
  title: 'Färdplan',
  link: 'Den godkända färdplanen och dess versioner',
  intro: 'Färdplanen är programmets åtgärder med tidtabell och klassificering. Stadsstyrelsen godkänner den och uppdaterar den årligen; en godkänd version ändras inte längre.',
  noneApproved: 'Programmets färdplan har ännu ingen godkänd version.',
  approvedVersion: (number) => `Godkänd färdplan, version ${number}`,
  version: (number) => `Version ${number}`,
  draft: 'utkast',
  approved: 'godkänd',
  decision: (body, date, section, diaryNumber) => `${body} ${minutesDate(date)} § ${section}, ${diaryNumber}`,
  approvedBy: 'Beslut',
  note: 'Anmärkning',
  actionCount: (count) => `${formatNumber('sv', count)} åtgärder`,
  tableCaption: (version) => `Färdplanens åtgärder – ${version}`,
  action: 'Åtgärd',
  section: 'Avsnitt',
  years: 'Tidtabell',
  goal: 'Mål eller kompetens',
  unscheduled: 'ingen tidtabell',
  unclassified: 'inte klassificerad',
  noActions: 'Versionen har inga åtgärder.',
  earlier: 'Tidigare versioner',
  noEarlier: 'Det finns inga tidigare godkända versioner.',
  currentApproved: 'Gällande version',
  compareLink: 'Jämför färdplanens versioner',
  compareTitle: 'Jämförelse av färdplanens versioner',
  compareIntro: 'Vad som ändrades mellan två versioner av färdplanen: tillagda och borttagna åtgärder samt ändrade uppgifter per fält och språk.',
  from: 'Tidigare',
  to: 'Senare',
  live: 'Den nuvarande färdplanen (inte godkänd ännu)',
  liveShort: 'Den nuvarande färdplanen',
  compare: 'Jämför',
  needVersions: 'För en jämförelse behövs minst en godkänd version av färdplanen.',
  unknownVersion: (side) => `Färdplanen har ingen version ${side}. Välj en version i listan.`,
  summaryCaption: (from, to) => `Ändringar: ${from} → ${to}`,
  kinds: { changed: 'Ändrade åtgärder', added: 'Tillagda åtgärder', removed: 'Borttagna åtgärder', unchanged: 'Oförändrade' },
  field: 'Uppgift',
  before: 'Före',
  after: 'Efter',
  none: 'Inga.',
  empty: '(tom)',
  fields: {
    ref: 'Nummer', name: 'Namn', section: 'Avsnitt', years: 'Tidtabell', goal: 'Mål', competence: 'Kompetens', level: 'Nivå',
    statutory: 'Lagstadgad', benefits: 'Långsiktiga nyttor', beneficiaries: 'Nyttotagare', costClass: 'Kostnadsklass',
    impactClass: 'Effektklass', developmentModel: 'Utvecklingsmodell', owner: 'Ansvarsperson',
  },
  inLanguage: (field, lang) => `${field} ${LANGUAGE_NAMES.sv[lang]}`,
  continues: 'Fortsättning på en åtgärd i det tidigare programmet',
  continuedAs: 'Fortsätter i nästa program',
  continuedSection: (period) => `Åtgärder som fortsätter från programmet ${period}`,
};

const en: RoadmapSiteMessages = {
  title: 'Roadmap',
  link: 'The approved roadmap and its versions',
  intro: "The roadmap is the programme's actions with their schedule and classification. The city board approves it and updates it every year; an approved version is never changed.",
  noneApproved: "The programme's roadmap has no approved version yet.",
  approvedVersion: (number) => `Approved roadmap, version ${number}`,
  version: (number) => `Version ${number}`,
  draft: 'draft',
  approved: 'approved',
  decision: (body, date, section, diaryNumber) => `${body} ${minutesDate(date)} § ${section}, ${diaryNumber}`,
  approvedBy: 'Decision',
  note: 'Note',
  actionCount: (count) => `${formatNumber('en', count)} actions`,
  tableCaption: (version) => `Actions of the roadmap – ${version}`,
  action: 'Action',
  section: 'Section',
  years: 'Schedule',
  goal: 'Goal or competence',
  unscheduled: 'not scheduled',
  unclassified: 'not classified',
  noActions: 'The version has no actions.',
  earlier: 'Earlier versions',
  noEarlier: 'There are no earlier approved versions.',
  currentApproved: 'Version in force',
  compareLink: 'Compare versions of the roadmap',
  compareTitle: 'Comparing versions of the roadmap',
  compareIntro: 'What changed between two versions of the roadmap: actions added and removed, and changed details by field and language.',
  from: 'Earlier',
  to: 'Later',
  live: 'The current roadmap (not approved yet)',
  liveShort: 'The current roadmap',
  compare: 'Compare',
  needVersions: 'A comparison needs at least one approved version of the roadmap.',
  unknownVersion: (side) => `The roadmap has no version ${side}. Choose a version from the list.`,
  summaryCaption: (from, to) => `Changes: ${from} → ${to}`,
  kinds: { changed: 'Changed actions', added: 'Added actions', removed: 'Removed actions', unchanged: 'Unchanged' },
  field: 'Detail',
  before: 'Before',
  after: 'After',
  none: 'None.',
  empty: '(empty)',
  fields: {
    ref: 'Reference', name: 'Name', section: 'Section', years: 'Schedule', goal: 'Goal', competence: 'Competence', level: 'Level',
    statutory: 'Statutory', benefits: 'Long-term benefits', beneficiaries: 'Beneficiaries', costClass: 'Cost class',
    impactClass: 'Impact class', developmentModel: 'Development model', owner: 'Person responsible',
  },
  inLanguage: (field, lang) => `${field} ${LANGUAGE_NAMES.en[lang]}`,
  continues: 'Continues an action of the earlier programme',
  continuedAs: 'Continues in the next programme',
  continuedSection: (period) => `Actions continued from the ${period} programme`,
};

const catalogs: Record<Lang, RoadmapSiteMessages> = { fi, sv, en };

export function roadmapSiteMessages(lang: Lang): RoadmapSiteMessages {
  return catalogs[lang];
}
