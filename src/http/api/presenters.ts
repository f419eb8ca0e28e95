/**
 * Turns the read services' views into the open data API's JSON. Only what is listed here leaves
 * the system: views may grow (internal ids, people) without it reaching the open API.
 */
import { LANGUAGES, type LocalizedText } from '../../domain/language.ts';
import type {
  ActionDetail,
  ActionListItem,
  MunicipalityView,
  ProgrammeSummary,
  RoundView,
  StatusView,
} from '../../services/views.ts';
import type {
  ActionDetailJson,
  ActionJson,
  LocalizedTextJson,
  ProgrammeJson,
  ProgrammeListJson,
  RoundJson,
  StatusJson,
} from './schemas.ts';

/** The languages that have text, and only those: open data says what exists, never a fallback. */
export function presentText(value: LocalizedText): LocalizedTextJson {
  const present: LocalizedTextJson = {};
  for (const lang of LANGUAGES) {
    const text = value[lang];
    if (text) present[lang] = text;
  }
  return present;
}

function presentOptionalText(value: LocalizedText): LocalizedTextJson | null {
  const present = presentText(value);
  return Object.keys(present).length > 0 ? present : null;
}

function presentRound(round: RoundView): RoundJson {
  return { key: round.key, label: presentText(round.label), lang: round.lang };
}

export function presentProgramme(programme: ProgrammeSummary): ProgrammeJson {
  return {
    slug: programme.slug,
    name: presentText(programme.name),
    period: { start: programme.periodStart, end: programme.periodEnd },
    costCode: programme.costCode,
    rounds: programme.rounds.map(presentRound),
    latestRound: programme.latestRound ? presentRound(programme.latestRound) : null,
    actionCount: programme.actionCount,
    stateCounts: { ...programme.stateCounts },
  };
}

export function presentProgrammeList(municipality: MunicipalityView, programmes: ProgrammeSummary[]): ProgrammeListJson {
  return {
    municipality: {
      slug: municipality.slug,
      code: municipality.code,
      name: presentText(municipality.name),
      languages: municipality.languages,
    },
    programmes: programmes.map(presentProgramme),
  };
}

function presentStatus(status: StatusView): StatusJson {
  return {
    round: status.round.key,
    roundLabel: presentText(status.round.label),
    text: presentText(status.text),
    state: status.state,
    stateInferred: status.stateInferred,
    trafficLight: status.trafficLight,
  };
}

export function presentAction(action: ActionListItem): ActionJson {
  return {
    id: action.ref,
    name: presentText(action.name),
    section: { position: action.section.position, name: presentText(action.section.name) },
    years: action.years,
    coFunded: action.coFunded,
    coFundedPart: presentOptionalText(action.coFundedPart),
    status: action.status ? presentStatus(action.status) : null,
  };
}

export function presentActionDetail(action: ActionDetail): ActionDetailJson {
  const { perspectives } = action;
  return {
    ...presentAction(action),
    perspectives: {
      goal: perspectives.goal,
      competence: perspectives.competence,
      level: perspectives.level,
      statutory: perspectives.statutory,
      benefits: perspectives.benefits,
      beneficiaries: perspectives.beneficiaries,
      costClass: perspectives.costClass,
      impactClass: perspectives.impactClass,
      developmentModel: perspectives.developmentModel,
    },
    sector: presentText(action.sector),
    partnerMunicipalities: action.partnerMunicipalities,
    statuses: action.statuses.map(presentStatus),
  };
}
