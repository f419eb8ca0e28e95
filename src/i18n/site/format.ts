/** Number, date and list formatting for the site, through Intl so each language reads naturally. */
import type { Lang } from '../../domain/language.ts';

/** The Intl locale of each interface language: Finland's variants, British English. */
export const LOCALES: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(n);
}

/** "syyskuu 2022", "september 2022", "September 2022". UTC so the month never shifts by time zone. */
export function formatMonth(lang: Lang, year: number, month: number): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}

/** "23.11.2026", "23.11.2026", "23 November 2026", in Finnish time. */
export function formatDate(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: lang === 'en' ? 'long' : 'short', timeZone: 'Europe/Helsinki' }).format(date);
}

/** "2020, 2021 ja 2022": years are written without grouping separators. */
export function formatList(lang: Lang, items: readonly (string | number)[]): string {
  return new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' }).format(items.map(String));
}
