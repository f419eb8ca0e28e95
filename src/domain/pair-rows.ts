/**
 * Which row of the programme each row of a report speaks of. Rows are matched by name in the
 * report's language. A report in a language none of the programme's rows has a name in yet is a
 * translation (the Swedish report of a Finnish programme): its rows are paired by position, and
 * only when its tables have exactly the programme's shape, since names cannot tell them apart.
 */
import { actionNameKey } from './action-name.ts';
import type { Lang, LocalizedText } from './language.ts';

export type Pairing<Row, Known> =
  | { ok: true; by: 'name' | 'position'; matches: Map<Row, Known> }
  /** A translation whose tables differ from the programme's: rows per table, programme's and file's. */
  | { ok: false; programmeShape: number[]; fileShape: number[] };

/** `known` and `rows` are grouped by table, in the order of the document. */
export function pairRows<Row extends { name: string }, Known extends { name: LocalizedText }>(
  known: Known[][], rows: Row[][], lang: Lang,
): Pairing<Row, Known> {
  const matches = new Map<Row, Known>();
  const all = known.flat();
  const isTranslation = all.length > 0 && all.every((row) => !row.name[lang]);
  if (!isTranslation) {
    const byName = new Map(all.filter((k) => k.name[lang]).map((k) => [actionNameKey(k.name[lang]!), k]));
    for (const row of rows.flat()) {
      const found = byName.get(actionNameKey(row.name));
      if (found) matches.set(row, found);
    }
    return { ok: true, by: 'name', matches };
  }
  const programmeShape = known.map((table) => table.length);
  const fileShape = rows.map((table) => table.length);
  if (programmeShape.join() !== fileShape.join()) return { ok: false, programmeShape, fileShape };
  rows.forEach((table, t) => table.forEach((row, r) => matches.set(row, known[t]![r]!)));
  return { ok: true, by: 'position', matches };
}

/** Actions grouped by their section, each in the order of the roadmap. */
export function groupBySection<Known extends { sectionPosition: number; position: number }>(known: Known[]): Known[][] {
  const bySection = new Map<number, Known[]>();
  for (const action of [...known].sort((a, b) => a.sectionPosition - b.sectionPosition || a.position - b.position)) {
    bySection.set(action.sectionPosition, [...(bySection.get(action.sectionPosition) ?? []), action]);
  }
  return [...bySection.values()];
}
