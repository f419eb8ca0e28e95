/**
 * Row-level security, the second wall between municipalities: every table with a municipality_id has
 * it enabled, the application role owns nothing and cannot bypass it, and a query that has not set
 * the municipality sees none of the rows that are there.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { selectRows } from './orm.ts';
import { backends, demoDatabase } from '../../test/support/database.ts';

describe.each(backends)('row-level security on %s', (backend) => {
  it('guards every tenant table, and the application role can neither own nor bypass it', async () => {
    const store = await demoDatabase(backend);
    try {
      const tables = await selectRows<{ table: string; rls: boolean; owner: string }>(store.orm, sql`
        select c.relname as table, c.relrowsecurity as rls, pg_get_userbyid(c.relowner) as owner
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'
          and exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'municipality_id' and not a.attisdropped)
        order by 1`);
      expect(tables.map((row) => row.table)).toEqual(expect.arrayContaining(['actions', 'action_statuses', 'programmes', 'rounds', 'memberships']));
      expect(tables.filter((row) => !row.rls).map((row) => row.table)).toEqual([]);
      expect(tables.filter((row) => row.owner === 'tiekartta_app').map((row) => row.table)).toEqual([]);
      const [role] = await selectRows<{ bypass: boolean; superuser: boolean }>(store.orm,
        sql`select rolbypassrls as bypass, rolsuper as superuser from pg_roles where rolname = 'tiekartta_app'`);
      expect(role).toEqual({ bypass: false, superuser: false });
    } finally {
      await store.close();
    }
  });

  it('shows a query that has not set the municipality none of the rows, and one that has only its own', async () => {
    const store = await demoDatabase(backend);
    try {
      const count = (municipality: string | null) => store.orm.transaction(async (tx) => {
        await tx.execute(sql`set local role tiekartta_app`);
        if (municipality !== null) {
          await tx.execute(sql`select set_config('app.municipality_id', (select id::text from municipalities where slug = ${municipality}), true)`);
        }
        const [row] = await selectRows<{ actions: number; statuses: number; rounds: number }>(tx, sql`
          select (select count(*) from actions)::int as actions, (select count(*) from action_statuses)::int as statuses,
                 (select count(*) from rounds)::int as rounds`);
        return row!;
      });
      expect(await count(null)).toEqual({ actions: 0, statuses: 0, rounds: 0 });
      const porvoo = await count('porvoo');
      expect(porvoo.actions).toBeGreaterThan(50);
      expect(porvoo.rounds).toBeGreaterThan(0);
      // Nor may it write a row into a municipality it has not set.
      const write = store.orm.transaction(async (tx) => {
        await tx.execute(sql`set local role tiekartta_app`);
        return (await selectRows<{ id: string }>(tx, sql`update actions set position = position + 1 returning id`)).length;
      });
      expect(await write).toBe(0);
      expect(await count('porvoo')).toEqual(porvoo);
    } finally {
      await store.close();
    }
  });
});
