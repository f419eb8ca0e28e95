/**
 * PGlite has no autovacuum: without an ANALYZE after an import the planner believes every table is
 * empty and plans a 500-action list as if it had one row (nested loops everywhere, twice as slow).
 */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { testDatabase, TEST_ACTOR } from '../../test/support/database.ts';
import { loadDemo } from '../io/demo.ts';
import { selectRows } from './orm.ts';

const plannerRows = async (store: Awaited<ReturnType<typeof testDatabase>>, table: string) => {
  const [row] = await selectRows<{ reltuples: number }>(store.orm, sql`select reltuples::float8 as reltuples from pg_class where relname = ${table}`);
  return Number(row!.reltuples);
};

it('an import leaves the planner knowing how many rows the tables have', async () => {
  const store = await testDatabase();
  expect(await plannerRows(store, 'actions')).toBeLessThanOrEqual(0);
  const summary = await loadDemo(store, TEST_ACTOR);
  expect(await plannerRows(store, 'actions')).toBe(summary.actions.created);
  expect(await plannerRows(store, 'action_statuses')).toBe(summary.statuses.created);
});
