/** The vocabulary of ideas: where they come from, the states of their evaluation, their public reference. */

export const IDEA_SOURCES = ['public', 'staff', 'import'] as const;
export type IdeaSource = (typeof IDEA_SOURCES)[number];

/**
 * new → evaluating → accepted · parked · declined · merged (into another idea or an existing action).
 * Parked ideas may be taken up again; the others are closed.
 */
export const IDEA_STATES = ['new', 'evaluating', 'accepted', 'parked', 'declined', 'merged'] as const;
export type IdeaState = (typeof IDEA_STATES)[number];

export const CLOSED_IDEA_STATES: readonly IdeaState[] = ['accepted', 'declined', 'merged'];
/** The states a decision of the steering group sets (and tells the sender). */
export const DECISIONS = ['accepted', 'parked', 'declined'] as const;
export type IdeaDecision = (typeof DECISIONS)[number];

export const isClosed = (state: IdeaState) => CLOSED_IDEA_STATES.includes(state);

/** "IDEA-2026-0007". */
export function ideaRef(year: number, number: number): string {
  return `IDEA-${year}-${String(number).padStart(4, '0')}`;
}

export const isIdeaRef = (value: string | undefined): value is string => typeof value === 'string' && /^IDEA-\d{4}-\d{4,}$/.test(value);

/** Size limits of the public form, in characters. */
export const IDEA_LIMITS = { title: 200, description: 5000, beneficiaries: 1000, name: 200, email: 254 } as const;
