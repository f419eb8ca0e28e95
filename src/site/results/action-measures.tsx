/** An action's impact metric and checkpoints on its public page; nothing when it has neither. */
import { formatDate } from '../../i18n/site/format.ts';
import { resultsSiteMessages } from '../../i18n/site/results.ts';
import type { ActionMeasures } from '../../services/metrics/action-measures.ts';
import { Localized } from '../components/localized-text.tsx';
import type { PageContext } from '../context.ts';

export function ActionMeasuresSection({ ctx, measures }: { ctx: PageContext; measures: ActionMeasures | null | undefined }) {
  if (!measures || (!measures.impact && measures.checkpoints.length === 0)) return null;
  const t = resultsSiteMessages(ctx.lang);
  return (
    <section aria-labelledby="measures-heading">
      <h2 id="measures-heading">{t.measures}</h2>
      {measures.impact && (
        <dl class="facts">
          <div>
            <dt>{t.impactMetric}</dt>
            <dd>{measures.impact.indicator.code} <Localized ctx={ctx} value={measures.impact.indicator.name} /></dd>
          </div>
        </dl>
      )}
      {measures.checkpoints.length > 0 && (
        <div class="table-scroll" role="region" aria-labelledby="checkpoints-caption" tabindex={0}>
          <table>
            <caption id="checkpoints-caption">{t.checkpointsCaption}</caption>
            <thead>
              <tr><th scope="col">{t.dueOn}</th><th scope="col">{t.checkpointTarget}</th><th scope="col">{t.met}</th></tr>
            </thead>
            <tbody>
              {measures.checkpoints.map((checkpoint) => (
                <tr>
                  <th scope="row"><time datetime={checkpoint.dueOn}>{formatDate(ctx.lang, new Date(`${checkpoint.dueOn}T12:00:00Z`))}</time></th>
                  <td><Localized ctx={ctx} value={checkpoint.target} /></td>
                  <td>{t.metValues[checkpoint.met === null ? 'unknown' : checkpoint.met ? 'yes' : 'no']}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
