/** The Drizzle handle over either driver, and small helpers for hand-written statements. */
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema.ts';

export type Orm = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction: the only way services reach the database (through their Ctx). */
export type Tx = Parameters<Parameters<Orm['transaction']>[0]>[0];

/** Rows of a hand-written statement. Both drivers answer with `{ rows }`; the caller names their shape. */
export async function selectRows<Row>(db: Orm | Tx, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

/** The SQLSTATE of a failed statement; Drizzle keeps the driver's error as the cause. */
export function sqlState(error: unknown): string | undefined {
  const codeOf = (value: unknown) => (value as { code?: unknown } | null)?.code;
  const code = codeOf(error) ?? codeOf((error as { cause?: unknown } | null)?.cause);
  return typeof code === 'string' ? code : undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === '23505';
}
