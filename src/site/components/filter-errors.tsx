/** What was wrong with the filters, each message naming its field and linking to it. */
import type { FilterError, FilterField } from '../action-filters.ts';
import type { PageContext } from '../context.ts';
import { errorId, fieldId } from './filter-form.tsx';

export function fieldLabel(ctx: PageContext, field: FilterField): string {
  const a = ctx.t.actions;
  return { section: a.section, year: a.year, state: a.state, cofunded: a.coFunded, q: a.q, round: a.round }[field];
}

export function FilterErrors({ ctx, errors }: { ctx: PageContext; errors: FilterError[] }) {
  const a = ctx.t.actions;
  return (
    <div class="error-summary" role="alert" aria-labelledby="filter-errors-heading">
      <h2 id="filter-errors-heading">{a.errorHeading}</h2>
      <ul>
        {errors.map((error) => (
          <li id={errorId(error.field)}>
            <a href={`#${fieldId(error.field)}`}>{fieldLabel(ctx, error.field)}</a>:{' '}
            {error.kind === 'unknown_round' ? a.unknownRound(error.value) : a.invalidValue(error.value)}
          </li>
        ))}
      </ul>
    </div>
  );
}
