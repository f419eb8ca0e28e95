/**
 * The catalog of other municipalities' projects (the Ministry of Finance's incentive programme): national
 * reference data shared by every municipality of a deployment, so these tables have no municipality_id.
 * Everyone reads them; only platform-level work (the import command) writes them.
 */
import { sql } from 'drizzle-orm';
import { boolean, customType, index, integer, jsonb, pgPolicy, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { DescriptionBlock } from '../../domain/catalog.ts';
import { AT_PLATFORM_LEVEL, appRole, createdAt, id, version } from './columns.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** A partner as stored: a municipality's code, or the name as written when it matches none. */
export interface StoredPartner {
  code: string | null;
  written: string;
  memberOf?: string;
}

export interface StoredLink {
  url: string | null;
  text: string;
}

const platformPolicies = () => [
  pgPolicy('readable', { for: 'select', to: appRole, using: sql`true` }),
  pgPolicy('platform_insert', { for: 'insert', to: appRole, withCheck: AT_PLATFORM_LEVEL }),
  pgPolicy('platform_update', { for: 'update', to: appRole, using: AT_PLATFORM_LEVEL, withCheck: AT_PLATFORM_LEVEL }),
  pgPolicy('platform_delete', { for: 'delete', to: appRole, using: AT_PLATFORM_LEVEL }),
];

export const catalogProjects = pgTable(
  'catalog_projects',
  {
    id: id(),
    /** The stable identity read from the text (lead and title, see docs/CATALOG.md): the public id. */
    key: text('key').notNull().unique(),
    lang: text('lang').$type<'fi' | 'sv'>().notNull(),
    title: text('title').notNull(),
    ended: boolean('ended').notNull(),
    description: jsonb('description').$type<DescriptionBlock[]>().notNull(),
    /** The lead municipality's code; null when the lead is no municipality or the entry names none. */
    leadCode: text('lead_code'),
    /** The lead as written when it matches no municipality (a regional council). */
    leadWritten: text('lead_written'),
    partners: jsonb('partners').$type<StoredPartner[]>().notNull(),
    /** The partners' codes, for "projects this municipality joined". */
    partnerCodes: text('partner_codes').array().$type<string[]>().notNull(),
    links: jsonb('links').$type<StoredLink[]>().notNull(),
    /** Title and description as plain text: what search reads. Never contacts. */
    searchText: text('search_text').notNull(),
    searchVector: tsvector('search_vector').notNull().generatedAlwaysAs(
      sql`to_tsvector(CASE WHEN lang = 'sv' THEN 'swedish'::regconfig ELSE 'finnish'::regconfig END, search_text)`,
    ),
    /** A hash of everything imported for the entry (contacts too): a re-import updates only what changed. */
    contentHash: text('content_hash').notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('catalog_projects_search_idx').using('gin', t.searchVector),
    index('catalog_projects_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('catalog_projects_partners_idx').using('gin', t.partnerCodes),
    index('catalog_projects_lead_idx').on(t.leadCode),
    ...platformPolicies(),
  ],
);

/**
 * The people to ask about a project, as the catalog publishes them. Personal data: kept apart from the
 * project so that search, CSV and history never read it (no history trigger on this table).
 */
export const catalogContacts = pgTable(
  'catalog_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id').notNull().references(() => catalogProjects.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name'),
    organisation: text('organisation'),
    email: text('email'),
    phone: text('phone'),
    createdAt: createdAt(),
  },
  (t) => [index('catalog_contacts_project_idx').on(t.projectId, t.position), ...platformPolicies()],
);
