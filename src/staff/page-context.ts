/** What every workspace page and component needs: the language, its texts, who is signed in, where. */
import type { ScopedMunicipality } from '../services/context.ts';
import type { Lang } from '../domain/language.ts';
import type { StaffMessages } from '../i18n/staff/index.ts';
import type { SiteMessages } from '../i18n/site/index.ts';
import { siteMessages } from '../i18n/site/index.ts';
import type { SignedIn } from './env.ts';

export interface StaffPageContext {
  lang: Lang;
  t: StaffMessages;
  /** The public site's texts: states, perspectives and other vocabulary the workspace shares with it. */
  site: SiteMessages;
  signedIn: SignedIn | null;
  /** The municipality whose workspace this is; null on the pages before one is chosen. */
  municipality: ScopedMunicipality | null;
  /** The order in which other languages stand in for missing content. */
  fallbacks: readonly Lang[];
}

export function staffPageContext(
  lang: Lang, t: StaffMessages, signedIn: SignedIn | null, municipality: ScopedMunicipality | null = null,
): StaffPageContext {
  return { lang, t, site: siteMessages(lang), signedIn, municipality, fallbacks: municipality?.languages ?? [] };
}
