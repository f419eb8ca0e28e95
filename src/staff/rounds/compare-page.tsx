/**
 * Two rounds of a programme compared in the workspace, open rounds included: the public page's
 * comparison (site/components/round-comparison-view.tsx) in the workspace's frame, each action
 * linking to its entry in the round that has it.
 */
import { pickText } from '../../domain/language.ts';
import type { RoundComparison } from '../../services/round-comparison.ts';
import type { ProgrammeSummary } from '../../services/views.ts';
import { ComparisonView, RoundPairForm } from '../../site/components/round-comparison-view.tsx';
import type { PageContext } from '../../site/context.ts';
import { roundWhen } from '../../site/names.ts';
import { StaffLayout } from '../layout.tsx';
import type { StaffPageContext } from '../page-context.ts';
import { programmeName } from './rounds-page.tsx';
import { roundUrls } from './urls.ts';

export type WorkspaceComparison =
  | { ok: true; programme: ProgrammeSummary; comparison: RoundComparison | null }
  | { ok: false; programme: ProgrammeSummary; unknownRound: string };

export function RoundComparePage({ ctx, result }: { ctx: StaffPageContext; result: WorkspaceComparison }) {
  const t = ctx.t.roundCompare;
  const m = ctx.municipality!;
  const site: PageContext = { lang: ctx.lang, t: ctx.site, fallbacks: ctx.fallbacks };
  const { programme } = result;
  const comparison = result.ok ? result.comparison : null;
  const name = programmeName(ctx, programme);
  return (
    <StaffLayout ctx={ctx} title={`${t.title} – ${name}`}
      crumbs={[
        { label: ctx.t.rounds.title, href: roundUrls.list(m.slug) },
        ...(comparison ? [{ label: pickText(comparison.to.label, ctx.lang, ctx.fallbacks)?.text ?? comparison.to.key, href: roundUrls.round(m.slug, programme.slug, comparison.to.key) }] : []),
        { label: t.title },
      ]}>
      <h1>{t.title}: {name}</h1>
      <p>{t.intro}</p>
      {!result.ok && <p class="error-summary" role="alert">{t.unknownRound(result.unknownRound)}</p>}
      {result.ok && !comparison && <p>{t.needTwo}</p>}
      {programme.rounds.length >= 2 && (
        <RoundPairForm ctx={site} action={roundUrls.compare(m.slug, programme.slug)} rounds={programme.rounds} comparison={comparison}
          describe={(round) => t.roundOption(roundWhen(site, round), round.status === 'open')} />
      )}
      {comparison && (
        <ComparisonView ctx={site} comparison={comparison}
          href={(action) => roundUrls.entry(m.slug, programme.slug, action.after ? comparison.to.key : comparison.from.key, action.ref)} />
      )}
    </StaffLayout>
  );
}
