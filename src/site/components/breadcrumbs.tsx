/** Where the page sits: Home › Municipality › Programme › … ; the last crumb is the page itself. */
import type { Shown } from '../../domain/language.ts';
import type { PageContext } from '../context.ts';
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
