import { auditLog } from '../db/schema.ts';
import type { Transaction } from '../db/database.ts';

export interface AuditEntry {
  municipalityId: string;
  /** Who: "cli:<user>" for commands, a staff user's id for the admin later. Never a person's name. */
  actor: string;
  action: string;
  target: string;
  details?: Record<string, unknown>;
}

/** Written explicitly by each use-case, inside its own transaction. */
export async function writeAudit(tx: Transaction, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({ ...entry, details: entry.details ?? {} });
}
