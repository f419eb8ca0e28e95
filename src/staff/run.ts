/**
 * Use-cases run from the workspace: as the signed-in person, in the municipality of the path. A
 * refusal of the permissions table becomes the 403 page (and an audit line); an unknown thing the 404.
 */
import type { Context } from 'hono';
import { ForbiddenError, NotFoundError } from '../domain/errors.ts';
import { writeAudit } from '../services/audit.ts';
import { runRead, runWrite, type Ctx, type Store, type WriteCtx, type WriteOptions } from '../services/context.ts';
import type { StaffEnv } from './env.ts';

/** Thrown on to the workspace's error handler with what it needs to answer and audit. */
export class StaffRefusal extends Error {
  constructor(readonly kind: 'forbidden' | 'notFound', readonly permission?: string) {
    super(kind);
  }
}

function scopeOf(c: Context<StaffEnv>) {
  const signedIn = c.get('signedIn');
  if (!signedIn) throw new StaffRefusal('forbidden');
  return { actor: signedIn.actor, municipality: { slug: c.req.param('m') ?? '' } };
}

function translated<T>(work: Promise<T>): Promise<T> {
  return work.catch((error: unknown) => {
    if (error instanceof ForbiddenError) throw new StaffRefusal('forbidden', error.permission);
    if (error instanceof NotFoundError) throw new StaffRefusal('notFound');
    throw error;
  });
}

export function staffRead<T>(c: Context<StaffEnv>, store: Store, work: (ctx: Ctx) => Promise<T>): Promise<T> {
  return translated(runRead(store, scopeOf(c), work));
}

export function staffWrite<T>(c: Context<StaffEnv>, store: Store, work: (ctx: WriteCtx) => Promise<T>, options?: WriteOptions): Promise<T> {
  return translated(runWrite(store, scopeOf(c), work, options));
}

/** Records a refusal in the audit log, in its own transaction (the refused one wrote nothing). */
export async function auditRefusal(c: Context<StaffEnv>, store: Store, permission: string): Promise<void> {
  const signedIn = c.get('signedIn');
  if (!signedIn) return;
  const slug = c.req.param('m');
  const scope = slug ? { actor: signedIn.actor, municipality: { slug } } : { actor: signedIn.actor };
  await runWrite(store, scope, (ctx) =>
    writeAudit(ctx, { action: 'permission.refused', target: permission, details: { method: c.req.method, path: c.req.routePath } }),
  ).catch(() => undefined);
}
