/** Comparing two rounds in the workspace, open rounds included; the shared words are the site's (`comparison`). */
const fi = {
  title: 'Seurantakierrosten vertailu',
  link: 'Vertaa tätä kierrosta toiseen',
  intro: 'Mitkä toimenpiteet muuttuivat kahden kierroksen välillä: tila, liikennevalo ja tilanneteksti. Mukana ovat myös avoimet kierrokset, joita ei ole vielä julkaistu.',
  needTwo: 'Vertailuun tarvitaan vähintään kaksi kierrosta.',
  unknownRound: (key: string) => `Ohjelmassa ei ole kierrosta ${key}. Valitse kierros luettelosta.`,
  roundOption: (when: string, open: boolean) => (open ? `${when} (avoin)` : when),
};

export type StaffRoundCompareMessages = typeof fi;

const sv: StaffRoundCompareMessages = {
  title: 'Jämförelse av uppföljningsomgångar',
  link: 'Jämför den här omgången med en annan',
  intro: 'Vilka åtgärder ändrades mellan två omgångar: läge, trafikljus och lägestext. Också öppna omgångar som ännu inte publicerats är med.',
  needTwo: 'En jämförelse kräver minst två omgångar.',
  unknownRound: (key) => `Programmet har ingen omgång ${key}. Välj en omgång i listan.`,
  roundOption: (when, open) => (open ? `${when} (öppen)` : when),
};

const en: StaffRoundCompareMessages = {
  title: 'Comparing follow-up rounds',
  link: 'Compare this round with another',
  intro: 'Which actions changed between two rounds: state, traffic light and status text. Open rounds, not yet published, are included.',
  needTwo: 'A comparison needs at least two rounds.',
  unknownRound: (key) => `The programme has no round ${key}. Choose a round from the list.`,
  roundOption: (when, open) => (open ? `${when} (open)` : when),
};

export const staffRoundCompare = { fi, sv, en };
