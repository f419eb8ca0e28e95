/**
 * What every staff API route shares: who asks (the token's person), the documented refusals, and
 * versions as ETags. A change names the version it is based on in If-Match: a missing one is a 428,
 * a stale one the use-case's conflict (412).
 */
import type { Actor } from '../../../domain/actor.ts';
import { problem, StaffApiRefusal } from './problems.ts';

export interface StaffApiEnv {
  Variables: { actor: Actor };
}

export const SECURITY = [{ personalToken: [] }];

export const etag = (version: number) => `"${version}"`;

export const etagHeader = (what: string) => ({
  ETag: { description: `The version of the ${what}, for If-Match.`, schema: { type: 'string' as const } },
});

/** The refusals any request may get. */
export const refusals = {
  400: problem('An invalid path parameter.'),
  401: problem('No token, an expired one, or not a live token of this municipality.'),
  403: problem("The token's person may not do this (the refusal is audited)."),
  404: problem('No such programme, round, action or item in the municipality.'),
};

/** The refusals of a request with a body: its fields are named in `errors`. */
export const invalidBody = { 422: problem('A refused field of the body, each named in `errors` in the language asked for.') };

/** The answers of a change that must name the version it is based on. */
export const preconditions = (entity: string) => ({
  412: problem(`The ${entity} has changed since the version in If-Match; nothing was saved. Its ETag header is the current version.`),
  428: problem('If-Match is missing: every change must say which version it is based on.'),
});

/** The version an If-Match names; a missing one (or a wildcard, which would overwrite blindly) is a 428. */
export function requiredVersion(header: string | undefined): number {
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header ?? '');
  if (!match) throw new StaffApiRefusal(428, (t) => t.ifMatchRequired);
  return Number(match[1]);
}

/** The use-case scope of a request: the token's person in the municipality of the path. */
export const scope = (c: { get: (key: 'actor') => Actor }, municipality: string) => ({ actor: c.get('actor'), municipality: { slug: municipality } });
