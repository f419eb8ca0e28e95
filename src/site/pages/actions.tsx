/** A programme's actions: the filter form, the filters in force, the count and the table. */
import type { ActionListItem, MunicipalityView, ProgrammeOverview } from '../../services/views.ts';
import { toActionFilter, type ActionQuery, type FilterError, type FilterValues } from '../action-filters.ts';
import type { PageContext } from '../context.ts';
import { ActionTable } from '../components/action-table.tsx';
import { ActiveFilters } from '../components/active-filters.tsx';
import { FilterErrors } from '../components/filter-errors.tsx';
import { FilterForm } from '../components/filter-form.tsx';
import type { Alternate } from '../components/language-switcher.tsx';
import { Layout } from '../layout.tsx';
import { programmeName, roundWhen } from '../names.ts';
import { siteUrls } from '../urls.ts';
import { programmeTrail } from '../components/breadcrumbs.tsx';
import { OpenDataLinks } from '../components/open-data-links.tsx';

export type ActionListResult =
  | { ok: true; query: ActionQuery; items: ActionListItem[] }
  | { ok: false; errors: FilterError[] };

export function ActionsPage({ ctx, municipality, programme, values, result, alternates }: {
  ctx: PageContext;
  municipality: MunicipalityView;
  programme: ProgrammeOverview;
  values: FilterValues;
  result: ActionListResult;
  alternates: Alternate[];
}) {
  const { t, lang } = ctx;
  const m = municipality.slug;
  const listUrl = (query: Partial<FilterValues> = {}) => siteUrls.actions(m, lang, programme.slug, query);
  const round = result.ok && result.query.round ? programme.rounds.find((r) => r.key === result.query.round) : undefined;
  const heading = round ? t.actions.titleInRound(roundWhen(ctx, round)) : t.actions.title;
  const name = programmeName(ctx, programme);
  return (
    <Layout
      ctx={ctx}
      title={`${heading} – ${name.text}`}
      municipality={municipality}
      alternates={alternates}
      crumbs={[
        ...programmeTrail(ctx, municipality, programme),
        { label: heading },
      ]}
    >
      <h1>{heading}</h1>
      {!result.ok && <FilterErrors ctx={ctx} errors={result.errors} />}
      <FilterForm ctx={ctx} programme={programme} action={listUrl()} values={values} errors={result.ok ? [] : result.errors} />
      {result.ok && (
        <>
          <ActiveFilters ctx={ctx} programme={programme} query={result.query} values={values} listUrl={listUrl} />
          <p class="result-count" id="result-count">
            {t.actions.results(result.items.length)}
          </p>
          {result.items.length > 0 && (
            <>
              <ActionTable ctx={ctx} items={result.items} actionHref={(ref) => siteUrls.action(m, lang, programme.slug, ref)} />
              <OpenDataLinks ctx={ctx} municipality={m} programme={programme.slug} filter={toActionFilter(result.query, lang)} />
            </>
          )}
        </>
      )}
    </Layout>
  );
}
