/** The URLs of a programme's goals and metrics, on the site and in the open API. */
import type { Lang } from '../../domain/language.ts';

const seg = encodeURIComponent;

export const resultsUrls = {
  goals: (m: string, lang: Lang, programme: string) => `/${seg(m)}/${lang}/${seg(programme)}/goals`,
  metric: (m: string, lang: Lang, programme: string, code: string) => `/${seg(m)}/${lang}/${seg(programme)}/metrics/${seg(code)}`,
  api: (m: string, programme: string, format: 'json' | 'csv' = 'json') =>
    `/api/v1/${seg(m)}/programmes/${seg(programme)}/metrics${format === 'csv' ? '.csv' : ''}`,
};
