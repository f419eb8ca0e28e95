/** Column shapes and policies every table file shares. */
import { sql } from 'drizzle-orm';
import { integer, jsonb, pgPolicy, pgRole, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Lang, LocalizedText } from '../../domain/language.ts';

export const localized = (name: string) => jsonb(name).$type<LocalizedText>().notNull().default({});
export const localizedList = (name: string) =>
  jsonb(name).$type<Partial<Record<Lang, string[]>>>().notNull().default({});
export const id = () => uuid('id').primaryKey().defaultRandom();
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
/** Optimistic concurrency: every editable row counts its versions. */
export const version = () => integer('version').notNull().default(1);

/** The role every transaction of the application switches to; created by migration 0002. */
export const appRole = pgRole('tiekartta_app').existing();
/**
 * The municipality of the current transaction. Once a connection has used set_config the setting
 * reads '' rather than NULL, hence the nullif; with no setting, no row matches.
 */
export const CURRENT_MUNICIPALITY = sql`nullif(current_setting('app.municipality_id', true), '')::uuid`;
/** The signed-in person of the current transaction (staff actors only). */
export const CURRENT_USER = sql`nullif(current_setting('app.user_id', true), '')::uuid`;
export const IN_CURRENT_MUNICIPALITY = sql`municipality_id = ${CURRENT_MUNICIPALITY}`;
/** Platform-level work (adding municipalities, sign-in): only set by runWrite/runRead for it. */
export const AT_PLATFORM_LEVEL = sql`current_setting('app.platform', true) = 'on'`;
/** Rows of the current municipality only, for reading and for writing. */
export const tenantPolicy = () =>
  pgPolicy('tenant_isolation', { for: 'all', to: appRole, using: IN_CURRENT_MUNICIPALITY, withCheck: IN_CURRENT_MUNICIPALITY });
