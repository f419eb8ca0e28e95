/** The site's URLs, built in one place so links and routes agree. */
import type { Lang } from '../domain/language.ts';
import type { ReportFormat } from '../services/reports/followup-report.ts';
import type { ActionFilter } from '../services/views.ts';

type Query = Record<string, string | number | undefined>;

function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

const seg = encodeURIComponent;

export const siteUrls = {
  /** The front page; with a language, in that language instead of the browser's. */
  home: (lang?: Lang) => (lang ? withQuery('/', { lang }) : '/'),
  municipality: (m: string, lang: Lang) => `/${seg(m)}/${lang}/`,
  programme: (m: string, lang: Lang, programme: string) => `/${seg(m)}/${lang}/${seg(programme)}/`,
  actions: (m: string, lang: Lang, programme: string, query?: Query) =>
    withQuery(`/${seg(m)}/${lang}/${seg(programme)}/actions`, query),
  action: (m: string, lang: Lang, programme: string, ref: string) =>
    `/${seg(m)}/${lang}/${seg(programme)}/actions/${seg(ref)}`,
  enablers: (m: string, lang: Lang, programme: string) => `/${seg(m)}/${lang}/${seg(programme)}/enablers`,
  compareRounds: (m: string, lang: Lang, programme: string) => `/${seg(m)}/${lang}/${seg(programme)}/rounds/compare`,
  report: (m: string, lang: Lang, programme: string, round: string, format: ReportFormat) =>
    `/${seg(m)}/${lang}/${seg(programme)}/rounds/${seg(round)}/report.${format}`,
  openData: (m: string) => `/api/v1/${seg(m)}/programmes`,
  /** The open data of an action list, filtered as the page is. */
  openDataActions: (m: string, programme: string, filter: ActionFilter, format: 'json' | 'csv') =>
    withQuery(`/api/v1/${seg(m)}/programmes/${seg(programme)}/actions${format === 'csv' ? '.csv' : ''}`, {
      section: filter.section,
      year: filter.year,
      state: filter.state,
      coFunded: filter.coFunded === undefined ? undefined : String(filter.coFunded),
      q: filter.q,
      round: filter.round,
      lang: filter.lang,
    }),
  stylesheet: '/assets/site.css',
};

/**
 * The same page in another language: the front page takes it as `?lang=`; every other page has its
 * language as the second path segment, so only that segment changes, and the query stays.
 */
export function samePageIn(url: URL, lang: Lang): string | null {
  if (url.pathname === '/') return siteUrls.home(lang);
  const segments = url.pathname.split('/');
  if (segments.length < 3 || segments[1] === '') return null;
  segments[2] = lang;
  return segments.join('/') + url.search;
}
