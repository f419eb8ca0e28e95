/**
 * Two rounds of a programme side by side: which actions changed state or traffic light, which are
 * new in the later round or no longer in it, and whose status text changed. Only rounds the actor
 * may see take part, since `programme.rounds` holds only those (visibility.ts): the public compares
 * closed rounds; staff with 'unpublished.read' compare any two, open ones included
 * (`compareWorkspaceRounds`).
 */
import { and, asc, eq, or } from 'drizzle-orm';
import { actions, actionStatuses, rounds, sections } from '../db/schema.ts';
import type { ActionState, TrafficLight } from '../domain/action.ts';
import { LANGUAGES, type LocalizedText } from '../domain/language.ts';
import { NotFoundError } from '../domain/errors.ts';
import { UnknownRoundError } from './actions.ts';
import { authorize } from './authorize.ts';
import type { Ctx } from './context.ts';
import { findProgramme } from './programmes.ts';
import { roundKey } from './rounds.ts';
import type { ProgrammeSummary, RoundView } from './views.ts';

export interface ComparedStatus {
  state: ActionState;
  trafficLight: TrafficLight | null;
  text: LocalizedText;
}

export type ComparisonKind = 'new' | 'dropped' | 'changed' | 'unchanged';

export interface ComparedAction {
  ref: string;
  name: LocalizedText;
  section: { position: number; name: LocalizedText };
  kind: ComparisonKind;
  before: ComparedStatus | null;
  after: ComparedStatus | null;
  stateChanged: boolean;
  lightChanged: boolean;
  textChanged: boolean;
}

export interface RoundComparison {
  from: RoundView;
  to: RoundView;
  actions: ComparedAction[];
  counts: Record<ComparisonKind, number>;
}

/** The two rounds to compare: as asked, else the latest two; null when the programme has fewer than two. */
export function chooseRoundPair(programme: ProgrammeSummary, fromKey?: string, toKey?: string): { from: RoundView; to: RoundView } | null {
  const find = (key: string) => {
    const round = programme.rounds.find((candidate) => candidate.key === key);
    if (!round) throw new UnknownRoundError(key);
    return round;
  };
  const visible = programme.rounds;
  if (visible.length < 2) return null;
  const to = toKey ? find(toKey) : visible.at(-1)!;
  const from = fromKey ? find(fromKey) : visible.filter((round) => round.key < to.key).at(-1) ?? visible[0]!;
  // Earlier first, whichever way they were asked.
  return from.key <= to.key ? { from, to } : { from: to, to: from };
}

const sameText = (a: LocalizedText, b: LocalizedText) =>
  LANGUAGES.every((lang) => (a[lang] ?? '').trim() === (b[lang] ?? '').trim());

function kindOf(before: ComparedStatus | null, after: ComparedStatus | null, changes: boolean): ComparisonKind {
  if (!before) return 'new';
  if (!after) return 'dropped';
  return changes ? 'changed' : 'unchanged';
}

export async function compareRounds(ctx: Ctx, programme: ProgrammeSummary, from: RoundView, to: RoundView): Promise<RoundComparison> {
  // Only rounds this actor may see: a caller cannot slip in a round that `programme.rounds` left out.
  for (const round of [from, to]) {
    if (!programme.rounds.some((visible) => visible.key === round.key)) throw new UnknownRoundError(round.key);
  }
  const isRound = (round: RoundView) => and(eq(rounds.year, round.year), eq(rounds.month, round.month));
  const rows = await ctx.tx
    .select({
      actionId: actions.id, ref: actions.ref, name: actions.name,
      sectionPosition: sections.position, sectionName: sections.name,
      roundYear: rounds.year, roundMonth: rounds.month, state: actionStatuses.state, trafficLight: actionStatuses.trafficLight, text: actionStatuses.text,
    })
    .from(actions)
    .innerJoin(sections, and(eq(sections.municipalityId, actions.municipalityId), eq(sections.id, actions.sectionId)))
    .innerJoin(actionStatuses, eq(actionStatuses.actionId, actions.id))
    .innerJoin(rounds, and(eq(rounds.id, actionStatuses.roundId), eq(rounds.programmeId, programme.id), or(isRound(from), isRound(to))))
    .where(and(eq(actions.municipalityId, programme.municipalityId), eq(actions.programmeId, programme.id)))
    .orderBy(asc(sections.position), asc(actions.position));

  const byAction = new Map<string, ComparedAction>();
  for (const row of rows) {
    const entry = byAction.get(row.actionId) ?? {
      ref: row.ref, name: row.name, section: { position: row.sectionPosition, name: row.sectionName },
      kind: 'unchanged', before: null, after: null, stateChanged: false, lightChanged: false, textChanged: false,
    };
    const status: ComparedStatus = { state: row.state, trafficLight: row.trafficLight, text: row.text };
    const key = roundKey({ year: row.roundYear, month: row.roundMonth });
    // The same round asked twice compares with itself: nothing changed.
    if (key === from.key) entry.before = status;
    if (key === to.key) entry.after = status;
    byAction.set(row.actionId, entry);
  }
  const compared = [...byAction.values()].map((entry) => {
    const { before, after } = entry;
    const stateChanged = !!before && !!after && before.state !== after.state;
    const lightChanged = !!before && !!after && before.trafficLight !== after.trafficLight;
    const textChanged = !!before && !!after && !sameText(before.text, after.text);
    return { ...entry, stateChanged, lightChanged, textChanged, kind: kindOf(before, after, stateChanged || lightChanged || textChanged) };
  });
  const counts: Record<ComparisonKind, number> = { new: 0, dropped: 0, changed: 0, unchanged: 0 };
  for (const entry of compared) counts[entry.kind]++;
  return { from, to, actions: compared, counts };
}


/**
 * The workspace's comparison of a programme's rounds, open ones included (staff only): the two asked
 * (by key), else the latest two; `comparison` is null when the programme has fewer than two rounds.
 */
export async function compareWorkspaceRounds(ctx: Ctx, programmeSlug: string, fromKey?: string, toKey?: string): Promise<{
  programme: ProgrammeSummary;
  comparison: RoundComparison | null;
}> {
  authorize(ctx, 'unpublished.read');
  const programme = await findProgramme(ctx, programmeSlug);
  if (!programme) throw new NotFoundError('programme', programmeSlug);
  const pair = chooseRoundPair(programme, fromKey, toKey);
  return { programme, comparison: pair ? await compareRounds(ctx, programme, pair.from, pair.to) : null };
}
