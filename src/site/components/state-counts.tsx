/** How many actions are in each state in a round: a table, each state linked to its filtered list. */
import { ACTION_STATES } from '../../domain/action.ts';
import { formatNumber } from '../../i18n/site/format.ts';
import type { StateCounts } from '../../services/views.ts';
import type { PageContext } from '../context.ts';
import { StateLabel } from './state-label.tsx';

export function StateCountsTable({ ctx, caption, counts, stateHref }: {
  ctx: PageContext;
  caption: string;
  counts: StateCounts;
  stateHref: (state: keyof StateCounts) => string;
}) {
  const { t } = ctx;
  const total = ACTION_STATES.reduce((sum, state) => sum + counts[state], 0);
  return (
    <table class="state-counts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.overview.stateColumn}</th>
          <th scope="col" class="number">{t.overview.countColumn}</th>
        </tr>
      </thead>
      <tbody>
        {ACTION_STATES.map((state) => (
          <tr>
            <th scope="row">
              {counts[state] > 0 ? (
                <a href={stateHref(state)}>
                  <StateLabel ctx={ctx} state={state} />
                </a>
              ) : (
                <StateLabel ctx={ctx} state={state} />
              )}
            </th>
            <td class="number">{formatNumber(ctx.lang, counts[state])}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t.overview.total}</th>
          <td class="number">{formatNumber(ctx.lang, total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
