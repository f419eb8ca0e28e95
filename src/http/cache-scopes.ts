/**
 * Which content a public answer shows, from its path alone (epoch scopes, see content_epoch in
 * db/schema.ts): a municipality's pages and API answers show its own content and its name; the front
 * page shows every municipality. Anything else is not cached.
 */
import { isLang } from '../domain/language.ts';
import { isSlug } from '../domain/slug.ts';
import { API_BASE_PATH } from './api/routes.ts';

/** Part of the session cookie's name: a request that carries it is someone's own. */
export const SESSION_COOKIE_MARK = 'tiekartta-session';

const municipalityScopes = (slug: string) => ['platform', `m:${slug}`];

export function cacheScopes(path: string): readonly string[] | null {
  const segments = path.split('/');
  if (path === '/') return ['any'];
  if (path.startsWith(`${API_BASE_PATH}/catalog/`)) return ['platform'];
  if (path.startsWith(`${API_BASE_PATH}/`)) {
    const slug = segments[3];
    // The staff API (/api/v1/staff/…) answers one person only.
    return isSlug(slug) && slug !== 'staff' ? municipalityScopes(slug) : null;
  }
  const [, slug, lang] = segments;
  // The workspace (/staff/…) is never public; its first segment is a reserved slug.
  return isSlug(slug) && slug !== 'staff' && isLang(lang) ? municipalityScopes(slug) : null;
}
