/**
 * The use-cases' refusals as the staff API answers them, never as a 500: a refused field 422, a
 * stale version 412 (with the current ETag), a refused permission 403 (audited in a transaction of
 * its own, since the refused one wrote nothing), a frozen round 409, an unknown thing 404.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../../../domain/errors.ts';
import { RoundStateError } from '../../../domain/round-entry.ts';
import { writeAudit } from '../../../services/audit.ts';
import { runWrite, type Store } from '../../../services/context.ts';
import { isProblemStatus } from '../problems.ts';
import { fieldProblems, messagesOf, staffProblem, StaffApiRefusal } from './problems.ts';
import { etag, type StaffApiEnv } from './route-kit.ts';

export function staffApiErrors(store: Store) {
  return async (error: Error, c: Context<StaffApiEnv>): Promise<Response> => {
    const t = messagesOf(c);
    const named = (entity: string) => t.entities[entity] ?? entity;
    if (error instanceof StaffApiRefusal) return staffProblem(c, error.status, error.detail(t));
    if (error instanceof NotFoundError) return staffProblem(c, 404, t.notFound(named(error.entity), error.key));
    if (error instanceof InvalidInputError) return fieldProblems(c, error.issues);
    if (error instanceof RoundStateError) {
      const detail = error.problem === 'missing_languages' ? t.round.missing_languages(error.refs.join(', ')) : t.round[error.problem];
      return staffProblem(c, 409, detail);
    }
    if (error instanceof ConflictError) {
      // The workspace's edit conflicts carry the current version as `currentVersion`, a round or an entry as `version`.
      const found = (error.current ?? {}) as { version?: number; currentVersion?: number };
      const current = found.currentVersion ?? found.version ?? error.expectedVersion;
      const response = staffProblem(c, 412, t.stale(named(error.entity), error.expectedVersion, current));
      response.headers.set('ETag', etag(current));
      return response;
    }
    if (error instanceof ForbiddenError) {
      await runWrite(store, { actor: c.get('actor'), municipality: { slug: c.req.param('municipality') ?? '' } }, (ctx) =>
        writeAudit(ctx, { action: 'permission.refused', target: error.permission, details: { method: c.req.method, path: c.req.routePath, via: 'api' } }),
      ).catch(() => undefined);
      return staffProblem(c, 403, t.forbidden(error.permission));
    }
    // Hono's own refusals: a body that is not JSON (400), or not sent as JSON (415).
    if (error instanceof HTTPException && isProblemStatus(error.status)) {
      return staffProblem(c, error.status, [400, 415].includes(error.status) ? t.malformed : error.message);
    }
    throw error;
  };
}
