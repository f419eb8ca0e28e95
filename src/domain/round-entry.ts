/**
 * The rules of one action's entry in a follow-up round run in the workspace: what "updated" and
 * "language missing" mean, how a saved entry gets its state, and when reminders are due.
 */
import type { ActionState, TrafficLight } from './action.ts';
import { inferState } from './infer-state.ts';
import { LANGUAGES, type Lang, type LocalizedText } from './language.ts';

/** What an owner (or the coordinator) saves: text per language, a state or none (inferred from the text), a light. */
export interface EntryInput {
  text: LocalizedText;
  /** Null: propose one from the text, to be confirmed later. */
  state: ActionState | null;
  trafficLight: TrafficLight | null;
}

/** Longest status text accepted per language: a paragraph or a few, as the printed reports have. */
export const ENTRY_TEXT_MAX = 4000;

/** Texts trimmed; languages without text left out (never stored as empty strings). */
export function cleanText(text: LocalizedText): LocalizedText {
  const clean: LocalizedText = {};
  for (const lang of LANGUAGES) {
    const value = text[lang]?.trim();
    if (value) clean[lang] = value;
  }
  return clean;
}

/** The state stored for a save: the person's choice (confirmed), or one inferred from the round's language first. */
export function entryState(input: EntryInput, roundLang: Lang): { state: ActionState; stateInferred: boolean } {
  if (input.state) return { state: input.state, stateInferred: false };
  const text = input.text[roundLang] ?? LANGUAGES.map((lang) => input.text[lang]).find(Boolean) ?? '';
  return { state: inferState(text), stateInferred: true };
}

/** Required languages the entry has no text in; an entry with no text at all lacks none (it is missing as a whole). */
export function missingLanguages(text: LocalizedText, required: readonly Lang[]): Lang[] {
  if (!LANGUAGES.some((lang) => text[lang])) return [];
  return required.filter((lang) => !text[lang]);
}

/** Days from `today` to `deadline`, both "YYYY-MM-DD" (negative once the deadline has passed). */
export function daysUntil(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** Which automatic reminder is due today, if any: some days before the deadline, or on the day itself. */
export function dueReminder(deadline: string, today: string, daysBefore: readonly number[]): 'before_deadline' | 'deadline' | null {
  const days = daysUntil(deadline, today);
  if (days === 0) return 'deadline';
  return days > 0 && daysBefore.includes(days) ? 'before_deadline' : null;
}

/**
 * A round is not in the state the asked change needs: saving in a closed (frozen) round, closing a
 * closed one, reopening an open one, opening a second open round, or closing while required
 * languages are missing (`refs` names the actions).
 */
export class RoundStateError extends Error {
  constructor(readonly problem: 'closed' | 'open' | 'another_open' | 'missing_languages', readonly refs: readonly string[] = []) {
    super(`Round state: ${problem}${refs.length > 0 ? ` (${refs.join(', ')})` : ''}`);
    this.name = 'RoundStateError';
  }
}
