/**
 * The staff JSON API's refusals as problem details (RFC 9457) in the caller's language
 * (Accept-Language; English when none of ours is asked for). A refused field is named as the API
 * names it ("name.sv") in `errors`, with what is wrong in words; a refused request body answers 422,
 * a refused path or header 400.
 */
import type { Context } from 'hono';
import { z } from '@hono/zod-openapi';
import type { Lang } from '../../../domain/language.ts';
import { PROBLEMS } from '../../../services/editing/validation.ts';
import { preferredLanguage } from '../../../site/request-language.ts';
import { staffApiProblems, type StaffApiProblemMessages } from '../../../i18n/staff/api-problems.ts';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TITLES, type ProblemStatus } from '../problems.ts';
import { ProblemSchema } from '../schemas.ts';

export const FieldProblemSchema = z.strictObject({
  field: z.string().openapi({ description: 'The field as the API names it: "name.sv", "years.0", "deadline".', example: 'name.sv' }),
  problem: z.string().openapi({ description: 'What is wrong, as a key: required, too_long, invalid, taken…', example: 'required' }),
  message: z.string().openapi({ description: 'The same in words, in the language asked for.' }),
});

// A schema of its own (not an extension), so that the document has no allOf whose parts refuse each other's fields.
export const StaffProblemSchema = z.strictObject({
  ...ProblemSchema.shape,
  errors: z.array(FieldProblemSchema).optional().openapi({ description: 'Each refused field, when the request body was refused.' }),
}).openapi('StaffProblem', { description: 'Problem details (RFC 9457) in the language asked for with Accept-Language (fi, sv, en).' });

export type FieldProblem = z.infer<typeof FieldProblemSchema>;

/** The language of the answers: the caller's Accept-Language among ours. */
export const apiLang = (c: Context): Lang => preferredLanguage(c.req.header('accept-language'), 'en');
export const messagesOf = (c: Context): StaffApiProblemMessages => staffApiProblems[apiLang(c)];

/** A refusal decided by the API itself (not by a use-case), worded when answered. */
export class StaffApiRefusal extends Error {
  constructor(readonly status: ProblemStatus, readonly detail: (t: StaffApiProblemMessages) => string) {
    super(`staff API refusal ${status}`);
    this.name = 'StaffApiRefusal';
  }
}

export function staffProblem(c: Context, status: ProblemStatus, detail: string, errors?: readonly FieldProblem[]): Response {
  const body = { title: PROBLEM_TITLES[status], status, detail, ...(errors ? { errors } : {}) };
  return c.json(body, status, { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Content-Language': apiLang(c) });
}

/** A refused body (422): its fields and problem keys worded in the caller's language, one sentence each, and the list. */
export function fieldProblems(c: Context, issues: readonly { field: string; problem: string }[]): Response {
  const t = messagesOf(c);
  const errors = issues.map(({ field, problem }) => ({
    field, problem, message: (t.problems as Record<string, string>)[problem] ?? t.problems.invalid,
  }));
  return staffProblem(c, 422, errors.map((error) => t.field(error.field, error.message)).join(' '), errors);
}

/** zod's issues as the use-cases report theirs: a field path and a problem key. */
export function issuesOf(error: z.ZodError): { field: string; problem: string }[] {
  return error.issues.flatMap((issue) => {
    const at = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ field: at ? `${at}.${key}` : key, problem: 'unrecognized' }));
    if ((PROBLEMS as readonly string[]).includes(issue.message)) return [{ field: at || '(body)', problem: issue.message }];
    if (issue.code === 'too_big') return [{ field: at, problem: 'too_long' }];
    if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) return [{ field: at, problem: 'required' }];
    if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return [{ field: at || '(body)', problem: 'required' }];
    if (issue.code === 'custom' && at === '') return [{ field: '(body)', problem: 'empty' }];
    return [{ field: at || '(body)', problem: 'invalid' }];
  });
}

/** The API's hook for requests its route definitions refuse. */
export function refusedRequest(result: { success: boolean; target: string; error?: z.ZodError }, c: Context): Response | undefined {
  if (result.success || !result.error) return undefined;
  const issues = issuesOf(result.error);
  if (result.target === 'json') return fieldProblems(c, issues);
  const t = messagesOf(c);
  return staffProblem(c, 400, issues.map((issue) => t.pathParameter(issue.field)).join(' '));
}

const problemContent = { [PROBLEM_CONTENT_TYPE]: { schema: StaffProblemSchema } };
export const problem = (description: string) => ({ description, content: problemContent });
