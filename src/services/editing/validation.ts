/**
 * Validation shared by the editing use-cases: zod schemas for per-language text, and the translation
 * of zod's issues into InvalidInputError, whose fields ("name.sv", "years") and problem keys each
 * interface names in its user's language.
 */
import { z } from 'zod';
import { InvalidInputError } from '../../domain/errors.ts';
import { LANGUAGES, type LocalizedText } from '../../domain/language.ts';

/** The problems a field can have; catalogs name each. */
export const PROBLEMS = [
  'required', 'too_long', 'invalid', 'out_of_period', 'not_member', 'unknown', 'choose_one', 'needs_cofunding', 'taken',
] as const;
export type Problem = (typeof PROBLEMS)[number];

/** Text of one language: trimmed, and absent when blank (a missing translation is absent, never ""). */
const languageText = (max: number) =>
  z.string().trim().max(max).optional().transform((text) => (text ? text : undefined));

/** `{ fi?, sv?, en? }` as a form or the API sends it; returns only the languages that have text. */
export const localizedSchema = (max: number) =>
  z.object(Object.fromEntries(LANGUAGES.map((lang) => [lang, languageText(max)])) as Record<(typeof LANGUAGES)[number], ReturnType<typeof languageText>>)
    .partial()
    .default({})
    .transform((value): LocalizedText => Object.fromEntries(Object.entries(value).filter(([, text]) => text !== undefined)));

export const hasText = (value: LocalizedText) => Object.values(value).some((text) => text && text.length > 0);

function problemOf(issue: z.core.$ZodIssue): Problem {
  // A schema names its own problem as the message ({ message: 'required' }); zod's own messages are English prose.
  if ((PROBLEMS as readonly string[]).includes(issue.message)) return issue.message as Problem;
  if (issue.code === 'too_big') return 'too_long';
  return 'invalid';
}

/** Parses `input` or throws InvalidInputError naming every bad field at once. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new InvalidInputError(parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), problem: problemOf(issue) })));
}

/** Collects the problems found after parsing (against the database), then throws them together. */
export class Problems {
  private readonly found: { field: string; problem: Problem }[] = [];
  add(field: string, problem: Problem): void {
    this.found.push({ field, problem });
  }
  throwIfAny(): void {
    if (this.found.length > 0) throw new InvalidInputError(this.found);
  }
}
