/** Links to this same page (and query) in the other interface languages, each named in its own language. */
import type { Lang } from '../../domain/language.ts';
import { siteMessages } from '../../i18n/site/index.ts';
import type { PageContext } from '../context.ts';

export interface Alternate {
  lang: Lang;
  href: string;
}

export function LanguageSwitcher({ ctx, alternates }: { ctx: PageContext; alternates: Alternate[] }) {
  if (alternates.length === 0) return null;
  return (
    <nav class="language-switcher" aria-label={ctx.t.layout.languageSwitcher}>
      <ul>
        {alternates.map((alternate) => (
          <li>
            <a href={alternate.href} lang={alternate.lang} hreflang={alternate.lang}>
              {siteMessages(alternate.lang).inThisLanguage}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
