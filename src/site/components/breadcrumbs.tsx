/** Where the page sits: Home › Municipality › Programme › … ; the last crumb is the page itself. */
import type { Shown } from '../../domain/language.ts';
import type { MunicipalityView, ProgrammeSummary } from '../../services/views.ts';
import type { PageContext } from '../context.ts';
import { municipalityName, programmeName } from '../names.ts';
import { siteUrls } from '../urls.ts';
import { ShownText } from './localized-text.tsx';

export interface Crumb {
  label: Shown | string;
  href?: string;
}

function Label({ ctx, label }: { ctx: PageContext; label: Shown | string }) {
  return typeof label === 'string' ? <>{label}</> : <ShownText ctx={ctx} shown={label} />;
}

export function Breadcrumbs({ ctx, crumbs }: { ctx: PageContext; crumbs: Crumb[] }) {
  return (
    <nav class="breadcrumbs" aria-label={ctx.t.layout.breadcrumb}>
      <ol>
        {crumbs.map((crumb, i) =>
          i === crumbs.length - 1 || !crumb.href ? (
            <li aria-current={i === crumbs.length - 1 ? 'page' : undefined}>
              <Label ctx={ctx} label={crumb.label} />
            </li>
          ) : (
            <li>
              <a href={crumb.href}>
                <Label ctx={ctx} label={crumb.label} />
              </a>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}

/*
 * The linked trails down the site; a page adds its own crumb, or ends a trail at itself (the last crumb
 * is shown as the current page, never as a link).
 */

/** Home, in the page's language. */
export function homeTrail(ctx: PageContext): Crumb[] {
  return [{ label: ctx.t.layout.home, href: siteUrls.home(ctx.lang) }];
}

/** Home › Municipality. */
export function municipalityTrail(ctx: PageContext, municipality: MunicipalityView): Crumb[] {
  return [
    ...homeTrail(ctx),
    { label: municipalityName(ctx, municipality), href: siteUrls.municipality(municipality.slug, ctx.lang) },
  ];
}

/** Home › Municipality › Programme. */
export function programmeTrail(ctx: PageContext, municipality: MunicipalityView, programme: ProgrammeSummary): Crumb[] {
  return [
    ...municipalityTrail(ctx, municipality),
    { label: programmeName(ctx, programme), href: siteUrls.programme(municipality.slug, ctx.lang, programme.slug) },
  ];
}
