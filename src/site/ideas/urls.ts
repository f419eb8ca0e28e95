/** The public addresses of ideas. */
import type { Lang } from '../../domain/language.ts';

const seg = encodeURIComponent;

export const ideaUrls = {
  list: (m: string, lang: Lang) => `/${seg(m)}/${lang}/ideas`,
  form: (m: string, lang: Lang) => `/${seg(m)}/${lang}/ideas/new`,
  idea: (m: string, lang: Lang, ref: string) => `/${seg(m)}/${lang}/ideas/${seg(ref)}`,
  privacy: (m: string, lang: Lang) => `/${seg(m)}/${lang}/ideas/privacy`,
  openData: (m: string) => `/api/v1/${seg(m)}/ideas`,
};
