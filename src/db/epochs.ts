/**
 * Which version of each scope's published content is current (see `content_epoch` in schema.ts).
 * The response cache keys public answers by these epochs.
 *
 * - Embedded PGlite has one process, the owner of its data folder, so that process's memory is the
 *   truth: it loads the epochs once and advances them as its own writes commit.
 * - On a PostgreSQL server other processes write too. Each read asks the server, but reads that
 *   arrive while one query is in flight share the next query: at most one query per round trip,
 *   and never an answer from a query that started before the request arrived (so a change that has
 *   committed anywhere is always seen).
 */
import { sql } from 'drizzle-orm';
import type { Orm } from './orm.ts';
import { selectRows } from './orm.ts';

export interface EpochClock {
  read(scopes: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /** A write of this process committed these epochs. */
  advance(bumped: readonly { scope: string; epoch: number }[]): void;
  /** Forget what is known, e.g. after a restore replaced the data. */
  reset(): void;
}

type EpochRow = { scope: string; epoch: string | number };

// One array parameter: a plain JS array in `sql` would become a list of parameters, i.e. a record.
async function selectEpochs(orm: Orm, scopes: readonly string[] | null): Promise<Map<string, number>> {
  const rows = await selectRows<EpochRow>(orm, scopes === null
    ? sql`select scope, epoch from content_epoch`
    : sql`select scope, epoch from content_epoch where scope = any(${sql.param([...scopes])}::text[])`);
  return new Map(rows.map((row) => [row.scope, Number(row.epoch)]));
}

export function inProcessEpochClock(orm: Orm): EpochClock {
  let known: Promise<Map<string, number>> | null = null;
  return {
    async read(scopes) {
      known ??= selectEpochs(orm, null);
      const all = await known;
      return new Map(scopes.map((scope) => [scope, all.get(scope) ?? 0]));
    },
    advance(bumped) {
      // Applied to the loaded map (or left to the first read, which will see the committed values).
      void known?.then((all) => {
        for (const { scope, epoch } of bumped) if ((all.get(scope) ?? 0) < epoch) all.set(scope, epoch);
      });
    },
    reset() {
      known = null;
    },
  };
}

export function serverEpochClock(orm: Orm): EpochClock {
  let running: Promise<unknown> = Promise.resolve();
  let waiting: { scopes: Set<string>; result: Promise<Map<string, number>> } | null = null;
  return {
    async read(scopes) {
      if (!waiting) {
        const batch: { scopes: Set<string>; result: Promise<Map<string, number>> } = { scopes: new Set(), result: null! };
        batch.result = running.then(() => {
          // From here on, new readers wait for the query after this one.
          if (waiting === batch) waiting = null;
          const query = selectEpochs(orm, [...batch.scopes]);
          running = query.catch(() => undefined);
          return query;
        });
        waiting = batch;
      }
      const batch = waiting;
      for (const scope of scopes) batch.scopes.add(scope);
      const epochs = await batch.result;
      return new Map(scopes.map((scope) => [scope, epochs.get(scope) ?? 0]));
    },
    advance() {
      // Every read asks the server, which already has them.
    },
    reset() {},
  };
}

/**
 * After a restore the epochs are those of the backup, lower than values clients may have seen since:
 * a later change would bring back an ETag that a browser holds for other content. Moving every epoch
 * to the time in milliseconds puts them past any counter value seen before (counters grow by one per
 * write), so no ETag from before the restore can match again.
 */
export async function advanceEpochsPastRestore(orm: Orm): Promise<void> {
  await orm.execute(sql`update content_epoch set epoch = greatest(epoch + 1, (extract(epoch from clock_timestamp()) * 1000)::bigint)`);
}
