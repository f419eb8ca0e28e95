/** The public site's interface texts in English (British spelling). */
import type { Lang } from '../../domain/language.ts';
import type { SiteMessages } from './fi.ts';
import { formatList, formatNumber } from './format.ts';

const n = (value: number) => formatNumber('en', value);

export const en: SiteMessages = {
  siteName: 'Tiekartta',
  inThisLanguage: 'In English',
  untranslated: (shownIn: Lang) =>
    `(untranslated, in ${({ fi: 'Finnish', sv: 'Swedish', en: 'English' } as Record<Lang, string>)[shownIn]})`,

  layout: {
    skipToContent: 'Skip to main content',
    breadcrumb: 'Breadcrumb',
    languageSwitcher: 'Language',
    home: 'Home',
    openData: 'Open data',
    openDataLink: 'The programmes as machine-readable data (JSON API)',
    about: "A municipality's digital programme, its actions and their follow-up, in the open.",
  },

  notFound: {
    title: 'Page not found',
    text: 'The page you are looking for does not exist. Check the address or go to the home page.',
    backHome: 'Go to the home page',
  },

  home: {
    title: 'Municipal digital programmes',
    intro: 'Choose a municipality and a language.',
    none: 'No municipality has been published yet.',
  },

  programmeName: (start: number, end: number) => `Digital programme ${start}–${end}`,
  sectionN: (position: number) => `Section ${position}`,
  actionCount: (count: number) => (count === 1 ? '1 action' : `${n(count)} actions`),

  states: {
    done: 'Done',
    in_progress: 'In progress',
    not_advanced: 'Not advanced',
    postponed: 'Postponed',
    abandoned: 'Abandoned',
    no_status: 'No status',
  },

  trafficLights: { green: 'green', yellow: 'yellow', red: 'red' },

  overview: {
    period: 'Programme period',
    periodValue: (start: number, end: number) => `${start}–${end}`,
    costCode: 'Cost code',
    goals: 'Goals',
    competences: 'Competences',
    sections: 'Sections',
    sectionColumn: 'Section',
    actionsColumn: 'Actions',
    stateHeading: (when: string) => `Status of the actions: ${when}`,
    stateColumn: 'Status',
    countColumn: 'Count',
    total: 'Total',
    noRounds: 'The programme has not been followed up yet.',
    rounds: 'Follow-up rounds',
    allActions: 'All actions',
    enablerCount: (count: number) => `Enablers (${n(count)})`,
    otherProgrammes: 'Other programmes',
    noProgrammes: 'The municipality has not published a digital programme yet.',
  },

  actions: {
    title: 'Actions',
    titleInRound: (when: string) => `Actions – status: ${when}`,
    filters: 'Filter the actions',
    section: 'Section',
    year: 'Scheduled for year',
    state: 'Status',
    coFunded: 'Co-funded by the Ministry of Finance',
    q: 'Search words',
    qHint: 'Searches the names and status texts of the actions.',
    round: 'Follow-up round',
    any: 'All',
    yes: 'Yes',
    no: 'No',
    latestRound: (when: string) => `Latest (${when})`,
    submit: 'Show actions',
    clear: 'Clear the filters',
    results: (count: number) =>
      count === 0 ? 'No actions found.' : count === 1 ? '1 action found.' : `${n(count)} actions found.`,
    activeFilters: 'Filters',
    noActiveFilters: 'No filters: all actions.',
    /** Followed, for screen readers, by the filter's name. */
    removeFilter: 'remove the filter',
    download: 'Download the list as open data',
    downloadCsv: 'CSV (Excel)',
    downloadJson: 'JSON',
    tableCaption: 'The actions and their status',
    refColumn: 'Ref.',
    nameColumn: 'Action',
    sectionColumn: 'Section',
    scheduleColumn: 'Schedule',
    stateColumn: 'Status',
    coFundedColumn: 'Co-funded',
    coFundedMarker: 'Co-funded',
    noStatusInRound: 'No entry in this round',
    errorHeading: 'The filters could not be applied',
    invalidValue: (value: string) => `the value “${value}” is not valid. Choose a value from the list.`,
    unknownRound: (value: string) => `there is no follow-up round “${value}” in this programme.`,
  },

  action: {
    title: (ref: string) => `Action ${ref}`,
    section: 'Section',
    schedule: 'Schedule',
    scheduleCaption: 'The years the action is scheduled for',
    yearColumn: 'Year',
    scheduled: 'scheduled',
    notScheduled: 'not scheduled',
    scheduleText: (years: number[]) =>
      years.length === 0 ? 'The action has no schedule.' : `Scheduled for ${formatList('en', years)}.`,
    funding: 'Funding',
    coFundedWhole: "Co-funded: the whole action was funded by the Ministry of Finance's incentive programme.",
    coFundedPart: "Co-funded part (the Ministry of Finance's incentive programme):",
    notCoFunded: "Not co-funded by the Ministry of Finance's incentive programme.",
    perspectives: 'The eight perspectives',
    notClassified: 'Not classified yet',
    sector: 'Sector',
    sectorUnknown: 'Not given',
    partners: 'Partner municipalities',
    noPartners: 'No partner municipalities',
    statuses: 'Status by follow-up round',
    noStatuses: 'The action has not been followed up yet.',
    round: 'Follow-up round',
    state: 'Status',
    stateInferred: 'suggested from the text, not confirmed',
    stateConfirmed: 'confirmed',
    /** The round's report, by its printed title ("Tilanne 09/2022"). */
    report: 'Follow-up report',
    trafficLight: 'Traffic light',
    noStatusText: 'No status text.',
    backToList: 'Back to the list of actions',
  },

  perspectives: {
    goal: 'Goal or competence',
    level: 'Level',
    statutory: 'Statutory',
    benefits: 'Long-term benefits',
    beneficiaries: 'Main beneficiaries',
    costClass: 'Cost class',
    impactClass: 'Impact class',
    developmentModel: 'Development model',
    yes: 'Yes',
    no: 'No',
    levels: {
      foundation: 'Digital foundation',
      shared_solution: 'City-wide shared solution (TORI)',
      sector_change: 'Sector-specific change (TOSI)',
      analytics: 'Analytics and data',
    },
    benefitNames: {
      renewal: 'renewal',
      human_centredness: 'human-centredness',
      sustainability: 'sustainability',
    },
    beneficiaryNames: {
      residents: 'residents',
      companies: 'companies',
      tourists: 'tourists',
      staff: 'staff',
      climate: 'the climate',
    },
    costClasses: {
      S: 'S – within current resources',
      M: 'M – temporary budget addition',
      L: 'L – lasting budget addition',
    },
    impactClasses: {
      S: 'S – one-off or on few people',
      M: 'M – continuous on few, or one-off on many',
      L: 'L – continuous on many',
    },
    developmentModels: {
      network: 'Network, with other municipalities',
      independent: 'Independent',
    },
    list: (items: string[]) => formatList('en', items),
  },

  enablers: {
    title: 'Enablers',
    intro: 'The enablers are what the actions need to succeed: ways of working, systems and competence.',
    measures: 'Measures',
    metrics: 'Metrics',
    status: (when: string) => `Status: ${when}`,
    none: 'The programme has no enablers.',
    noStatus: 'No status.',
    empty: 'None recorded.',
  },
};
