/** The public site's texts for the catalog of other municipalities' projects, in fi, sv and en. */
import type { Lang } from '../../domain/language.ts';
import { formatNumber } from './format.ts';

export interface CatalogSiteMessages {
  title: string;
  intro: string;
  linkFromMunicipality: string;
  search: string;
  words: string;
  wordsHint: string;
  municipality: string;
  municipalityHint: string;
  ended: string;
  any: string;
  endedYes: string;
  endedNo: string;
  submit: string;
  errorsTitle: string;
  unknownMunicipality: (name: string) => string;
  invalidPage: string;
  results: (total: number) => string;
  pageOf: (page: number, pages: number) => string;
  pagination: string;
  previous: string;
  next: string;
  endedBadge: string;
  lead: string;
  noLead: string;
  partners: string;
  description: string;
  links: string;
  contacts: string;
  openData: string;
  similarTitle: string;
  similarIntro: string;
  notMunicipality: string;
  entryLanguage: (lang: 'fi' | 'sv') => string;
  network: {
    title: string;
    link: string;
    intro: string;
    led: (count: number) => string;
    joined: (count: number) => string;
    none: string;
    partners: string;
    graphCaption: (name: string) => string;
    partnerColumn: string;
    sharedColumn: string;
    mostConnected: string;
    municipalityColumn: string;
    partnersColumn: string;
    projectsColumn: string;
  };
}

const fi: CatalogSiteMessages = {
  title: 'Muiden kuntien hankkeet',
  intro: 'Valtiovarainministeriön kuntien digitalisaation kannustinjärjestelmän rahoittamat hankkeet: hae aiheen, kunnan tai tilanteen mukaan.',
  linkFromMunicipality: 'Muiden kuntien digitalisaatiohankkeet',
  search: 'Hae hankkeita',
  words: 'Hakusanat',
  wordsHint: 'Kirjoita niin kuin puhut: esimerkiksi "varhaiskasvatuksen", "tekoälyä".',
  municipality: 'Kunta',
  municipalityHint: 'Hankkeet, joita kunta johti tai joissa se oli mukana. Suomeksi tai ruotsiksi.',
  ended: 'Tilanne',
  any: 'Kaikki',
  endedYes: 'Päättyneet',
  endedNo: 'Käynnissä olevat',
  submit: 'Hae',
  errorsTitle: 'Hakua ei voitu tehdä',
  unknownMunicipality: (name) => `Kuntaa "${name}" ei löytynyt. Tarkista nimi.`,
  invalidPage: 'Sivunumero on virheellinen.',
  results: (total) => (total === 1 ? '1 hanke' : `${formatNumber('fi', total)} hanketta`),
  pageOf: (page, pages) => `sivu ${page} / ${pages}`,
  pagination: 'Sivut',
  previous: 'Edellinen sivu',
  next: 'Seuraava sivu',
  endedBadge: 'Päättynyt',
  lead: 'Vastuukunta',
  noLead: 'Ei mainittu',
  partners: 'Muut kunnat',
  description: 'Kuvaus',
  links: 'Linkit',
  contacts: 'Lisätietoja',
  openData: 'Hankkeet koneluettavassa muodossa (JSON-rajapinta)',
  similarTitle: 'Samankaltaisia hankkeita muissa kunnissa',
  similarIntro: 'Ehdotuksia kuntien digitalisaation kannustinjärjestelmän hankkeista, jotka muistuttavat tätä toimenpidettä.',
  notMunicipality: '(ei kunta)',
  entryLanguage: (lang) => (lang === 'sv' ? 'ruotsiksi' : 'suomeksi'),
  network: {
    title: 'Yhteistyöverkosto',
    link: 'Kunnan yhteistyöverkosto kannustinhankkeissa',
    intro: 'Kannustinjärjestelmän hankkeet, joita kunta johti tai joissa se oli mukana, ja kunnat, joiden kanssa se teki yhteistyötä.',
    led: (count) => `Kunnan johtamat hankkeet (${count})`,
    joined: (count) => `Hankkeet, joissa kunta oli mukana (${count})`,
    none: 'Ei hankkeita.',
    partners: 'Yhteistyökunnat',
    graphCaption: (name) => `${name} ja kunnat, joiden kanssa sillä oli yhteisiä hankkeita; viivan paksuus kertoo yhteisten hankkeiden määrän. Samat tiedot ovat taulukossa.`,
    partnerColumn: 'Kunta',
    sharedColumn: 'Yhteisiä hankkeita',
    mostConnected: 'Eniten yhteistyötä tehneet kunnat',
    municipalityColumn: 'Kunta',
    partnersColumn: 'Yhteistyökuntia',
    projectsColumn: 'Yhteishankkeita',
  },
};

const sv: CatalogSiteMessages = {
  title: 'Andra kommuners projekt',
  intro: 'Projekt som finansministeriets incitamentsprogram för kommunernas digitalisering har finansierat: sök efter ämne, kommun eller läge.',
  linkFromMunicipality: 'Andra kommuners digitaliseringsprojekt',
  search: 'Sök projekt',
  words: 'Sökord',
  wordsHint: 'Skriv som du talar, till exempel "småbarnspedagogik" eller på finska "varhaiskasvatuksen".',
  municipality: 'Kommun',
  municipalityHint: 'Projekt som kommunen ledde eller deltog i. På svenska eller finska.',
  ended: 'Läge',
  any: 'Alla',
  endedYes: 'Avslutade',
  endedNo: 'Pågående',
  submit: 'Sök',
  errorsTitle: 'Sökningen kunde inte göras',
  unknownMunicipality: (name) => `Kommunen "${name}" hittades inte. Kontrollera namnet.`,
  invalidPage: 'Sidnumret är ogiltigt.',
  results: (total) => (total === 1 ? '1 projekt' : `${formatNumber('sv', total)} projekt`),
  pageOf: (page, pages) => `sida ${page} / ${pages}`,
  pagination: 'Sidor',
  previous: 'Föregående sida',
  next: 'Nästa sida',
  endedBadge: 'Avslutat',
  lead: 'Ansvarig kommun',
  noLead: 'Inte angiven',
  partners: 'Andra kommuner',
  description: 'Beskrivning',
  links: 'Länkar',
  contacts: 'Mer information',
  openData: 'Projekten i maskinläsbar form (JSON-gränssnitt)',
  similarTitle: 'Liknande projekt i andra kommuner',
  similarIntro: 'Förslag bland projekten i incitamentsprogrammet för kommunernas digitalisering som liknar denna åtgärd.',
  notMunicipality: '(ingen kommun)',
  entryLanguage: (lang) => (lang === 'sv' ? 'på svenska' : 'på finska'),
  network: {
    title: 'Samarbetsnätverk',
    link: 'Kommunens samarbetsnätverk i incitamentsprojekten',
    intro: 'Projekten i incitamentsprogrammet som kommunen ledde eller deltog i, och kommunerna den samarbetade med.',
    led: (count) => `Projekt som kommunen ledde (${count})`,
    joined: (count) => `Projekt som kommunen deltog i (${count})`,
    none: 'Inga projekt.',
    partners: 'Samarbetskommuner',
    graphCaption: (name) => `${name} och kommunerna som den hade gemensamma projekt med; linjens tjocklek anger antalet gemensamma projekt. Samma uppgifter finns i tabellen.`,
    partnerColumn: 'Kommun',
    sharedColumn: 'Gemensamma projekt',
    mostConnected: 'Kommunerna som samarbetat mest',
    municipalityColumn: 'Kommun',
    partnersColumn: 'Samarbetskommuner',
    projectsColumn: 'Gemensamma projekt',
  },
};

const en: CatalogSiteMessages = {
  title: "Other municipalities' projects",
  intro: "Projects funded by the Ministry of Finance's incentive programme for municipal digitalisation: search by topic, municipality or state.",
  linkFromMunicipality: "Other municipalities' digitalisation projects",
  search: 'Search projects',
  words: 'Search words',
  wordsHint: 'The projects are described in Finnish and Swedish: for example "tekoäly" (artificial intelligence).',
  municipality: 'Municipality',
  municipalityHint: 'Projects the municipality led or took part in. In Finnish or Swedish.',
  ended: 'State',
  any: 'All',
  endedYes: 'Ended',
  endedNo: 'Ongoing',
  submit: 'Search',
  errorsTitle: 'The search could not be made',
  unknownMunicipality: (name) => `No municipality "${name}" was found. Check the name.`,
  invalidPage: 'The page number is not valid.',
  results: (total) => (total === 1 ? '1 project' : `${formatNumber('en', total)} projects`),
  pageOf: (page, pages) => `page ${page} of ${pages}`,
  pagination: 'Pages',
  previous: 'Previous page',
  next: 'Next page',
  endedBadge: 'Ended',
  lead: 'Lead municipality',
  noLead: 'Not named',
  partners: 'Other municipalities',
  description: 'Description',
  links: 'Links',
  contacts: 'Contacts',
  openData: 'The projects in machine-readable form (JSON API)',
  similarTitle: 'Similar projects in other municipalities',
  similarIntro: "Suggestions from the projects of the incentive programme for municipal digitalisation that resemble this action.",
  notMunicipality: '(not a municipality)',
  entryLanguage: (lang) => (lang === 'sv' ? 'in Swedish' : 'in Finnish'),
  network: {
    title: 'Network of cooperation',
    link: "The municipality's network in the incentive programme's projects",
    intro: "The incentive programme's projects the municipality led or took part in, and the municipalities it worked with.",
    led: (count) => `Projects the municipality led (${count})`,
    joined: (count) => `Projects the municipality took part in (${count})`,
    none: 'No projects.',
    partners: 'Partner municipalities',
    graphCaption: (name) => `${name} and the municipalities it shared projects with; the thickness of a line tells how many. The table has the same data.`,
    partnerColumn: 'Municipality',
    sharedColumn: 'Shared projects',
    mostConnected: 'The most connected municipalities',
    municipalityColumn: 'Municipality',
    partnersColumn: 'Partner municipalities',
    projectsColumn: 'Shared projects',
  },
};

const catalogs: Record<Lang, CatalogSiteMessages> = { fi, sv, en };

export function catalogSiteMessages(lang: Lang): CatalogSiteMessages {
  return catalogs[lang];
}
