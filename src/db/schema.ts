/**
 * The database schema, the one source of the SQL migrations (`npm run db:generate`).
 * Every row belongs to a municipality; children reference their parent together with the
 * municipality (composite foreign keys), so no row can point across tenants. Row-level security is
 * the second wall: the application works as the role `tiekartta_app` (not the tables' owner), and
 * every tenant table lets that role see only the rows of the municipality its transaction set
 * (`app.municipality_id`, see db/context.ts).
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgPolicy,
  pgRole,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Lang, LocalizedText } from '../domain/language.ts';
import type {
  ActionState,
  Benefit,
  Beneficiary,
  DevelopmentModel,
  Level,
  SizeClass,
  TrafficLight,
} from '../domain/action.ts';

const localized = (name: string) => jsonb(name).$type<LocalizedText>().notNull().default({});
const localizedList = (name: string) =>
  jsonb(name).$type<Partial<Record<Lang, string[]>>>().notNull().default({});
const id = () => uuid('id').primaryKey().defaultRandom();
const municipalityId = () =>
  uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id, { onDelete: 'cascade' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
/** Optimistic concurrency: every editable row counts its versions (db/versioned.ts). */
const version = () => integer('version').notNull().default(1);

/** The role every transaction of the application switches to; created by migration 0002. */
export const appRole = pgRole('tiekartta_app').existing();
/**
 * The municipality of the current transaction. Once a connection has used set_config the setting
 * reads '' rather than NULL, hence the nullif; with no setting, no row matches.
 */
export const CURRENT_MUNICIPALITY = sql`nullif(current_setting('app.municipality_id', true), '')::uuid`;
const IN_CURRENT_MUNICIPALITY = sql`municipality_id = ${CURRENT_MUNICIPALITY}`;
/** Rows of the current municipality only, for reading and for writing. */
const tenantPolicy = () =>
  pgPolicy('tenant_isolation', { for: 'all', to: appRole, using: IN_CURRENT_MUNICIPALITY, withCheck: IN_CURRENT_MUNICIPALITY });

export const municipalities = pgTable('municipalities', {
  id: id(),
  slug: text('slug').notNull().unique(),
  /** Statistics Finland's municipality code, e.g. "638" for Porvoo. */
  code: text('code').notNull().unique(),
  name: localized('name'),
  /** The municipality's languages, the primary one first. */
  languages: text('languages').array().$type<Lang[]>().notNull(),
  version: version(),
  createdAt: createdAt(),
}, () => [
  // Municipalities are listed publicly; they are added or removed only by platform-level work.
  pgPolicy('readable', { for: 'select', to: appRole, using: sql`true` }),
  pgPolicy('platform_insert', { for: 'insert', to: appRole, withCheck: sql`current_setting('app.platform', true) = 'on'` }),
  pgPolicy('platform_delete', { for: 'delete', to: appRole, using: sql`current_setting('app.platform', true) = 'on'` }),
  pgPolicy('own_update', {
    for: 'update', to: appRole,
    using: sql`id = ${CURRENT_MUNICIPALITY} or current_setting('app.platform', true) = 'on'`,
  }),
]);

export const programmes = pgTable(
  'programmes',
  {
    id: id(),
    municipalityId: municipalityId(),
    slug: text('slug').notNull(),
    name: localized('name'),
    periodStart: integer('period_start').notNull(),
    periodEnd: integer('period_end').notNull(),
    costCode: text('cost_code'),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.municipalityId, t.slug), unique().on(t.municipalityId, t.id), tenantPolicy()],
);

const inProgramme = (
  t: { municipalityId: any; programmeId: any },
) =>
  foreignKey({
    columns: [t.municipalityId, t.programmeId],
    foreignColumns: [programmes.municipalityId, programmes.id],
  }).onDelete('cascade');

/** A goal (2024–) or theme (2020–2023) of a programme. */
export const goals = pgTable(
  'goals',
  {
    id: id(),
    municipalityId: municipalityId(),
    programmeId: uuid('programme_id').notNull(),
    kind: text('kind').$type<'goal' | 'theme'>().notNull().default('goal'),
    code: text('code').notNull(),
    name: localized('name'),
    position: integer('position').notNull(),
    version: version(),
  },
  (t) => [inProgramme(t), unique().on(t.programmeId, t.code), unique().on(t.municipalityId, t.id), tenantPolicy()],
);

export const competences = pgTable(
  'competences',
  {
    id: id(),
    municipalityId: municipalityId(),
    programmeId: uuid('programme_id').notNull(),
    code: text('code').notNull(),
    name: localized('name'),
    position: integer('position').notNull(),
    version: version(),
  },
  (t) => [inProgramme(t), unique().on(t.programmeId, t.code), unique().on(t.municipalityId, t.id), tenantPolicy()],
);

/** A section of the roadmap: one table of actions in the printed programme. */
export const sections = pgTable(
  'sections',
  {
    id: id(),
    municipalityId: municipalityId(),
    programmeId: uuid('programme_id').notNull(),
    /** 1-based, in the order of the document. */
    position: integer('position').notNull(),
    name: localized('name'),
    /**
     * The row number the section's next new action gets in its reference ("section.row"). It only
     * grows, so a deleted action's public URL never comes to point at another action.
     */
    nextRefRow: integer('next_ref_row').notNull().default(1),
    version: version(),
  },
  (t) => [inProgramme(t), unique().on(t.programmeId, t.position), unique().on(t.municipalityId, t.id), tenantPolicy()],
);

export const actions = pgTable(
  'actions',
  {
    id: id(),
    municipalityId: municipalityId(),
    programmeId: uuid('programme_id').notNull(),
    sectionId: uuid('section_id').notNull(),
    /** The public, stable reference: "section.row" as first imported, e.g. "4.11". */
    ref: text('ref').notNull(),
    position: integer('position').notNull(),
    name: localized('name'),
    years: integer('years').array().$type<number[]>().notNull().default(sql`'{}'::integer[]`),
    coFunded: boolean('co_funded').notNull().default(false),
    coFundedPart: localized('co_funded_part'),
    sector: localized('sector'),
    /** The person responsible: personal data, so never published by the site or the open API. */
    ownerName: text('owner_name'),
    partnerMunicipalities: text('partner_municipalities').array().$type<string[]>().notNull().default(sql`'{}'::text[]`),
    goalId: uuid('goal_id'),
    competenceId: uuid('competence_id'),
    level: text('level').$type<Level>(),
    statutory: boolean('statutory'),
    benefits: text('benefits').array().$type<Benefit[]>(),
    beneficiaries: text('beneficiaries').array().$type<Beneficiary[]>(),
    costClass: text('cost_class').$type<SizeClass>(),
    impactClass: text('impact_class').$type<SizeClass>(),
    developmentModel: text('development_model').$type<DevelopmentModel>(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    inProgramme(t),
    foreignKey({ columns: [t.municipalityId, t.sectionId], foreignColumns: [sections.municipalityId, sections.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.goalId], foreignColumns: [goals.municipalityId, goals.id] }),
    foreignKey({ columns: [t.municipalityId, t.competenceId], foreignColumns: [competences.municipalityId, competences.id] }),
    unique().on(t.programmeId, t.ref),
    unique().on(t.municipalityId, t.id),
    index('actions_section_idx').on(t.sectionId, t.position),
    tenantPolicy(),
  ],
);

/** A follow-up round: a dated snapshot of every action's status ("Tilanne 09/2022"). */
export const rounds = pgTable(
  'rounds',
  {
    id: id(),
    municipalityId: municipalityId(),
    programmeId: uuid('programme_id').notNull(),
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    /** The label as printed, in the report's language. */
    label: text('label').notNull(),
    lang: text('lang').$type<Lang>().notNull(),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [inProgramme(t), unique().on(t.programmeId, t.year, t.month), unique().on(t.municipalityId, t.id), tenantPolicy()],
);

export const actionStatuses = pgTable(
  'action_statuses',
  {
    id: id(),
    municipalityId: municipalityId(),
    actionId: uuid('action_id').notNull(),
    roundId: uuid('round_id').notNull(),
    text: localized('text'),
    state: text('state').$type<ActionState>().notNull(),
    /** True while the state is only proposed from the text; a person confirms it. */
    stateInferred: boolean('state_inferred').notNull(),
    trafficLight: text('traffic_light').$type<TrafficLight>(),
    version: version(),
  },
  (t) => [
    tenantPolicy(),
    foreignKey({ columns: [t.municipalityId, t.actionId], foreignColumns: [actions.municipalityId, actions.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.roundId], foreignColumns: [rounds.municipalityId, rounds.id] }).onDelete('cascade'),
    unique().on(t.actionId, t.roundId),
    index('action_statuses_round_idx').on(t.roundId),
  ],
);

/** An enabler (mahdollistaja) of the 2020–2023 programme with its measures and metrics. */
export const enablers = pgTable(
  'enablers',
  {
    id: id(),
    municipalityId: municipalityId(),
    programmeId: uuid('programme_id').notNull(),
    position: integer('position').notNull(),
    name: localized('name'),
    measures: localizedList('measures'),
    metrics: localizedList('metrics'),
    version: version(),
  },
  (t) => [inProgramme(t), unique().on(t.programmeId, t.position), unique().on(t.municipalityId, t.id), tenantPolicy()],
);

export const enablerStatuses = pgTable(
  'enabler_statuses',
  {
    id: id(),
    municipalityId: municipalityId(),
    enablerId: uuid('enabler_id').notNull(),
    roundId: uuid('round_id').notNull(),
    /** Paragraphs of the status text, per language. */
    text: localizedList('text'),
    version: version(),
  },
  (t) => [
    tenantPolicy(),
    foreignKey({ columns: [t.municipalityId, t.enablerId], foreignColumns: [enablers.municipalityId, enablers.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.roundId], foreignColumns: [rounds.municipalityId, rounds.id] }).onDelete('cascade'),
    unique().on(t.enablerId, t.roundId),
  ],
);

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
    pgPolicy('read_own', { for: 'select', to: appRole, using: IN_CURRENT_MUNICIPALITY }),
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
