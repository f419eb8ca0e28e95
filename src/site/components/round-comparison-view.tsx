/**
 * What two rounds' comparison shows, on the public page and in the workspace alike: a summary of what
 * changed, then the changed actions (state and traffic light before and after, the texts side by side
 * on demand), the new ones and the dropped ones; and the plain GET form that chooses the rounds.
 * Where an action links to is the caller's: its public page, or its entry in the workspace.
 */
import type { ComparedAction, ComparedStatus, RoundComparison } from '../../services/round-comparison.ts';
import type { RoundView } from '../../services/views.ts';
import type { PageContext } from '../context.ts';
import { roundWhen } from '../names.ts';
import { Localized, LocalizedParagraph } from './localized-text.tsx';
import { StateLabel } from './state-label.tsx';

export type ActionHref = (action: ComparedAction) => string;

function RoundSelect({ id, label, rounds, selected, describe }: {
  id: string; label: string; rounds: RoundView[]; selected?: string; describe: (round: RoundView) => string;
}) {
  return (
    <div class="field">
      <label for={`compare-${id}`}>{label}</label>
      <select id={`compare-${id}`} name={id}>
        {[...rounds].reverse().map((round) => (
          <option value={round.key} selected={round.key === selected}>{describe(round)}</option>
        ))}
      </select>
    </div>
  );
}

/** The choice of the two rounds; `describe` names a round in the list (the workspace adds whether it is open). */
export function RoundPairForm({ ctx, action, rounds, comparison, describe = (round) => roundWhen(ctx, round) }: {
  ctx: PageContext; action: string; rounds: RoundView[]; comparison: RoundComparison | null; describe?: (round: RoundView) => string;
}) {
  const c = ctx.t.comparison;
  return (
    <form class="filters" method="get" action={action}>
      <div class="fields">
        <RoundSelect id="from" label={c.earlier} rounds={rounds} selected={comparison?.from.key} describe={describe} />
        <RoundSelect id="to" label={c.later} rounds={rounds} selected={comparison?.to.key} describe={describe} />
      </div>
      <div class="form-actions">
        <button type="submit">{c.compare}</button>
      </div>
    </form>
  );
}

function Status({ ctx, status }: { ctx: PageContext; status: ComparedStatus | null }) {
  if (!status) return <span class="muted">–</span>;
  return (
    <>
      <StateLabel ctx={ctx} state={status.state} />
      {status.trafficLight && <> ({ctx.t.comparison.light(ctx.t.trafficLights[status.trafficLight])})</>}
    </>
  );
}

function ActionLink({ ctx, href, action }: { ctx: PageContext; href: ActionHref; action: ComparedAction }) {
  return (
    <a href={href(action)}>
      {action.ref} <Localized ctx={ctx} value={action.name} />
    </a>
  );
}

/**
 * On a phone the table's rows become cards (site.css): each state cell then shows its column's
 * heading from `data-label`, so the before and after stay told apart without the header row.
 */
function ChangedTable({ ctx, href, comparison, rows }: { ctx: PageContext; href: ActionHref; comparison: RoundComparison; rows: ComparedAction[] }) {
  const c = ctx.t.comparison;
  if (rows.length === 0) return <p>{c.none}</p>;
  const before = c.before(roundWhen(ctx, comparison.from));
  const after = c.after(roundWhen(ctx, comparison.to));
  return (
    <div class="table-scroll">
      <table class="comparison">
        <thead>
          <tr>
            <th scope="col">{c.action}</th>
            <th scope="col">{before}</th>
            <th scope="col">{after}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <th scope="row">
                <ActionLink ctx={ctx} href={href} action={row} />
                {row.textChanged && (
                  <details>
                    <summary>{c.textChanged}</summary>
                    <div class="side-by-side">
                      <section>
                        <h3>{roundWhen(ctx, comparison.from)}</h3>
                        <LocalizedParagraph ctx={ctx} value={row.before?.text} empty="–" />
                      </section>
                      <section>
                        <h3>{roundWhen(ctx, comparison.to)}</h3>
                        <LocalizedParagraph ctx={ctx} value={row.after?.text} empty="–" />
                      </section>
                    </div>
                  </details>
                )}
              </th>
              <td data-label={before}><Status ctx={ctx} status={row.before} /></td>
              <td data-label={after}><Status ctx={ctx} status={row.after} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ComparisonView({ ctx, comparison, href }: { ctx: PageContext; comparison: RoundComparison; href: ActionHref }) {
  const c = ctx.t.comparison;
  const of = (kind: ComparedAction['kind']) => comparison.actions.filter((row) => row.kind === kind);
  return (
    <>
      <table class="state-counts">
        <caption>{c.summaryCaption(roundWhen(ctx, comparison.from), roundWhen(ctx, comparison.to))}</caption>
        <tbody>
          {(['changed', 'new', 'dropped', 'unchanged'] as const).map((kind) => (
            <tr>
              <th scope="row">{c.kinds[kind]}</th>
              <td class="number">{comparison.counts[kind]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="changed-heading">
        <h2 id="changed-heading">{c.kinds.changed}</h2>
        <ChangedTable ctx={ctx} href={href} comparison={comparison} rows={of('changed')} />
      </section>
      {(['new', 'dropped'] as const).map((kind) => (
        <section aria-labelledby={`${kind}-heading`}>
          <h2 id={`${kind}-heading`}>{c.kinds[kind]}</h2>
          {of(kind).length === 0 ? <p>{c.none}</p> : (
            <ul>
              {of(kind).map((row) => (
                <li>
                  <ActionLink ctx={ctx} href={href} action={row} />: <Status ctx={ctx} status={row.after ?? row.before} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
