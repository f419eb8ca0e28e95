import { auditLog } from '../db/schema.ts';
import { actorId } from '../domain/actor.ts';
import type { WriteCtx } from './context.ts';

export interface AuditEntry {
  action: string;
  target: string;
  details?: Record<string, unknown>;
}

/**
 * "What a person did", written explicitly by each use-case inside its own transaction, in the
 * municipality of its scope (none for platform work), linked to the rows it changed by the change id.
 */
export async function writeAudit(ctx: WriteCtx, entry: AuditEntry): Promise<void> {
  await ctx.tx.insert(auditLog).values({
    municipalityId: ctx.municipality?.id ?? null,
    actor: actorId(ctx.actor),
    action: entry.action,
    target: entry.target,
    changeId: ctx.changeId,
    details: entry.details ?? {},
  });
}
