/** The catalog search form's query, read and checked: bad values become messages beside their field. */
import { municipalityCodeOf } from '../../http/api/catalog/routes.ts';

export const CATALOG_PAGE_SIZE = 20;

export interface CatalogFormValues {
  q: string;
  municipality: string;
  ended: string;
  page: string;
}

export type CatalogFormField = keyof CatalogFormValues;

export interface CatalogSearch {
  q?: string;
  municipality?: string;
  ended?: boolean;
  page: number;
}

export type CatalogQueryResult =
  | { ok: true; values: CatalogFormValues; search: CatalogSearch }
  | { ok: false; values: CatalogFormValues; errors: { field: CatalogFormField; message: 'unknownMunicipality' | 'invalidPage' }[] };

export function parseCatalogQuery(query: Record<string, string | undefined>): CatalogQueryResult {
  const values: CatalogFormValues = {
    q: (query.q ?? '').trim().slice(0, 200),
    municipality: (query.municipality ?? '').trim().slice(0, 100),
    ended: query.ended === 'true' || query.ended === 'false' ? query.ended : '',
    page: (query.page ?? '').trim(),
  };
  const errors: { field: CatalogFormField; message: 'unknownMunicipality' | 'invalidPage' }[] = [];
  const code = values.municipality ? municipalityCodeOf(values.municipality) : undefined;
  if (code === null) errors.push({ field: 'municipality', message: 'unknownMunicipality' });
  const page = values.page === '' ? 1 : Number(values.page);
  if (!Number.isInteger(page) || page < 1 || page > 10_000) errors.push({ field: 'page', message: 'invalidPage' });
  if (errors.length > 0) return { ok: false, values, errors };
  return {
    ok: true,
    values,
    search: {
      ...(values.q ? { q: values.q } : {}),
      ...(code ? { municipality: code } : {}),
      ...(values.ended ? { ended: values.ended === 'true' } : {}),
      page,
    },
  };
}
