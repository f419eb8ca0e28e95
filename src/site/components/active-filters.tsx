/** The filters in force, each with a link that removes it (the rest stay). */
import type { ActionQuery, FilterField, FilterValues } from '../action-filters.ts';
import { FILTER_FIELDS } from '../action-filters.ts';
import type { PageContext } from '../context.ts';
import type { ProgrammeOverview } from '../../services/views.ts';
import { roundWhen, sectionName } from '../names.ts';
import { fieldLabel } from './filter-errors.tsx';

function valueLabel(ctx: PageContext, programme: ProgrammeOverview, query: ActionQuery, field: FilterField): string | null {
  switch (field) {
    case 'section': {
      const section = programme.sections.find((s) => s.position === query.section);
      return section ? sectionName(ctx, section).text : null;
    }
    case 'year':
      return query.year === undefined ? null : String(query.year);
    case 'state':
      return query.state ? ctx.t.states[query.state] : null;
    case 'cofunded':
      return query.cofunded ? (query.cofunded === 'yes' ? ctx.t.yes : ctx.t.no) : null;
    case 'q':
      return query.q ? `”${query.q}”` : null;
    case 'round': {
      const round = programme.rounds.find((r) => r.key === query.round);
      return round ? roundWhen(ctx, round) : null;
    }
  }
}

export function ActiveFilters({ ctx, programme, query, values, listUrl }: {
  ctx: PageContext;
  programme: ProgrammeOverview;
  query: ActionQuery;
  values: FilterValues;
  listUrl: (query: Partial<FilterValues>) => string;
}) {
  const a = ctx.t.actions;
  const active = FILTER_FIELDS.flatMap((field) => {
    const label = valueLabel(ctx, programme, query, field);
    return label ? [{ field, label }] : [];
  });
  return (
    <section class="active-filters" aria-labelledby="active-filters-heading">
      <h2 id="active-filters-heading">{a.activeFilters}</h2>
      {active.length === 0 ? (
        <p>{a.noActiveFilters}</p>
      ) : (
        <ul>
          {active.map(({ field, label }) => {
            const text = `${fieldLabel(ctx, field)}: ${label}`;
            return (
              <li>
                {text}{' '}
                <a href={listUrl({ ...values, [field]: '' })}>
                  {a.removeFilter}
                  <span class="visually-hidden">: {text}</span>
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
