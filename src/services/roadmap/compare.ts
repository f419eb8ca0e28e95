/**
 * The diff between two roadmap versions, or between a version and the live actions (what the next
 * version would change). Only versions the actor may see take part; owners' names only for staff.
 */
import { diffRoadmaps, type RoadmapDiff, type RoadmapEntry } from '../../domain/roadmap.ts';
import type { Ctx } from '../context.ts';
import { seesUnpublished } from '../visibility.ts';
import { findProgrammeBySlug, readLiveRoadmap } from './live-roadmap.ts';
import { getRoadmapVersion, type RoadmapVersionView } from './versions.ts';

/** What a comparison page shows: the diff, or why there is none. */
export type RoadmapCompareResult =
  | { ok: true; comparison: RoadmapComparison }
  | { ok: false; problem: 'need_versions' }
  | { ok: false; problem: 'unknown_version'; side: string };

/** A side of a comparison: a version by number, or the live actions. */
export type RoadmapSide = number | 'live';

export interface RoadmapComparison {
  from: { side: RoadmapSide; version: RoadmapVersionView | null };
  to: { side: RoadmapSide; version: RoadmapVersionView | null };
  diff: RoadmapDiff;
}

/** A side as a query names it ("live", "3"); null when it names neither. */
function parseRoadmapSide(value: string | undefined): RoadmapSide | null {
  if (value === 'live') return 'live';
  return value && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

/** Thrown when a side names a version the actor cannot see or that does not exist. */
export class UnknownRoadmapVersionError extends Error {
  constructor(readonly side: string) {
    super(`No roadmap version ${side}`);
    this.name = 'UnknownRoadmapVersionError';
  }
}

export async function compareRoadmap(ctx: Ctx, programmeSlug: string, from: RoadmapSide, to: RoadmapSide): Promise<RoadmapComparison> {
  const programme = await findProgrammeBySlug(ctx, programmeSlug);
  const withOwner = seesUnpublished(ctx);
  const read = async (side: RoadmapSide): Promise<{ version: RoadmapVersionView | null; entries: RoadmapEntry[] }> => {
    if (side === 'live') return { version: null, entries: await readLiveRoadmap(ctx, programme.id) };
    const found = await getRoadmapVersion(ctx, programmeSlug, side);
    if (!found) throw new UnknownRoadmapVersionError(String(side));
    return found;
  };
  const before = await read(from);
  const after = await read(to);
  return {
    from: { side: from, version: before.version },
    to: { side: to, version: after.version },
    diff: diffRoadmaps(before.entries, after.entries, withOwner),
  };
}

/** The sides a comparison asks for, defaulting to the latest version against the live roadmap. */
function chooseRoadmapSides(versions: readonly RoadmapVersionView[], from: string | undefined, to: string | undefined): RoadmapCompareResult | { from: number | 'live'; to: number | 'live' } {
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
