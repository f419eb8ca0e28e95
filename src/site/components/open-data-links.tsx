/** The list on the page as open data, with the same filters: for Excel and for machines. */
import type { ActionFilter } from '../../services/views.ts';
import type { PageContext } from '../context.ts';
import { siteUrls } from '../urls.ts';

export function OpenDataLinks({ ctx, municipality, programme, filter }: {
  ctx: PageContext;
  municipality: string;
  programme: string;
  filter: ActionFilter;
}) {
  const t = ctx.t.actions;
  return (
    <p class="open-data-links">
      {t.download}:{' '}
      <a href={siteUrls.openDataActions(municipality, programme, filter, 'csv')} type="text/csv">{t.downloadCsv}</a>
      {' · '}
      <a href={siteUrls.openDataActions(municipality, programme, filter, 'json')} type="application/json">{t.downloadJson}</a>
    </p>
  );
}
