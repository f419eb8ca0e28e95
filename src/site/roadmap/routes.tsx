/**
 * The public roadmap pages under a programme: `…/roadmap` (the approved version in force),
 * `…/roadmap/versions/{n}` (an earlier approved version) and `…/roadmap/compare?from=&to=` (the diff of
 * two approved versions, or of one and the live actions). Drafts are the workspace's only.
 */
import type { Context, Hono } from 'hono';
import type { Ctx } from '../../services/context.ts';
import { readRoadmapComparison } from '../../services/roadmap/compare.ts';
import { getRoadmapVersion, listRoadmapVersions, type RoadmapVersionView } from '../../services/roadmap/versions.ts';
import type { ProgrammeOverview } from '../../services/views.ts';
import { renderPage } from '../render.ts';
import type { Place } from '../routes.tsx';
import { RoadmapComparePage, RoadmapPage } from './pages.tsx';

type ReadProgramme = <T>(
  c: Context, more: (ctx: Ctx, programme: ProgrammeOverview) => Promise<T | null>,
) => Promise<{ place: Place; found: { programme: ProgrammeOverview; extra: T } } | Response>;

export function roadmapPages(app: Hono, readProgramme: ReadProgramme): void {
  const versionPage = (c: Context, which: (versions: RoadmapVersionView[]) => number | null | undefined) =>
    readProgramme(c, async (ctx, programme) => {
      const versions = await listRoadmapVersions(ctx, programme.slug);
      const number = which(versions);
      if (number === null) return null;
      const detail = number === undefined ? null : await getRoadmapVersion(ctx, programme.slug, number);
      if (number !== undefined && !detail) return null;
      return { versions, detail };
    });

  app.get('/:m/:lang/:programme/roadmap', async (c) => {
    const found = await versionPage(c, (versions) => versions.at(-1)?.number);
    if (found instanceof Response) return found;
    return renderPage(c, <RoadmapPage {...found.place} programme={found.found.programme} {...found.found.extra} />);
  });

  app.get('/:m/:lang/:programme/roadmap/versions/:number', async (c) => {
    const number = c.req.param('number');
    const found = await versionPage(c, () => (/^[1-9]\d{0,5}$/.test(number) ? Number(number) : null));
    if (found instanceof Response) return found;
    return renderPage(c, <RoadmapPage {...found.place} programme={found.found.programme} {...found.found.extra} />);
  });

  app.get('/:m/:lang/:programme/roadmap/compare', async (c) => {
    const found = await readProgramme(c, async (ctx, programme) => {
      const versions = await listRoadmapVersions(ctx, programme.slug);
      return { versions, result: await readRoadmapComparison(ctx, programme.slug, versions, c.req.query('from'), c.req.query('to')) };
    });
    if (found instanceof Response) return found;
    const { versions, result } = found.found.extra;
    const status = result.ok || result.problem === 'need_versions' ? 200 : 400;
    return renderPage(c, <RoadmapComparePage {...found.place} programme={found.found.programme} versions={versions} result={result} />, status);
  });
}
