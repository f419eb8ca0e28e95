/** Personal API tokens for the staff JSON API. */
const fi = {
  title: 'API-avaimet',
  intro: 'Henkilökohtaisella API-avaimella järjestelmät voivat lukea ja muokata tämän kunnan tietoja sinun nimissäsi ja sinun oikeuksillasi.',
  usage: 'Lähetä avain otsakkeessa Authorization: Bearer <avain>. Rajapinnan kuvaus:',
  yours: 'Omat avaimesi',
  none: 'Sinulla ei ole API-avaimia tässä kunnassa.',
  columns: { name: 'Nimi', created: 'Luotu', lastUsed: 'Viimeksi käytetty', state: 'Tila' },
  never: 'ei koskaan',
  active: 'voimassa',
  revoked: (when: string) => `peruttu ${when}`,
  revoke: 'Peru',
  revokeLabel: (name: string) => `Peru avain ${name}`,
  createTitle: 'Luo uusi avain',
  name: 'Avaimen nimi',
  nameHint: 'Mihin avainta käytetään, esim. ”Raportointi”.',
  nameRequired: 'Anna avaimelle nimi (enintään 100 merkkiä).',
  create: 'Luo avain',
  created: 'Avain on luotu. Kopioi se nyt: sitä ei näytetä uudelleen.',
  revokedNotice: 'Avain on peruttu.',
};

export type StaffApiTokenMessages = typeof fi;

const sv: StaffApiTokenMessages = {
  title: 'API-nycklar',
  intro: 'Med en personlig API-nyckel kan system läsa och ändra kommunens uppgifter i ditt namn och med dina behörigheter.',
  usage: 'Skicka nyckeln i huvudet Authorization: Bearer <nyckel>. Gränssnittets beskrivning:',
  yours: 'Dina nycklar',
  none: 'Du har inga API-nycklar i denna kommun.',
  columns: { name: 'Namn', created: 'Skapad', lastUsed: 'Senast använd', state: 'Status' },
  never: 'aldrig',
  active: 'giltig',
  revoked: (when) => `återkallad ${when}`,
  revoke: 'Återkalla',
  revokeLabel: (name) => `Återkalla nyckeln ${name}`,
  createTitle: 'Skapa en ny nyckel',
  name: 'Nyckelns namn',
  nameHint: 'Vad nyckeln används till, t.ex. ”Rapportering”.',
  nameRequired: 'Ge nyckeln ett namn (högst 100 tecken).',
  create: 'Skapa nyckel',
  created: 'Nyckeln har skapats. Kopiera den nu: den visas inte igen.',
  revokedNotice: 'Nyckeln har återkallats.',
};

const en: StaffApiTokenMessages = {
  title: 'API tokens',
  intro: "With a personal API token, systems can read and edit this municipality's data in your name and with your permissions.",
  usage: 'Send the token in the header Authorization: Bearer <token>. The API description:',
  yours: 'Your tokens',
  none: 'You have no API tokens in this municipality.',
  columns: { name: 'Name', created: 'Created', lastUsed: 'Last used', state: 'State' },
  never: 'never',
  active: 'active',
  revoked: (when) => `revoked ${when}`,
  revoke: 'Revoke',
  revokeLabel: (name) => `Revoke the token ${name}`,
  createTitle: 'Create a new token',
  name: 'Token name',
  nameHint: 'What the token is for, e.g. “Reporting”.',
  nameRequired: 'Give the token a name (at most 100 characters).',
  create: 'Create token',
  created: 'The token has been created. Copy it now: it will not be shown again.',
  revokedNotice: 'The token has been revoked.',
};

export const staffApiTokens = { fi, sv, en };
