/**
 * A programme's goals and metrics on the public site: `/{m}/{lang}/{programme}/goals` and
 * `/{m}/{lang}/{programme}/metrics/{code}`. Registered by the site router with its programme reader.
 */
import type { Context, Hono } from 'hono';
import type { Ctx } from '../../services/context.ts';
import { getProgrammeResults } from '../../services/metrics/metrics.ts';
import type { ProgrammeOverview } from '../../services/views.ts';
import type { Place } from '../routes.tsx';
import { renderPage } from '../render.ts';
import { GoalsPage } from './goals-page.tsx';
import { MetricPage } from './metric-page.tsx';

type ReadProgramme = <T>(c: Context, more: (ctx: Ctx, programme: ProgrammeOverview) => Promise<T | null>) =>
  Promise<{ place: Place; found: { programme: ProgrammeOverview; extra: T } } | Response>;

export function resultsPages(app: Hono, readProgramme: ReadProgramme): void {
  app.get('/:m/:lang/:programme/goals', async (c) => {
    const found = await readProgramme(c, (ctx, programme) => getProgrammeResults(ctx, programme.id));
    if (found instanceof Response) return found;
    return renderPage(c, <GoalsPage {...found.place} programme={found.found.programme} results={found.found.extra} />);
  });

  app.get('/:m/:lang/:programme/metrics/:code', async (c) => {
    const found = await readProgramme(c, async (ctx, programme) => {
      const results = await getProgrammeResults(ctx, programme.id);
      const metric = results.goals.flatMap((goal) => goal.metrics).find((candidate) => candidate.code === c.req.param('code'));
      return metric ? { metric, goal: results.goals.find((goal) => goal.id === metric.goal.id) } : null;
    });
    if (found instanceof Response) return found;
    const { metric, goal } = found.found.extra;
    return renderPage(c, <MetricPage {...found.place} programme={found.found.programme} metric={metric} goal={goal} />);
  });
}
