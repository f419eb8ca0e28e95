/** Dates of the rounds' pages in the reader's language, in Finnish time. */
import type { Lang } from '../../domain/language.ts';
import { formatDay } from '../../i18n/staff/round-mail.ts';
import { LOCALES } from '../../i18n/site/format.ts';

export { formatDay };

export function formatMoment(lang: Lang, at: Date): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(at);
}
