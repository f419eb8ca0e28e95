/** The public site's interface texts in Swedish (Finland Swedish municipal usage). */
import type { Lang } from '../../domain/language.ts';
import type { SiteMessages } from './fi.ts';
import { formatList, formatNumber } from './format.ts';

const n = (value: number) => formatNumber('sv', value);

export const sv: SiteMessages = {
  siteName: 'Tiekartta',
  inThisLanguage: 'På svenska',
  untranslated: (shownIn: Lang) =>
    `(oöversatt, ${({ fi: 'på finska', sv: 'på svenska', en: 'på engelska' } as Record<Lang, string>)[shownIn]})`,

  layout: {
    skipToContent: 'Hoppa till huvudinnehållet',
    breadcrumb: 'Brödsmulor',
    languageSwitcher: 'Språk',
    home: 'Startsida',
    openData: 'Öppna data',
    openDataLink: 'Programmens uppgifter i maskinläsbar form (JSON-gränssnitt)',
    about: 'Kommunens digiprogram, dess åtgärder och deras uppföljning – öppet för alla.',
  },

  errors: {
    not_found: { title: 'Sidan hittades inte', text: 'Sidan du söker finns inte. Kontrollera adressen eller gå till startsidan.' },
    bad_request: { title: 'Ogiltig adress', text: 'Adressen innehåller tecken som webbplatsen inte kan läsa. Kontrollera adressen eller gå till startsidan.' },
    server_error: { title: 'Sidan kunde inte visas', text: 'Ett fel uppstod i tjänsten. Försök igen om en stund.' },
    backHome: 'Gå till startsidan',
  },

  home: {
    title: 'Kommunernas digiprogram',
    intro: 'Välj kommun och språk.',
    none: 'Webbplatsen har ännu inga kommuner.',
  },

  yes: 'Ja',
  no: 'Nej',

  programmeName: (start: number, end: number) => `Digiprogram ${start}–${end}`,
  sectionN: (position: number) => `Avsnitt ${position}`,
  actionCount: (count: number) => (count === 1 ? '1 åtgärd' : `${n(count)} åtgärder`),

  states: {
    done: 'Genomförd',
    in_progress: 'Pågår',
    not_advanced: 'Har inte framskridit',
    postponed: 'Uppskjuten',
    abandoned: 'Avbruten',
    no_status: 'Ingen statusuppgift',
  },

  trafficLights: { green: 'grön', yellow: 'gul', red: 'röd' },

  overview: {
    period: 'Programperiod',
    periodValue: (start: number, end: number) => `${start}–${end}`,
    costCode: 'Kostnadsställe',
    goals: 'Mål',
    competences: 'Kompetenser',
    sections: 'Avsnitt',
    sectionColumn: 'Avsnitt',
    actionsColumn: 'Åtgärder',
    doneColumn: 'Genomförda',
    statesTitle: 'Åtgärdernas status',
    statesCaption: (when: string) => `Uppföljningsomgång: ${when}`,
    stateColumn: 'Status',
    countColumn: 'Antal',
    total: 'Totalt',
    noRounds: 'Programmet har ännu inga uppföljningsomgångar.',
    rounds: 'Uppföljningsomgångar',
    allActions: 'Alla åtgärder',
    enablerCount: (count: number) => `Möjliggörare (${n(count)})`,
    otherProgrammes: 'Andra program',
    noProgrammes: 'Kommunen har inte publicerat något digitalt program ännu.',
  },

  actions: {
    title: 'Åtgärder',
    titleInRound: (when: string) => `Åtgärder – status: ${when}`,
    filters: 'Filtrera åtgärderna',
    section: 'Avsnitt',
    year: 'Planerad för år',
    state: 'Status',
    coFunded: 'Samfinansierad',
    q: 'Sökord',
    qHint: 'Sökningen gäller åtgärdernas namn och statustexter.',
    round: 'Uppföljningsomgång',
    any: 'Alla',
    latestRound: (when: string) => `Senaste (${when})`,
    submit: 'Visa åtgärder',
    clear: 'Ta bort filtren',
    results: (count: number) =>
      count === 0 ? 'Inga åtgärder hittades.' : count === 1 ? '1 åtgärd hittades.' : `${n(count)} åtgärder hittades.`,
    activeFilters: 'Valda filter',
    noActiveFilters: 'Inga filter: alla åtgärder visas.',
    /** Followed, for screen readers, by the filter's name. */
    removeFilter: 'ta bort filtret',
    download: 'Ladda ner listan som öppna data',
    downloadCsv: 'CSV (Excel)',
    downloadJson: 'JSON',
    tableCaption: 'Åtgärderna och deras status',
    refColumn: 'Nummer',
    nameColumn: 'Åtgärd',
    sectionColumn: 'Avsnitt',
    scheduleColumn: 'Tidtabell',
    stateColumn: 'Status',
    coFundedColumn: 'Finansiering',
    coFundedMarker: 'Samfinansierad',
    noStatusInRound: 'Ingen anteckning i denna uppföljningsomgång',
    errorHeading: 'Filtren kunde inte användas',
    invalidValue: (value: string) => `värdet ”${value}” är ogiltigt. Välj ett värde i listan.`,
    unknownRound: (value: string) => `uppföljningsomgången ”${value}” finns inte i detta program.`,
  },

  action: {
    title: (ref: string) => `Åtgärd ${ref}`,
    section: 'Avsnitt',
    schedule: 'Tidtabell',
    scheduleCaption: 'År för vilka åtgärden är planerad',
    yearColumn: 'År',
    scheduled: 'planerad',
    notScheduled: 'inte planerad',
    scheduleText: (years: number[]) =>
      years.length === 0 ? 'Åtgärden har ingen tidtabell.' : `Planerad för ${formatList('sv', years)}.`,
    funding: 'Finansiering',
    coFundedWhole: 'Samfinansierad: hela åtgärden har fått finansiering från FM:s incitamentsprogram.',
    coFundedPart: 'Samfinansierad del (FM:s incitamentsprogram):',
    notCoFunded: 'Ingen finansiering från FM:s incitamentsprogram.',
    perspectives: 'De åtta perspektiven',
    notClassified: 'Inte klassificerad ännu',
    sector: 'Sektor',
    sectorUnknown: 'Inte angiven',
    partners: 'Samarbetskommuner',
    noPartners: 'Inga samarbetskommuner',
    statuses: 'Status per uppföljningsomgång',
    noStatuses: 'Åtgärden har inte följts upp ännu.',
    state: 'Status',
    stateInferred: 'föreslagen utifrån texten, obekräftad',
    stateConfirmed: 'bekräftad',
    /** The round's report, by its printed title ("Tilanne 09/2022"). */
    report: 'Uppföljningsrapport',
    trafficLight: 'Trafikljus',
    noStatusText: 'Ingen statustext.',
    backToList: 'Tillbaka till åtgärdslistan',
  },

  perspectives: {
    goal: 'Mål eller kompetens',
    level: 'Nivå',
    statutory: 'Lagstadgad',
    benefits: 'Långsiktiga fördelar',
    beneficiaries: 'Huvudsakliga nyttotagare',
    costClass: 'Kostnadsklass',
    impactClass: 'Effektklass',
    developmentModel: 'Utvecklingsmodell',
    levels: {
      foundation: 'Digital grund',
      shared_solution: 'Stadens gemensamma lösning (TORI)',
      sector_change: 'Sektorspecifik förändring (TOSI)',
      analytics: 'Analys och data',
    },
    benefitNames: {
      renewal: 'förnyelse',
      human_centredness: 'människoorientering',
      sustainability: 'hållbarhet',
    },
    beneficiaryNames: {
      residents: 'kommuninvånare',
      companies: 'företag',
      tourists: 'turister',
      staff: 'personal',
      climate: 'klimatet',
    },
    costClasses: {
      S: 'S – med nuvarande resurser',
      M: 'M – tillfälligt tillägg till budgeten',
      L: 'L – bestående tillägg till budgeten',
    },
    impactClasses: {
      S: 'S – engångseffekt eller effekt på få',
      M: 'M – fortlöpande effekt på få eller engångseffekt på många',
      L: 'L – fortlöpande effekt på många',
    },
    developmentModels: {
      network: 'I nätverk med andra kommuner',
      independent: 'Självständigt',
    },
    list: (items: string[]) => formatList('sv', items),
  },

  enablers: {
    title: 'Möjliggörare',
    intro: 'Möjliggörarna är förutsättningar för att åtgärderna ska lyckas: arbetssätt, system och kompetens.',
    measures: 'Åtgärder',
    metrics: 'Mätare',
    status: (when: string) => `Status: ${when}`,
    none: 'Programmet har inga möjliggörare.',
    noStatus: 'Ingen statusuppgift.',
    empty: 'Inte angivet.',
  },
};
