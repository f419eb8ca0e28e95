/** What happened: the audit log, every version of every row, and the content epochs. */
import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, integer, jsonb, pgPolicy, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { CURRENT_MUNICIPALITY, IN_CURRENT_MUNICIPALITY, appRole } from './columns.ts';

/**
 * What people and commands did: sign-ins, refusals, imports, edits. Written explicitly by each
 * use-case (services/audit.ts) and linked to the rows it changed by `change_id`. Append-only for the
 * application (it may insert and read, never update or delete), and kept when a municipality is
 * removed: platform-level events have no municipality. Details never hold personal data.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    municipalityId: uuid('municipality_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    target: text('target').notNull(),
    changeId: uuid('change_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('audit_log_municipality_at_idx').on(t.municipalityId, t.at),
    // A municipality's administrators also see the platform events (sign-ins, which have no municipality) of and by its own people.
    pgPolicy('read_own', {
      for: 'select', to: appRole,
      using: sql`${IN_CURRENT_MUNICIPALITY} or (municipality_id is null and exists (
        select 1 from memberships m where m.municipality_id = ${CURRENT_MUNICIPALITY} and 'user:' || m.user_id in (audit_log.actor, audit_log.target)))`,
    }),
    pgPolicy('append', {
      for: 'insert', to: appRole,
      withCheck: sql`municipality_id is null or municipality_id = ${CURRENT_MUNICIPALITY}`,
    }),
  ],
);

/**
 * Every version of every tracked row, written by a trigger (migration 0004) in the transaction that
 * changed the row, so no writer can skip it: who (`actor_id`), when, in which change, before and
 * after. The application can only read it; the trigger writes as the owner.
 */
export const entityHistory = pgTable(
  'entity_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    municipalityId: uuid('municipality_id'),
    entity: text('entity').notNull(),
    entityId: uuid('entity_id').notNull(),
    version: integer('version'),
    op: text('op').$type<'insert' | 'update' | 'delete'>().notNull(),
    before: jsonb('before').$type<Record<string, unknown>>(),
    after: jsonb('after').$type<Record<string, unknown>>(),
    changeId: uuid('change_id').notNull(),
    actorId: text('actor_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('entity_history_entity_idx').on(t.municipalityId, t.entity, t.entityId, t.id),
    index('entity_history_change_idx').on(t.changeId),
    pgPolicy('read_own', { for: 'select', to: appRole, using: IN_CURRENT_MUNICIPALITY }),
  ],
);

/**
 * The version of each scope's published content: a municipality's ("m:porvoo"), "platform" (the
 * list of municipalities) or "any" (bumped by every change). Cached public answers are keyed by it, so a
 * change is visible at once without time-based expiry. Bumped only by `bump_content_epoch`, which
 * every write transaction calls last (db/context.ts).
 */
export const contentEpoch = pgTable(
  'content_epoch',
  {
    scope: text('scope').primaryKey(),
    epoch: bigint('epoch', { mode: 'number' }).notNull().default(0),
  },
  () => [pgPolicy('readable', { for: 'select', to: appRole, using: sql`true` })],
);
