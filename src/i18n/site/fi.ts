/**
 * The public site's interface texts in Finnish. This object defines the catalog type: the Swedish and
 * English catalogs must have exactly these keys, so a missing text fails the type check.
 */
import type { ActionState, Benefit, Beneficiary, DevelopmentModel, Level, SizeClass, TrafficLight } from '../../domain/action.ts';
import type { Lang } from '../../domain/language.ts';
import { formatList, formatNumber } from './format.ts';

const n = (value: number) => formatNumber('fi', value);

export const fi = {
  siteName: 'Tiekartta',
  /** The language's own name, for the language switcher. */
  inThisLanguage: 'Suomeksi',
  /** Shown beside content that is not available in the page's language. */
  untranslated: (shownIn: Lang) =>
    `(vain ${({ fi: 'suomeksi', sv: 'ruotsiksi', en: 'englanniksi' } as Record<Lang, string>)[shownIn]})`,

  layout: {
    skipToContent: 'Siirry pääsisältöön',
    breadcrumb: 'Murupolku',
    languageSwitcher: 'Kieli',
    home: 'Etusivu',
    openData: 'Avoin data',
    openDataLink: 'Ohjelmien tiedot koneluettavassa muodossa (JSON-rajapinta)',
    about: 'Kunnan digiohjelma, sen toimenpiteet ja niiden seuranta avoimesti kaikkien nähtävillä.',
  },

  errors: {
    not_found: { title: 'Sivua ei löytynyt', text: 'Etsimääsi sivua ei ole olemassa. Tarkista osoite tai siirry etusivulle.' },
    bad_request: { title: 'Virheellinen osoite', text: 'Osoitteessa on merkkejä, joita sivusto ei voi lukea. Tarkista osoite tai siirry etusivulle.' },
    server_error: { title: 'Sivua ei voitu näyttää', text: 'Palvelussa tapahtui virhe. Yritä hetken kuluttua uudelleen.' },
    backHome: 'Siirry etusivulle',
  },

  home: {
    title: 'Kuntien digiohjelmat',
    intro: 'Valitse kunta ja kieli.',
    none: 'Sivustolla ei ole vielä yhtään kuntaa.',
  },

  yes: 'Kyllä',
  no: 'Ei',

  programmeName: (start: number, end: number) => `Digiohjelma ${start}–${end}`,
  sectionN: (position: number) => `Osio ${position}`,
  actionCount: (count: number) => (count === 1 ? '1 toimenpide' : `${n(count)} toimenpidettä`),

  states: {
    done: 'Toteutettu',
    in_progress: 'Käynnissä',
    not_advanced: 'Ei edennyt',
    postponed: 'Siirretty',
    abandoned: 'Keskeytetty',
    no_status: 'Ei tilannetietoa',
  } as Record<ActionState, string>,

  trafficLights: { green: 'vihreä', yellow: 'keltainen', red: 'punainen' } as Record<TrafficLight, string>,

  overview: {
    lastUpdated: 'Päivitetty',
    updatedInRound: (n: number, total: number) => `Päivitetty kierroksella: ${n} / ${total} toimenpidettä`,
    period: 'Ohjelmakausi',
    periodValue: (start: number, end: number) => `${start}–${end}`,
    costCode: 'Kustannuspaikka',
    goals: 'Tavoitteet',
    competences: 'Osaamiset',
    sections: 'Osiot',
    sectionColumn: 'Osio',
    actionsColumn: 'Toimenpiteitä',
    doneColumn: 'Toteutettuja',
    statesTitle: 'Toimenpiteiden tilanne',
    statesCaption: (when: string) => `Seurantakierros: ${when}`,
    stateColumn: 'Tilanne',
    countColumn: 'Lukumäärä',
    total: 'Yhteensä',
    noRounds: 'Ohjelmalla ei ole vielä seurantakierroksia.',
    rounds: 'Seurantakierrokset',
    allActions: 'Kaikki toimenpiteet',
    enablerCount: (count: number) => `Mahdollistajat (${n(count)})`,
    otherProgrammes: 'Muut ohjelmat',
    noProgrammes: 'Kunnalla ei ole vielä julkaistua digiohjelmaa.',
  },

  actions: {
    title: 'Toimenpiteet',
    titleInRound: (when: string) => `Toimenpiteet – tilanne: ${when}`,
    filters: 'Rajaa toimenpiteitä',
    section: 'Osio',
    year: 'Aikataulutettu vuodelle',
    state: 'Tilanne',
    coFunded: 'Yhteisrahoitteinen',
    q: 'Hakusana',
    qHint: 'Hakee toimenpiteiden nimistä ja tilanneteksteistä.',
    round: 'Seurantakierros',
    any: 'Kaikki',
    latestRound: (when: string) => `Uusin (${when})`,
    submit: 'Näytä toimenpiteet',
    clear: 'Poista rajaukset',
    results: (count: number) =>
      count === 0 ? 'Yhtään toimenpidettä ei löytynyt.' : count === 1 ? 'Löytyi 1 toimenpide.' : `Löytyi ${n(count)} toimenpidettä.`,
    activeFilters: 'Valitut rajaukset',
    noActiveFilters: 'Ei rajauksia: kaikki toimenpiteet näytetään.',
    /** Followed, for screen readers, by the filter's name. */
    removeFilter: 'poista rajaus',
    download: 'Lataa lista avoimena datana',
    downloadCsv: 'CSV (Excel)',
    downloadJson: 'JSON',
    tableCaption: 'Toimenpiteet ja niiden tilanne',
    refColumn: 'Tunnus',
    nameColumn: 'Toimenpide',
    sectionColumn: 'Osio',
    scheduleColumn: 'Aikataulu',
    stateColumn: 'Tilanne',
    coFundedColumn: 'Rahoitus',
    coFundedMarker: 'Yhteisrahoitteinen',
    noStatusInRound: 'Ei merkintää tällä seurantakierroksella',
    errorHeading: 'Rajauksia ei voitu käyttää',
    invalidValue: (value: string) => `arvo ”${value}” ei kelpaa. Valitse arvo listasta.`,
    unknownRound: (value: string) => `seurantakierrosta ”${value}” ei ole tässä ohjelmassa.`,
  },

  action: {
    title: (ref: string) => `Toimenpide ${ref}`,
    section: 'Osio',
    schedule: 'Aikataulu',
    scheduleCaption: 'Vuodet, joille toimenpide on aikataulutettu',
    yearColumn: 'Vuosi',
    scheduled: 'aikataulutettu',
    notScheduled: 'ei aikataulutettu',
    scheduleText: (years: number[]) =>
      years.length === 0 ? 'Toimenpidettä ei ole aikataulutettu.' : `Aikataulutettu vuosille ${formatList('fi', years)}.`,
    funding: 'Rahoitus',
    coFundedWhole: 'Yhteisrahoitteinen: koko toimenpide on saanut VM:n kannustinrahoitusta.',
    coFundedPart: 'Yhteisrahoitteinen osa (VM:n kannustinrahoitus):',
    notCoFunded: 'Ei VM:n kannustinrahoitusta.',
    perspectives: 'Kahdeksan näkökulmaa',
    notClassified: 'Ei vielä luokiteltu',
    sector: 'Toimiala',
    sectorUnknown: 'Ei tiedossa',
    partners: 'Kumppanikunnat',
    noPartners: 'Ei kumppanikuntia',
    statuses: 'Tilanne seurantakierroksittain',
    noStatuses: 'Toimenpiteestä ei ole vielä seurantatietoa.',
    state: 'Tilanne',
    stateInferred: 'ehdotettu tekstistä, vahvistamatta',
    stateConfirmed: 'vahvistettu',
    /** The round's report, by its printed title ("Tilanne 09/2022"). */
    report: 'Seurantaraportti',
    trafficLight: 'Liikennevalo',
    noStatusText: 'Ei tilannetekstiä.',
    backToList: 'Takaisin toimenpidelistaan',
  },

  perspectives: {
    goal: 'Tavoite tai osaaminen',
    level: 'Taso',
    statutory: 'Lakisääteinen',
    benefits: 'Pitkän aikavälin hyödyt',
    beneficiaries: 'Pääasialliset hyödynsaajat',
    costClass: 'Kustannusluokka',
    impactClass: 'Vaikuttavuusluokka',
    developmentModel: 'Kehittämismalli',
    levels: {
      foundation: 'Digitaalinen perusta',
      shared_solution: 'Koko kaupungin yhteinen ratkaisu (TORI)',
      sector_change: 'Toimialakohtainen muutos (TOSI)',
      analytics: 'Analytiikka ja tieto',
    } as Record<Level, string>,
    benefitNames: {
      renewal: 'uudistuminen',
      human_centredness: 'ihmislähtöisyys',
      sustainability: 'kestävyys',
    } as Record<Benefit, string>,
    beneficiaryNames: {
      residents: 'kuntalaiset',
      companies: 'yritykset',
      tourists: 'matkailijat',
      staff: 'henkilöstö',
      climate: 'ilmasto',
    } as Record<Beneficiary, string>,
    costClasses: {
      S: 'S – nykyisillä resursseilla',
      M: 'M – tilapäinen lisämääräraha',
      L: 'L – pysyvä lisämääräraha',
    } as Record<SizeClass, string>,
    impactClasses: {
      S: 'S – kertaluonteinen vaikutus tai vaikutus harvoihin',
      M: 'M – jatkuva vaikutus harvoihin tai kertaluonteinen vaikutus moniin',
      L: 'L – jatkuva vaikutus moniin',
    } as Record<SizeClass, string>,
    developmentModels: {
      network: 'Verkostossa muiden kuntien kanssa',
      independent: 'Itsenäisesti',
    } as Record<DevelopmentModel, string>,
    list: (items: string[]) => formatList('fi', items),
  },

  comparison: {
    title: 'Seurantakierrosten vertailu',
    link: 'Vertaa seurantakierroksia',
    intro: 'Mitkä toimenpiteet muuttuivat kahden julkaistun seurantakierroksen välillä: tila, liikennevalo ja tilanneteksti.',
    earlier: 'Aiempi kierros',
    later: 'Myöhempi kierros',
    compare: 'Vertaa',
    needTwo: 'Vertailuun tarvitaan vähintään kaksi julkaistua seurantakierrosta.',
    unknownRound: (key: string) => `Ohjelmalla ei ole seurantakierrosta ${key}. Valitse kierros luettelosta.`,
    summaryCaption: (from: string, to: string) => `Muutokset ${from} – ${to}`,
    kinds: { changed: 'Muuttuneet', new: 'Uudet toimenpiteet', dropped: 'Eivät enää mukana', unchanged: 'Ennallaan' } as Record<'changed' | 'new' | 'dropped' | 'unchanged', string>,
    action: 'Toimenpide',
    before: (when: string) => `Tila ${when}`,
    after: (when: string) => `Tila ${when}`,
    light: (light: string) => `liikennevalo: ${light}`,
    textChanged: 'Tilanneteksti muuttui',
    none: 'Ei yhtään.',
  },
  enablers: {
    title: 'Mahdollistajat',
    intro: 'Mahdollistajat ovat toimenpiteiden onnistumisen edellytyksiä: toimintatapoja, järjestelmiä ja osaamista.',
    measures: 'Toimenpiteet',
    metrics: 'Mittarit',
    status: (when: string) => `Tilanne: ${when}`,
    none: 'Ohjelmalla ei ole mahdollistajia.',
    noStatus: 'Ei tilannetietoa.',
    empty: 'Ei kirjattu.',
  },
};

export type SiteMessages = typeof fi;
