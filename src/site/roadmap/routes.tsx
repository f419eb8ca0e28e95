/**
 * The public roadmap pages under a programme: `…/roadmap` (the approved version in force),
 * `…/roadmap/versions/{n}` (an earlier approved version) and `…/roadmap/compare?from=&to=` (the diff of
 * two approved versions, or of one and the live actions). Drafts are the workspace's only.
 */
import type { Context, Hono } from 'hono';
import type { Ctx } from '../../services/context.ts';
import { compareRoadmap, parseRoadmapSide, UnknownRoadmapVersionError } from '../../services/roadmap/compare.ts';
import { getRoadmapVersion, listRoadmapVersions, type RoadmapVersionView } from '../../services/roadmap/versions.ts';
import type { ProgrammeOverview } from '../../services/views.ts';
import { renderPage } from '../render.ts';
import type { Place } from '../routes.tsx';
import { RoadmapComparePage, RoadmapPage, type RoadmapCompareResult } from './pages.tsx';

type ReadProgramme = <T>(
  c: Context, more: (ctx: Ctx, programme: ProgrammeOverview) => Promise<T | null>,
) => Promise<{ place: Place; found: { programme: ProgrammeOverview; extra: T } } | Response>;

/** The sides a comparison asks for, defaulting to the latest version against the live roadmap. */
export function chooseRoadmapSides(versions: readonly RoadmapVersionView[], from: string | undefined, to: string | undefined): RoadmapCompareResult | { from: number | 'live'; to: number | 'live' } {
  const latest = versions.at(-1);
  if (!latest) return { ok: false, problem: 'need_versions' };
  const pick = (asked: string | undefined, fallback: number | 'live') => (asked ? parseRoadmapSide(asked) : fallback);
  const sides = { from: pick(from, latest.number), to: pick(to, 'live') };
  if (sides.from === null) return { ok: false, problem: 'unknown_version', side: from!.slice(0, 40) };
  if (sides.to === null) return { ok: false, problem: 'unknown_version', side: to!.slice(0, 40) };
  return { from: sides.from, to: sides.to };
}

/** Reads the comparison a request asks for: a result the page shows whatever it is. */
export async function readRoadmapComparison(ctx: Ctx, programme: string, versions: RoadmapVersionView[], from?: string, to?: string): Promise<RoadmapCompareResult> {
  const sides = chooseRoadmapSides(versions, from, to);
  if ('ok' in sides) return sides;
  try {
    return { ok: true, comparison: await compareRoadmap(ctx, programme, sides.from, sides.to) };
  } catch (error) {
    if (error instanceof UnknownRoadmapVersionError) return { ok: false, problem: 'unknown_version', side: error.side };
    throw error;
  }
}

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
