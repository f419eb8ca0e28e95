/** How the workspace shows a stored value of an action in the conflict and history tables. */
import { LANGUAGES, type Lang } from '../../domain/language.ts';
import type { StaffPageContext } from '../page-context.ts';

/** Names of the people, goals and competences an action may point at, by id. */
export interface Lookups {
  people: ReadonlyMap<string, string>;
  goals: ReadonlyMap<string, string>;
  competences: ReadonlyMap<string, string>;
}

export function formatWhen(lang: Lang, at: Date | string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Helsinki' })
    .format(new Date(at));
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0);

export function formatValue(ctx: StaffPageContext, field: string, value: unknown, lookups: Lookups): string {
  const t = ctx.t.editing;
  const p = ctx.site.perspectives;
  if (isEmpty(value)) return '–';
  const labelled = <K extends string>(labels: Record<K, string>) => (item: unknown) => labels[item as K] ?? String(item);
  switch (field) {
    case 'ownerUserId':
      return lookups.people.get(String(value)) ?? ctx.t.editing.history.unknownPerson;
    case 'goalId':
      return lookups.goals.get(String(value)) ?? String(value);
    case 'competenceId':
      return lookups.competences.get(String(value)) ?? String(value);
    case 'level':
      return labelled(p.levels)(value);
    case 'benefits':
      return (value as string[]).map(labelled(p.benefitNames)).join(', ');
    case 'beneficiaries':
      return (value as string[]).map(labelled(p.beneficiaryNames)).join(', ');
    case 'costClass':
      return labelled(p.costClasses)(value);
    case 'impactClass':
      return labelled(p.impactClasses)(value);
    case 'developmentModel':
      return labelled(p.developmentModels)(value);
    case 'archivedAt':
      return formatWhen(ctx.lang, value as string);
  }
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') {
    const texts = value as Partial<Record<Lang, unknown>>;
    return LANGUAGES.filter((lang) => !isEmpty(texts[lang]))
      .map((lang) => `${lang}: ${Array.isArray(texts[lang]) ? (texts[lang] as string[]).join(' / ') : String(texts[lang])}`).join(' · ');
  }
  return String(value);
}

/** The label of a field the use-cases name ("name.sv" is the name in Swedish). */
export function fieldLabel(ctx: StaffPageContext, field: string): string {
  const t = ctx.t.editing;
  const [head, lang] = field.split('.');
  const label = (t.fields as Record<string, string>)[head ?? ''] ?? field;
  return lang && (LANGUAGES as readonly string[]).includes(lang) ? `${label} ${t.languageNames[lang as Lang]}` : label;
}
