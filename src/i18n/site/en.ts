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

  errors: {
    not_found: { title: 'Page not found', text: 'The page you are looking for does not exist. Check the address or go to the home page.' },
    bad_request: { title: 'Invalid address', text: 'The address holds characters the site cannot read. Check the address or go to the home page.' },
    server_error: { title: 'The page could not be shown', text: 'Something went wrong in the service. Please try again in a moment.' },
    backHome: 'Go to the home page',
  },

  home: {
    title: 'Municipal digital programmes',
    intro: 'Choose a municipality and a language.',
    none: 'There are no municipalities on the site yet.',
  },

  yes: 'Yes',
  no: 'No',

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
    doneColumn: 'Done',
    statesTitle: 'Status of the actions',
    statesCaption: (when: string) => `Follow-up round: ${when}`,
    stateColumn: 'Status',
    countColumn: 'Count',
    total: 'Total',
    noRounds: 'The programme has no follow-up rounds yet.',
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
    coFunded: 'Co-funded',
    q: 'Search words',
    qHint: 'Searches the names and status texts of the actions.',
    round: 'Follow-up round',
    any: 'All',
    latestRound: (when: string) => `Latest (${when})`,
    submit: 'Show actions',
    clear: 'Clear the filters',
    results: (count: number) =>
      count === 0 ? 'No actions found.' : count === 1 ? '1 action found.' : `${n(count)} actions found.`,
    activeFilters: 'Filters applied',
    noActiveFilters: 'No filters: all actions are shown.',
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
    coFundedColumn: 'Funding',
    coFundedMarker: 'Co-funded',
    noStatusInRound: 'No entry in this follow-up round',
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
      M: 'M – temporary budget increase',
      L: 'L – permanent budget increase',
    },
    impactClasses: {
      S: 'S – one-off, or affects few people',
      M: 'M – continuous for few, or one-off for many',
      L: 'L – continuous for many',
    },
    developmentModels: {
      network: 'In a network with other municipalities',
      independent: 'Independently',
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
    noStatus: 'No status recorded.',
    empty: 'None recorded.',
  },
};
