/** Number, date and list formatting for the site, through Intl so each language reads naturally. */
import { LANGUAGES, type Lang } from '../../domain/language.ts';

/** The Intl locale of each interface language: Finland's variants, British English. */
export const LOCALES: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** One formatter per language, made once: making one costs far more than formatting with it (a list page formats hundreds of values). */
function perLanguage<T>(make: (locale: string, lang: Lang) => T): Record<Lang, T> {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, make(LOCALES[lang], lang)])) as Record<Lang, T>;
}

const numbers = perLanguage((locale) => new Intl.NumberFormat(locale));
const months = perLanguage((locale) => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
const dates = perLanguage((locale, lang) => new Intl.DateTimeFormat(locale, { dateStyle: lang === 'en' ? 'long' : 'short', timeZone: 'Europe/Helsinki' }));
const lists = perLanguage((locale) => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));

export function formatNumber(lang: Lang, n: number): string {
  return numbers[lang].format(n);
}

/** "syyskuu 2022", "september 2022", "September 2022". UTC so the month never shifts by time zone. */
export function formatMonth(lang: Lang, year: number, month: number): string {
  return months[lang].format(new Date(Date.UTC(year, month - 1, 1)));
}

/** "23.11.2026", "23.11.2026", "23 November 2026", in Finnish time. */
export function formatDate(lang: Lang, date: Date): string {
  return dates[lang].format(date);
}

/** "2020, 2021 ja 2022": years are written without grouping separators. */
export function formatList(lang: Lang, items: readonly (string | number)[]): string {
  return lists[lang].format(items.map(String));
}
