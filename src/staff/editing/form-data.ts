/**
 * Form posts turned into the plain values the editing use-cases validate. Every text field comes
 * as "<field>.<lang>", every checkbox of a group as "<field>.<value>", so no field repeats a name.
 */
import { BENEFICIARIES, BENEFITS } from '../../domain/action.ts';
import { LANGUAGES, type Lang } from '../../domain/language.ts';
import { parseVersion } from '../../domain/version.ts';

export type FormBody = Record<string, string | File | (string | File)[]>;

const text = (body: FormBody, name: string): string => {
  const value = body[name];
  return typeof value === 'string' ? value : '';
};
const orNull = (value: string) => (value.trim() === '' ? null : value);
const localized = (body: FormBody, field: string) => Object.fromEntries(LANGUAGES.map((lang) => [lang, text(body, `${field}.${lang}`)]));
const lines = (value: string) => value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0);
const checked = <T extends string | number>(body: FormBody, field: string, values: readonly T[]) =>
  values.filter((value) => text(body, `${field}.${value}`) !== '');

/** The version a form was opened at; 0, which no row has (so a conflict), when missing. */
export const versionOf = (body: FormBody) => parseVersion(text(body, 'version'));

export function actionFieldsFromForm(body: FormBody, years: readonly number[]) {
  const statutory = text(body, 'statutory');
  return {
    name: localized(body, 'name'),
    years: checked(body, 'years', years),
    ownerUserId: orNull(text(body, 'ownerUserId')),
    ownerName: orNull(text(body, 'ownerName')),
    sector: localized(body, 'sector'),
    partnerMunicipalities: lines(text(body, 'partnerMunicipalities')),
    coFunded: text(body, 'coFunded') !== '',
    coFundedPart: localized(body, 'coFundedPart'),
    goalId: orNull(text(body, 'goalId')),
    competenceId: orNull(text(body, 'competenceId')),
    level: orNull(text(body, 'level')),
    statutory: statutory === 'yes' ? true : statutory === 'no' ? false : null,
    benefits: checked(body, 'benefits', BENEFITS),
    beneficiaries: checked(body, 'beneficiaries', BENEFICIARIES),
    costClass: orNull(text(body, 'costClass')),
    impactClass: orNull(text(body, 'impactClass')),
    developmentModel: orNull(text(body, 'developmentModel')),
  };
}

export function programmeFieldsFromForm(body: FormBody) {
  const year = (name: string) => (/^\d{4}$/.test(text(body, name).trim()) ? Number(text(body, name)) : text(body, name));
  return { name: localized(body, 'name'), periodStart: year('periodStart'), periodEnd: year('periodEnd'), costCode: orNull(text(body, 'costCode')) };
}

export function structureFieldsFromForm(body: FormBody) {
  const perLanguageLines = (field: string) =>
    Object.fromEntries(LANGUAGES.map((lang: Lang) => [lang, lines(text(body, `${field}.${lang}`))]));
  const ids = (field: string) => Object.keys(body).filter((key) => key.startsWith(`${field}.`) && text(body, key) !== '').map((key) => key.slice(field.length + 1));
  return {
    code: text(body, 'code'), kind: text(body, 'kind') || undefined, name: localized(body, 'name'),
    measures: perLanguageLines('measures'), metrics: perLanguageLines('metrics'),
    description: localized(body, 'description'), benefits: checked(body, 'benefits', BENEFITS), spearheadIds: ids('spearheadIds'),
    exampleMetrics: perLanguageLines('exampleMetrics'),
    goalId: orNull(text(body, 'goalId')), unit: localized(body, 'unit'), source: localized(body, 'source'),
    direction: text(body, 'direction') || undefined, target: localized(body, 'target'),
  };
}
