/** The frame of every page: skip link, header, language switcher, breadcrumbs, main, footer. */
import type { Child } from 'hono/jsx';
import type { MunicipalityView } from '../services/views.ts';
import type { PageContext } from './context.ts';
import { Breadcrumbs, type Crumb } from './components/breadcrumbs.tsx';
import { LanguageSwitcher, type Alternate } from './components/language-switcher.tsx';
import { ShownText } from './components/localized-text.tsx';
import { municipalityName } from './names.ts';
import { siteUrls } from './urls.ts';
import { catalogSiteMessages } from '../i18n/site/catalog.ts';
import { catalogUrls } from './catalog/urls.ts';

export interface LayoutProps {
  ctx: PageContext;
  /** The page's own title; the municipality and the site name are added after it. */
  title: string;
  municipality?: MunicipalityView | null;
  crumbs: Crumb[];
  alternates: Alternate[];
  children?: Child;
}

export function Layout({ ctx, title, municipality, crumbs, alternates, children }: LayoutProps) {
  const { t } = ctx;
  const placeName = municipality ? municipalityName(ctx, municipality) : null;
  // A municipality's front page is titled by its name alone: the set drops the repeat.
  const fullTitle = [...new Set([title, placeName?.text, t.siteName])].filter(Boolean).join(' – ');
  return (
    <html lang={ctx.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <link rel="stylesheet" href={siteUrls.stylesheet} />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t.layout.skipToContent}
        </a>
        <header class="site-header">
          <div class="wrap header-row">
            <p class="site-name">
              <a href={siteUrls.home(ctx.lang)}>{t.siteName}</a>
              {municipality && placeName && (
                <>
                  <span aria-hidden="true"> · </span>
                  <a href={siteUrls.municipality(municipality.slug, ctx.lang)} class="municipality-name">
                    <ShownText ctx={ctx} shown={placeName} />
                  </a>
                </>
              )}
            </p>
            <LanguageSwitcher ctx={ctx} alternates={alternates} />
          </div>
        </header>
        <div class="wrap">
          <Breadcrumbs ctx={ctx} crumbs={crumbs} />
        </div>
        <main id="main" class="wrap" tabindex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{t.layout.about}</p>
            {municipality && (
              <p>
                <strong>{t.layout.openData}: </strong>
                <a href={siteUrls.openData(municipality.slug)}>{t.layout.openDataLink}</a>
              </p>
            )}
            {municipality && <p><a href={catalogUrls.search(municipality.slug, ctx.lang)}>{catalogSiteMessages(ctx.lang).linkFromMunicipality}</a></p>}
          </div>
        </footer>
      </body>
    </html>
  );
}
