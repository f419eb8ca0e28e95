/** The public site's message catalogs: Finnish defines the type, Swedish and English must match it. */
import type { Lang } from '../../domain/language.ts';
import { en } from './en.ts';
import { fi, type SiteMessages } from './fi.ts';
import { sv } from './sv.ts';

export type { SiteMessages } from './fi.ts';

const catalogs: Record<Lang, SiteMessages> = { fi, sv, en };

export function siteMessages(lang: Lang): SiteMessages {
  return catalogs[lang];
}
