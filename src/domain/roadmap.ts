/**
 * Roadmap versions: what a version holds (an entry per action, copied when recorded), and the diff
 * of two versions, or of a version and the live actions, per action and per field (text per language).
 */
import type { Perspectives } from './action.ts';
import { LANGUAGES, type LocalizedText } from './language.ts';

/** A draft until the board's approval is recorded; approved versions are frozen. */
export type RoadmapVersionStatus = 'draft' | 'approved';

/** One action as a version holds it: the perspectives with the goal's and competence's codes. */
export interface RoadmapEntry extends Omit<Perspectives, 'goal' | 'competence'> {
  actionId: string;
  ref: string;
  position: number;
  section: { position: number; name: LocalizedText };
  name: LocalizedText;
  years: number[];
  goalCode: string | null;
  competenceCode: string | null;
  /** Staff only: the public never sees who owns an action. */
  ownerName: string | null;
}

/** The fields a diff compares, in the order pages list them; `name` is compared per language. */
export const DIFF_FIELDS = [
  'ref', 'name', 'section', 'years', 'goal', 'competence', 'level', 'statutory', 'benefits', 'beneficiaries',
  'costClass', 'impactClass', 'developmentModel', 'owner',
] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export type DiffValue = string | number | boolean | readonly string[] | readonly number[] | null;

export interface FieldChange {
  field: DiffField;
  /** For a text per language: which language changed. */
  lang?: (typeof LANGUAGES)[number];
  before: DiffValue;
  after: DiffValue;
}

export interface ChangedEntry {
  before: RoadmapEntry;
  after: RoadmapEntry;
  changes: FieldChange[];
}

export interface RoadmapDiff {
  added: RoadmapEntry[];
  removed: RoadmapEntry[];
  changed: ChangedEntry[];
  unchanged: number;
}

const sameValue = (a: DiffValue, b: DiffValue) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function valueOf(entry: RoadmapEntry, field: Exclude<DiffField, 'name'>): DiffValue {
  switch (field) {
    case 'section': return entry.section.position;
    case 'goal': return entry.goalCode;
    case 'competence': return entry.competenceCode;
    case 'owner': return entry.ownerName;
    default: return entry[field];
  }
}

/** What changed in one action between two versions; with `withOwner` false the owner is left out (public pages). */
function entryChanges(before: RoadmapEntry, after: RoadmapEntry, withOwner: boolean): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of DIFF_FIELDS) {
    if (field === 'owner' && !withOwner) continue;
    if (field === 'name') {
      for (const lang of LANGUAGES) {
        const was = before.name[lang]?.trim() || null;
        const is = after.name[lang]?.trim() || null;
        if (was !== is) changes.push({ field, lang, before: was, after: is });
      }
      continue;
    }
    const was = valueOf(before, field);
    const is = valueOf(after, field);
    if (!sameValue(was, is)) changes.push({ field, before: was, after: is });
  }
  return changes;
}

const byPlace = (a: RoadmapEntry, b: RoadmapEntry) => a.section.position - b.section.position || a.position - b.position;

/** The diff from `before` to `after`, actions paired by the live action they were taken from. */
export function diffRoadmaps(before: readonly RoadmapEntry[], after: readonly RoadmapEntry[], withOwner: boolean): RoadmapDiff {
  const earlier = new Map(before.map((entry) => [entry.actionId, entry]));
  const later = new Set(after.map((entry) => entry.actionId));
  const diff: RoadmapDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const entry of [...after].sort(byPlace)) {
    const was = earlier.get(entry.actionId);
    if (!was) {
      diff.added.push(entry);
      continue;
    }
    const changes = entryChanges(was, entry, withOwner);
    if (changes.length === 0) diff.unchanged++;
    else diff.changed.push({ before: was, after: entry, changes });
  }
  diff.removed = [...before].filter((entry) => !later.has(entry.actionId)).sort(byPlace);
  return diff;
}

/** "118/07.01.02/2024" and the like: letters, digits and the separators diary numbers use. */
export const DIARY_NUMBER = /^[\p{L}\d][\p{L}\d .:/_-]{0,59}$/u;
/** "25" or "§ 25": the section of the minutes, digits after an optional §. */
export const MINUTES_SECTION = /^(?:§\s*)?(\d{1,4})$/;

/** A change a roadmap version's state does not allow. */
export class RoadmapStateError extends Error {
  constructor(readonly problem: 'frozen' | 'draft_exists') {
    super(problem === 'frozen' ? 'The roadmap version is approved and frozen' : 'The programme already has a draft roadmap version');
    this.name = 'RoadmapStateError';
  }
}
