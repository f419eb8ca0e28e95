/**
 * Which action of the programme each row of a report speaks of. Rows are matched by name in the
 * report's language. A report in a language none of the programme's actions has a name in yet is
 * a translation (the Swedish report of a Finnish programme): its rows are paired by position, and
 * only when its tables have exactly the programme's shape, since names cannot tell them apart.
 */
import { actionNameKey } from './action-name.ts';
import type { ParsedActionRow, ParsedSection } from './followup.ts';
import type { Lang, LocalizedText } from './language.ts';

export interface KnownAction {
  id: string;
  name: LocalizedText;
  sectionPosition: number;
  position: number;
}

export type Pairing<Known extends KnownAction> =
  | { ok: true; by: 'name' | 'position'; matches: Map<ParsedActionRow, Known> }
  /** A translation whose tables differ from the programme's: rows per section, programme's and file's. */
  | { ok: false; programmeShape: number[]; fileShape: number[] };

function shapeOf<Known extends KnownAction>(known: Known[]): Known[][] {
  const bySection = new Map<number, Known[]>();
  for (const action of [...known].sort((a, b) => a.sectionPosition - b.sectionPosition || a.position - b.position)) {
    bySection.set(action.sectionPosition, [...(bySection.get(action.sectionPosition) ?? []), action]);
  }
  return [...bySection.values()];
}

export function pairActions<Known extends KnownAction>(known: Known[], sections: ParsedSection[], lang: Lang): Pairing<Known> {
  const matches = new Map<ParsedActionRow, Known>();
  const isTranslation = known.length > 0 && known.every((action) => !action.name[lang]);
  if (!isTranslation) {
    const byName = new Map(known.filter((a) => a.name[lang]).map((a) => [actionNameKey(a.name[lang]!), a]));
    for (const row of sections.flatMap((section) => section.actions)) {
      const found = byName.get(actionNameKey(row.name));
      if (found) matches.set(row, found);
    }
    return { ok: true, by: 'name', matches };
  }
  const programmeSections = shapeOf(known);
  const programmeShape = programmeSections.map((section) => section.length);
  const fileShape = sections.map((section) => section.actions.length);
  if (programmeShape.join() !== fileShape.join()) return { ok: false, programmeShape, fileShape };
  sections.forEach((section, s) => section.actions.forEach((row, r) => matches.set(row, programmeSections[s]![r]!)));
  return { ok: true, by: 'position', matches };
}
