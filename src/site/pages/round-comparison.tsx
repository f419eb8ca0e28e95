/**
 * Two published rounds side by side: a summary of what changed, then the changed actions (state and
 * traffic light before and after, the texts side by side on demand), the new ones and the dropped ones.
 * The choice of rounds is a plain GET form.
 */
import type { ComparedAction, ComparedStatus, RoundComparison } from '../../services/round-comparison.ts';
import type { MunicipalityView, ProgrammeOverview, RoundView } from '../../services/views.ts';
import { programmeTrail } from '../components/breadcrumbs.tsx';
import type { Alternate } from '../components/language-switcher.tsx';
import { Localized, LocalizedParagraph } from '../components/localized-text.tsx';
import { StateLabel } from '../components/state-label.tsx';
import type { PageContext } from '../context.ts';
import { Layout } from '../layout.tsx';
import { programmeName, roundWhen } from '../names.ts';
import { siteUrls } from '../urls.ts';

export type ComparisonResult =
  | { ok: true; comparison: RoundComparison }
  | { ok: false; problem: 'need_two' }
  | { ok: false; problem: 'unknown_round'; key: string };

function RoundSelect({ ctx, id, label, rounds, selected }: { ctx: PageContext; id: string; label: string; rounds: RoundView[]; selected?: string }) {
  return (
    <div class="field">
      <label for={`compare-${id}`}>{label}</label>
      <select id={`compare-${id}`} name={id}>
        {[...rounds].reverse().map((round) => (
          <option value={round.key} selected={round.key === selected}>{roundWhen(ctx, round)}</option>
        ))}
      </select>
    </div>
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

function ActionLink({ ctx, municipality, programme, action }: { ctx: PageContext; municipality: MunicipalityView; programme: ProgrammeOverview; action: ComparedAction }) {
  return (
    <a href={siteUrls.action(municipality.slug, ctx.lang, programme.slug, action.ref)}>
      {action.ref} <Localized ctx={ctx} value={action.name} />
    </a>
  );
}

function ChangedTable({ ctx, municipality, programme, comparison, rows }: {
  ctx: PageContext; municipality: MunicipalityView; programme: ProgrammeOverview; comparison: RoundComparison; rows: ComparedAction[];
}) {
  const c = ctx.t.comparison;
  if (rows.length === 0) return <p>{c.none}</p>;
  return (
    <table class="comparison">
      <thead>
        <tr>
          <th scope="col">{c.action}</th>
          <th scope="col">{c.before(roundWhen(ctx, comparison.from))}</th>
          <th scope="col">{c.after(roundWhen(ctx, comparison.to))}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr>
            <th scope="row">
              <ActionLink ctx={ctx} municipality={municipality} programme={programme} action={row} />
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
            <td><Status ctx={ctx} status={row.before} /></td>
            <td><Status ctx={ctx} status={row.after} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RoundComparisonPage({ ctx, municipality, programme, result, alternates }: {
  ctx: PageContext;
  municipality: MunicipalityView;
  programme: ProgrammeOverview;
  result: ComparisonResult;
  alternates: Alternate[];
}) {
  const c = ctx.t.comparison;
  const name = programmeName(ctx, programme);
  const comparison = result.ok ? result.comparison : null;
  const of = (kind: ComparedAction['kind']) => comparison?.actions.filter((row) => row.kind === kind) ?? [];
  const shared = { ctx, municipality, programme };
  return (
    <Layout
      ctx={ctx} title={`${c.title} – ${name.text}`} municipality={municipality} alternates={alternates}
      crumbs={[...programmeTrail(ctx, municipality, programme), { label: c.title }]}
    >
      <h1>{c.title}</h1>
      <p>{c.intro}</p>
      {!result.ok && <p class="error-summary" role="alert">{result.problem === 'need_two' ? c.needTwo : c.unknownRound(result.key)}</p>}
      {programme.rounds.length >= 2 && (
        <form class="filters" method="get" action={siteUrls.compareRounds(municipality.slug, ctx.lang, programme.slug)}>
          <div class="fields">
            <RoundSelect ctx={ctx} id="from" label={c.earlier} rounds={programme.rounds} selected={comparison?.from.key} />
            <RoundSelect ctx={ctx} id="to" label={c.later} rounds={programme.rounds} selected={comparison?.to.key} />
          </div>
          <div class="form-actions">
            <button type="submit">{c.compare}</button>
          </div>
        </form>
      )}
      {comparison && (
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
            <ChangedTable {...shared} comparison={comparison} rows={of('changed')} />
          </section>
          {(['new', 'dropped'] as const).map((kind) => (
            <section aria-labelledby={`${kind}-heading`}>
              <h2 id={`${kind}-heading`}>{c.kinds[kind]}</h2>
              {of(kind).length === 0 ? <p>{c.none}</p> : (
                <ul>
                  {of(kind).map((row) => (
                    <li>
                      <ActionLink {...shared} action={row} />: <Status ctx={ctx} status={row.after ?? row.before} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </>
      )}
    </Layout>
  );
}
