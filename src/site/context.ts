/** What every page and component needs to speak the page's language. */
import type { Lang } from '../domain/language.ts';
import type { SiteMessages } from '../i18n/site/index.ts';
import { siteMessages } from '../i18n/site/index.ts';
import type { MunicipalityView } from '../services/views.ts';

export interface PageContext {
  lang: Lang;
  t: SiteMessages;
  /** The order in which other languages stand in for missing content: the municipality's own first. */
  fallbacks: readonly Lang[];
}

export function pageContext(lang: Lang, municipality?: MunicipalityView | null): PageContext {
  return { lang, t: siteMessages(lang), fallbacks: municipality?.languages ?? [] };
}
