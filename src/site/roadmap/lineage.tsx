/** On an action's public page: the earlier programme's action it continues, or the action that continues it. */
import type { ActionLineage, LinkedAction } from '../../services/roadmap/lineage.ts';
import { Localized } from '../components/localized-text.tsx';
import type { PageContext } from '../context.ts';
import { siteUrls } from '../urls.ts';
import { roadmapText } from './components.tsx';

function Link({ ctx, municipality, linked }: { ctx: PageContext; municipality: string; linked: LinkedAction }) {
  const programme = linked.programme.name[ctx.lang] ?? ctx.t.programmeName(linked.programme.periodStart, linked.programme.periodEnd);
  return (
    <>
      <a href={siteUrls.action(municipality, ctx.lang, linked.programme.slug, linked.ref)}>
        {linked.ref} <Localized ctx={ctx} value={linked.name} />
      </a>{' '}
      ({programme})
    </>
  );
}

export function ActionLineageView({ ctx, municipality, lineage }: { ctx: PageContext; municipality: string; lineage: ActionLineage | undefined }) {
  if (!lineage || (!lineage.continues && !lineage.continuedAs)) return null;
  const r = roadmapText(ctx);
  return (
    <dl class="facts lineage">
      {lineage.continues && (
        <div>
          <dt>{r.continues}</dt>
          <dd><Link ctx={ctx} municipality={municipality} linked={lineage.continues} /></dd>
        </div>
      )}
      {lineage.continuedAs && (
        <div>
          <dt>{r.continuedAs}</dt>
          <dd><Link ctx={ctx} municipality={municipality} linked={lineage.continuedAs} /></dd>
        </div>
      )}
    </dl>
  );
}
