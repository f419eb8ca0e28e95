/**
 * The round table's form fields: one set per row, named by the action's reference. A row carries a
 * fingerprint of what it showed, so that a row nobody touched is not saved (and not reported as
 * changed meanwhile when someone else saved it after the table was opened).
 */
import { createHash } from 'node:crypto';
import { ACTION_STATES, TRAFFIC_LIGHTS, type ActionState, type TrafficLight } from '../../domain/action.ts';
import { LANGUAGES, type Lang } from '../../domain/language.ts';
import type { EntryInput } from '../../domain/round-entry.ts';
import type { RoundEntry } from '../../services/rounds/views.ts';

export const rowField = (name: 'version' | 'shown' | 'state' | 'light' | `text_${Lang}`, ref: string) => `${name}:${ref}`;

export function fingerprint(entry: EntryInput): string {
  const shown = [LANGUAGES.map((lang) => entry.text[lang]?.trim() ?? ''), entry.state ?? '', entry.trafficLight ?? ''];
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url').slice(0, 22);
}

/** The entry as its row shows it: a state only inferred shows as "propose from the text". */
export const shownEntry = (entry: RoundEntry): EntryInput => ({
  text: entry.text, state: entry.stateInferred ? null : entry.state, trafficLight: entry.trafficLight,
});

export interface TableRow {
  ref: string;
  version: number;
  entry: EntryInput;
  touched: boolean;
}

/** The rows of a posted table, `refs` naming them; values that are not a state or a light are none. */
export function readTable(body: Record<string, unknown>, refs: readonly string[]): TableRow[] {
  const value = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).slice(0, 20_000) : '');
  return refs.map((ref) => {
    const text: Partial<Record<Lang, string>> = {};
    for (const lang of LANGUAGES) text[lang] = value(rowField(`text_${lang}`, ref));
    const state = value(rowField('state', ref));
    const light = value(rowField('light', ref));
    const entry: EntryInput = {
      text,
      state: (ACTION_STATES as readonly string[]).includes(state) ? (state as ActionState) : null,
      trafficLight: (TRAFFIC_LIGHTS as readonly string[]).includes(light) ? (light as TrafficLight) : null,
    };
    return { ref, version: Number.parseInt(value(rowField('version', ref)), 10) || 0, entry, touched: fingerprint(entry) !== value(rowField('shown', ref)) };
  });
}
