/** The frame of every workspace page: skip link, header (who, where, sign-out), breadcrumbs, main. */
import type { Child } from 'hono/jsx';
import { pickText } from '../domain/language.ts';
import { LanguageSwitcher, type Alternate } from '../site/components/language-switcher.tsx';
import type { StaffPageContext } from './page-context.ts';
import { staffUrls } from './urls.ts';
import { CsrfField } from './components/forms.tsx';
import { navigationFor } from './navigation.ts';

export interface Crumb {
  label: string;
  href?: string;
}

export function StaffLayout({ ctx, title, crumbs = [], currentPath, children }: {
  ctx: StaffPageContext;
  title: string;
  crumbs?: Crumb[];
  /** The page's own path, so that the menu can mark it. */
  currentPath?: string;
  children?: Child;
}) {
  const { t, signedIn, municipality } = ctx;
  const navigation = navigationFor(ctx);
  const place = municipality ? pickText(municipality.name, ctx.lang, municipality.languages)?.text ?? municipality.slug : null;
  return (
    <html lang={ctx.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{[title, place, t.common.workspaceName].filter(Boolean).join(' – ')}</title>
        <link rel="stylesheet" href="/assets/site.css" />
        <link rel="stylesheet" href="/assets/staff.css" />
        <script src="/assets/staff.js" defer></script>
      </head>
      <body class="staff">
        <a class="skip-link" href="#main">
          {t.common.layout.skipToContent}
        </a>
        <header class="site-header">
          <div class="wrap header-row">
            <p class="site-name">
              <a href={staffUrls.home}>{t.common.workspaceName}</a>
              {municipality && place && (
                <>
                  <span aria-hidden="true"> · </span>
                  <a href={staffUrls.municipality(municipality.slug)} class="municipality-name">{place}</a>
                </>
              )}
            </p>
            {signedIn ? (
              <div class="who">
                <span>{t.common.layout.signedInAs(signedIn.person.displayName)}</span>
                {signedIn.person.municipalities.length > 1 && municipality && (
                  <a href={staffUrls.home}>{t.common.layout.switchMunicipality}</a>
                )}
                <form method="post" action={staffUrls.signOut} class="inline-form">
                  <CsrfField ctx={ctx} />
                  <button type="submit" class="link-button">{t.common.layout.signOut}</button>
                </form>
              </div>
            ) : (
              <LanguageSwitcher ctx={{ lang: ctx.lang, t: ctx.site, fallbacks: [] }} alternates={signedOutAlternates(ctx)} />
            )}
          </div>
        </header>
        {navigation.length > 0 && (
          <nav class="workspace-nav" aria-label={t.common.layout.mainNavigation}>
            <ul class="wrap">
              {navigation.map((entry) => (
                <li>
                  <a href={entry.href} aria-current={entry.href === currentPath ? 'page' : undefined}>{entry.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {crumbs.length > 0 && (
          <nav class="wrap breadcrumbs" aria-label={t.common.layout.breadcrumb}>
            <ol>
              {crumbs.map((crumb, index) => (
                <li>{crumb.href && index < crumbs.length - 1 ? <a href={crumb.href}>{crumb.label}</a> : <span aria-current="page">{crumb.label}</span>}</li>
              ))}
            </ol>
          </nav>
        )}
        <main id="main" class="wrap" tabindex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}

/** Before sign-in the language is chosen with `?lang=`; after it, it is the person's own. */
function signedOutAlternates(ctx: StaffPageContext): Alternate[] {
  return (['fi', 'sv', 'en'] as const).filter((lang) => lang !== ctx.lang).map((lang) => ({ lang, href: `?lang=${lang}` }));
}
