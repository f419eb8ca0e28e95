/** Two published rounds side by side (components/round-comparison-view.tsx shows the comparison). */
import type { RoundComparison } from '../../services/round-comparison.ts';
import type { MunicipalityView, ProgrammeOverview } from '../../services/views.ts';
import { programmeTrail } from '../components/breadcrumbs.tsx';
import type { Alternate } from '../components/language-switcher.tsx';
import { ComparisonView, RoundPairForm } from '../components/round-comparison-view.tsx';
import type { PageContext } from '../context.ts';
import { Layout } from '../layout.tsx';
import { programmeName } from '../names.ts';
import { siteUrls } from '../urls.ts';

export type ComparisonResult =
  | { ok: true; comparison: RoundComparison }
  | { ok: false; problem: 'need_two' }
  | { ok: false; problem: 'unknown_round'; key: string };

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
  return (
    <Layout
      ctx={ctx} title={`${c.title} – ${name.text}`} municipality={municipality} alternates={alternates}
      crumbs={[...programmeTrail(ctx, municipality, programme), { label: c.title }]}
    >
      <h1>{c.title}</h1>
      <p>{c.intro}</p>
      {!result.ok && <p class="error-summary" role="alert">{result.problem === 'need_two' ? c.needTwo : c.unknownRound(result.key)}</p>}
      {programme.rounds.length >= 2 && (
        <RoundPairForm ctx={ctx} action={siteUrls.compareRounds(municipality.slug, ctx.lang, programme.slug)} rounds={programme.rounds} comparison={comparison} />
      )}
      {comparison && (
        <ComparisonView ctx={ctx} comparison={comparison}
          href={(action) => siteUrls.action(municipality.slug, ctx.lang, programme.slug, action.ref)} />
      )}
    </Layout>
  );
}
