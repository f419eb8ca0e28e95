/**
 * The one way into the database. A use-case runs inside `runRead` or `runWrite`, which open a
 * transaction, switch to the application role (so row-level security applies), and set who acts and
 * in which municipality. Services take the resulting Ctx and never see the database itself, so they
 * cannot query outside the transaction by mistake.
 *
 * `runWrite` also names the change (history rows and the audit line share its id) and, last, bumps
 * the content epochs of what it changed, which the response cache keys on.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { actorId, type Actor } from '../domain/actor.ts';
import { NotFoundError } from '../domain/errors.ts';
import type { Lang, LocalizedText } from '../domain/language.ts';
import { refreshStatistics, type Store } from './database.ts';
import { selectRows, type Tx } from './orm.ts';

export interface ScopedMunicipality {
  id: string;
  slug: string;
  code: string;
  name: LocalizedText;
  /** Primary language first. */
  languages: Lang[];
}

export interface Scope {
  actor: Actor;
  /** The municipality whose rows the transaction sees; none: only shared tables (municipalities). */
  municipality?: { slug: string } | { id: string };
  /**
   * Platform-level work, for system actors only: adding municipalities (the operator's commands) and
   * signing in (before any municipality is chosen). Staff and the public never get it.
   */
  platform?: boolean;
}

export interface Ctx {
  tx: Tx;
  actor: Actor;
  municipality: ScopedMunicipality | null;
}

export interface WriteCtx extends Ctx {
  /** Shared by the history rows of this change and its audit line. */
  changeId: string;
  /** Work to do once the change has committed (wake a worker), never when it rolls back. */
  afterCommit(work: () => void): void;
  /**
   * The change adds or replaces many rows (an import, a round for every action): the planner's
   * statistics are refreshed once it has committed. PGlite has no autovacuum to do it, and plans made
   * for empty tables make every page of a large programme several times slower.
   */
  changesManyRows(): void;
}

export interface WriteOptions {
  /** Do the work, then roll everything back: what it would do. */
  dryRun?: boolean;
}

async function enter(tx: Tx, scope: Scope, changeId: string): Promise<ScopedMunicipality | null> {
  const platform = scope.platform && scope.actor.kind === 'system' ? 'on' : '';
  const userId = scope.actor.kind === 'staff' ? scope.actor.userId : '';
  await tx.execute(sql`select set_config('role', 'tiekartta_app', true), set_config('app.actor_id', ${actorId(scope.actor)}, true),
    set_config('app.change_id', ${changeId}, true), set_config('app.platform', ${platform}, true),
    set_config('app.user_id', ${userId}, true), set_config('app.municipality_id', '', true)`);
  if (!scope.municipality) return null;
  const condition = 'slug' in scope.municipality ? sql`slug = ${scope.municipality.slug}` : sql`id = ${scope.municipality.id}`;
  const [found] = await selectRows<ScopedMunicipality & { scoped: string }>(tx, sql`
    select id, slug, code, name, languages, set_config('app.municipality_id', id::text, true) as scoped
    from municipalities where ${condition}`);
  if (!found) throw new NotFoundError('municipality', 'slug' in scope.municipality ? scope.municipality.slug : scope.municipality.id);
  const { scoped: _scoped, ...municipality } = found;
  return municipality;
}

export function runRead<T>(store: Store, scope: Scope, work: (ctx: Ctx) => Promise<T>): Promise<T> {
  return store.orm.transaction(
    async (tx) => work({ tx, actor: scope.actor, municipality: await enter(tx, scope, '') }),
    { accessMode: 'read only' },
  );
}

class DryRunDone<T> extends Error {
  constructor(readonly result: T) {
    super('dry run');
  }
}

export async function runWrite<T>(
  store: Store, scope: Scope, work: (ctx: WriteCtx) => Promise<T>, options: WriteOptions = {},
): Promise<T> {
  const changeId = randomUUID();
  const committed: (() => void)[] = [];
  let manyRows = false;
  let bumped: { scope: string; epoch: number }[] = [];
  try {
    const result = await store.orm.transaction(async (tx) => {
      const municipality = await enter(tx, scope, changeId);
      const value = await work({
        tx, actor: scope.actor, municipality, changeId,
        afterCommit: (job) => committed.push(job),
        changesManyRows: () => {
          manyRows = true;
        },
      });
      if (options.dryRun) throw new DryRunDone(value);
      const rows = await selectRows<{ scope: string; epoch: string | number }>(tx, sql`select scope, epoch from bump_content_epoch(${changeId})`);
      bumped = rows.map((row) => ({ scope: row.scope, epoch: Number(row.epoch) }));
      return value;
    });
    store.epochs.advance(bumped);
    // As the database's owner, outside the transaction: the application role may not analyse tables.
    if (manyRows) await refreshStatistics(store);
    for (const job of committed) job();
    return result;
  } catch (error) {
    if (error instanceof DryRunDone) return error.result as T;
    throw error;
  }
}
