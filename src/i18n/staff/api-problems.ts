/**
 * The staff JSON API's problem details, in the language the caller asks for (Accept-Language).
 * Fields are named as the API names them ("name.sv"); what is wrong with them is told in words.
 */
import type { Problem } from '../../services/editing/validation.ts';
import { staffEditing } from './editing.ts';

/** Problems the API adds to those of the workspace's forms. */
type ApiFieldProblem = Problem | 'past' | 'unrecognized' | 'empty';

const fi = {
  /** What a refusal is about, by the name the use-cases give it (tables have plural names). */
  entities: {
    action: 'toimenpide', actions: 'toimenpide', 'action version': 'toimenpiteen versio', programme: 'ohjelma', programmes: 'ohjelma',
    round: 'seurantakierros', entry: 'kierroksen tilannetieto', goal: 'tavoite', goals: 'tavoite', competence: 'osaaminen',
    competences: 'osaaminen', section: 'osio', sections: 'osio', enabler: 'mahdollistaja', enablers: 'mahdollistaja',
  } as Record<string, string>,
  problems: {
    ...staffEditing.fi.problems,
    past: 'on jo mennyt',
    unrecognized: 'ei ole tämän pyynnön kenttä',
    empty: 'anna ainakin yksi muutettava kenttä',
  } satisfies Record<ApiFieldProblem, string>,
  field: (field: string, problem: string) => `Kenttä "${field}": ${problem}.`,
  pathParameter: (name: string) => `Polun osa "${name}" ei kelpaa.`,
  malformed: 'Pyynnön runko ei ole kelvollista JSONia (Content-Type: application/json).',
  noToken: 'Lähetä tämän kunnan voimassa oleva henkilökohtainen API-avain: "Authorization: Bearer <avain>".',
  expired: (at: string) => `API-avain vanheni ${at}. Luo uusi avain työtilassa (API-avaimet).`,
  forbidden: (permission: string) => `Avaimen henkilöllä ei ole tähän oikeutta (${permission}).`,
  notFound: (entity: string, key: string) => `Ei löydy: ${entity} "${key}".`,
  stale: (entity: string, yours: number, current: number) =>
    `Kohde (${entity}) on muuttunut versiosta ${yours}: nyt versio ${current}. Mitään ei tallennettu; lue se uudelleen ja tee muutos sen pohjalta.`,
  ifMatchRequired: 'If-Match puuttuu: lähetä sen version ETag, johon muutos perustuu (GET-vastauksen mukaan).',
  round: {
    closed: 'Kierros on suljettu: se on julkaistu ja jäädytetty, kunnes koordinaattori avaa sen uudelleen.',
    open: 'Kierros on jo auki.',
    another_open: 'Ohjelmalla on jo avoin kierros: vain yksi kerrallaan.',
    missing_languages: (refs: string) => `Vaaditut kielet puuttuvat toimenpiteiltä ${refs}; kierrosta ei suljettu.`,
  },
};

export type StaffApiProblemMessages = typeof fi;

const sv: StaffApiProblemMessages = {
  entities: {
    action: 'åtgärd', actions: 'åtgärd', 'action version': 'åtgärdens version', programme: 'program', programmes: 'program',
    round: 'uppföljningsomgång', entry: 'lägesuppgift', goal: 'mål', goals: 'mål', competence: 'kompetens',
    competences: 'kompetens', section: 'avsnitt', sections: 'avsnitt', enabler: 'möjliggörare', enablers: 'möjliggörare',
  },
  problems: {
    ...staffEditing.sv.problems,
    past: 'har redan varit',
    unrecognized: 'är inte ett fält i denna begäran',
    empty: 'ange minst ett fält att ändra',
  },
  field: (field, problem) => `Fältet "${field}": ${problem}.`,
  pathParameter: (name) => `Sökvägens del "${name}" är ogiltig.`,
  malformed: 'Begärans innehåll är inte giltig JSON (Content-Type: application/json).',
  noToken: 'Skicka en giltig personlig API-nyckel för denna kommun: "Authorization: Bearer <nyckel>".',
  expired: (at) => `API-nyckeln gick ut ${at}. Skapa en ny nyckel i arbetsytan (API-nycklar).`,
  forbidden: (permission) => `Nyckelns person har inte behörighet till detta (${permission}).`,
  notFound: (entity, key) => `Hittas inte: ${entity} "${key}".`,
  stale: (entity, yours, current) =>
    `Objektet (${entity}) har ändrats sedan version ${yours}: nu version ${current}. Inget sparades; läs det igen och gör ändringen utifrån det.`,
  ifMatchRequired: 'If-Match saknas: skicka ETag för den version ändringen bygger på (som GET svarade).',
  round: {
    closed: 'Omgången är stängd: den är publicerad och fryst tills en koordinator öppnar den igen.',
    open: 'Omgången är redan öppen.',
    another_open: 'Programmet har redan en öppen omgång: bara en åt gången.',
    missing_languages: (refs) => `Obligatoriska språk saknas för åtgärderna ${refs}; omgången stängdes inte.`,
  },
};

const en: StaffApiProblemMessages = {
  entities: {
    action: 'action', actions: 'action', 'action version': 'action version', programme: 'programme', programmes: 'programme',
    round: 'round', entry: 'entry', goal: 'goal', goals: 'goal', competence: 'competence',
    competences: 'competence', section: 'section', sections: 'section', enabler: 'enabler', enablers: 'enabler',
  },
  problems: {
    ...staffEditing.en.problems,
    past: 'has passed',
    unrecognized: 'is not a field of this request',
    empty: 'give at least one field to change',
  },
  field: (field, problem) => `Field "${field}": ${problem}.`,
  pathParameter: (name) => `Invalid path parameter "${name}".`,
  malformed: 'The request body is not valid JSON (Content-Type: application/json).',
  noToken: 'Send a live personal API token of this municipality: "Authorization: Bearer <token>".',
  expired: (at) => `The API token expired at ${at}. Create a new one in the workspace (API tokens).`,
  forbidden: (permission) => `Not permitted: the token's person may not do this (${permission}).`,
  notFound: (entity, key) => `There is no ${entity} "${key}".`,
  stale: (entity, yours, current) =>
    `The ${entity} has changed since version ${yours}: it is now at version ${current}. Nothing was saved; read it again and redo the change.`,
  ifMatchRequired: 'If-Match is missing: send the ETag of the version your change is based on (as the GET answered it).',
  round: {
    closed: 'The round is closed: it is published and frozen until a coordinator reopens it.',
    open: 'The round is already open.',
    another_open: 'The programme already has an open round: one at a time.',
    missing_languages: (refs) => `Required languages are missing for actions ${refs}; the round was not closed.`,
  },
};

export const staffApiProblems = { fi, sv, en };
