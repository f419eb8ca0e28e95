/** The catalog pages' URLs, under a municipality's site in a language. */
import type { Lang } from '../../domain/language.ts';

const seg = encodeURIComponent;

export interface CatalogPageQuery {
  q?: string;
  municipality?: string;
  ended?: string;
  page?: number;
}

export const catalogUrls = {
  search: (m: string, lang: Lang, query: CatalogPageQuery = {}) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '' && !(key === 'page' && value === 1)) params.set(key, String(value));
    }
    const search = params.toString();
    return `/${seg(m)}/${lang}/catalog${search ? `?${search}` : ''}`;
  },
  project: (m: string, lang: Lang, id: string) => `/${seg(m)}/${lang}/catalog/${seg(id)}`,
  network: (m: string, lang: Lang) => `/${seg(m)}/${lang}/network`,
  openData: (query: { q?: string }) => `/api/v1/catalog/projects${query.q ? `?${new URLSearchParams({ q: query.q })}` : ''}`,
};
