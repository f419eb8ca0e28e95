/**
 * Errors of the open data API as problem details (RFC 9457). They are written for developers
 * using the API, so in English, and name what was wrong: the parameter, the unknown slug or round.
 */
import type { Hook } from '@hono/zod-openapi';
import type { Context, Env } from 'hono';
import type { ProblemJson } from './schemas.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const PROBLEM_TITLES = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
} as const;
export type ProblemStatus = keyof typeof PROBLEM_TITLES;

/** Thrown by a handler; the API's error handler answers with it. */
export class ApiProblem extends Error {
  constructor(
    readonly status: ProblemStatus,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'ApiProblem';
  }
}

export function problemResponse(c: Context, status: ProblemStatus, detail: string): Response {
  const problem: ProblemJson = { title: PROBLEM_TITLES[status], status, detail };
  return c.json(problem, status, { 'Content-Type': PROBLEM_CONTENT_TYPE });
}

export function isProblemStatus(status: number): status is ProblemStatus {
  return Object.hasOwn(PROBLEM_TITLES, status);
}

/** Answers invalid path or query parameters with a 400 that names each one and what it expects. */
export const invalidParameters: Hook<unknown, Env, string, Response | undefined> = (result, c) => {
  if (result.success) return undefined;
  const where = result.target === 'param' ? 'path parameter' : `${result.target} parameter`;
  const detail = result.error.issues
    .map((issue) => `Invalid ${where} "${issue.path.join('.')}": ${issue.message}.`)
    .join(' ');
  return problemResponse(c, 400, detail);
};
