/** An action's status in every round, newest first: the state in words, whether it is confirmed, the text. */
import type { StatusView } from '../../services/views.ts';
import type { PageContext } from '../context.ts';
import { roundWhen } from '../names.ts';
import { Localized, LocalizedParagraph } from './localized-text.tsx';
import { StateLabel } from './state-label.tsx';

export function StatusHistory({ ctx, statuses }: { ctx: PageContext; statuses: StatusView[] }) {
  const a = ctx.t.action;
  if (statuses.length === 0) return <p>{a.noStatuses}</p>;
  return (
    <ol class="status-history">
      {statuses.map((status) => (
        <li>
          <article aria-labelledby={`round-${status.round.key}`}>
            <h3 id={`round-${status.round.key}`}>{roundWhen(ctx, status.round)}</h3>
            <dl class="facts">
              <div>
                <dt>{a.state}</dt>
                <dd>
                  <StateLabel ctx={ctx} state={status.state} />{' '}
                  <span class={status.stateInferred ? 'inferred' : 'confirmed'}>
                    ({status.stateInferred ? a.stateInferred : a.stateConfirmed})
                  </span>
                </dd>
              </div>
              <div>
                <dt>{a.report}</dt>
                <dd>
                  <Localized ctx={ctx} value={status.round.label} />
                </dd>
              </div>
              {status.trafficLight && (
                <div>
                  <dt>{a.trafficLight}</dt>
                  <dd>{ctx.t.trafficLights[status.trafficLight]}</dd>
                </div>
              )}
            </dl>
            <LocalizedParagraph ctx={ctx} value={status.text} empty={a.noStatusText} />
          </article>
        </li>
      ))}
    </ol>
  );
}
