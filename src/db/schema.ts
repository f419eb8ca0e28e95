/**
 * The database schema, the one source of the SQL migrations (`npm run db:generate`).
 * Every row belongs to a municipality; children reference their parent together with the
 * municipality (composite foreign keys), so no row can point across tenants.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
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

export const municipalities = pgTable('municipalities', {
  id: id(),
  slug: text('slug').notNull().unique(),
  /** Statistics Finland's municipality code, e.g. "638" for Porvoo. */
  code: text('code').notNull().unique(),
  name: localized('name'),
  /** The municipality's languages, the primary one first. */
  languages: text('languages').array().$type<Lang[]>().notNull(),
  createdAt: createdAt(),
});

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
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.municipalityId, t.slug), unique().on(t.municipalityId, t.id)],
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
  },
  (t) => [inProgramme(t), unique().on(t.programmeId, t.code), unique().on(t.municipalityId, t.id)],
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
  },
  (t) => [inProgramme(t), unique().on(t.programmeId, t.code), unique().on(t.municipalityId, t.id)],
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
  },
  (t) => [inProgramme(t), unique().on(t.programmeId, t.position), unique().on(t.municipalityId, t.id)],
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
    version: integer('version').notNull().default(1),
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
    createdAt: createdAt(),
  },
  (t) => [inProgramme(t), unique().on(t.programmeId, t.year, t.month), unique().on(t.municipalityId, t.id)],
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
  },
  (t) => [
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
  },
  (t) => [inProgramme(t), unique().on(t.programmeId, t.position), unique().on(t.municipalityId, t.id)],
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
  },
  (t) => [
    foreignKey({ columns: [t.municipalityId, t.enablerId], foreignColumns: [enablers.municipalityId, enablers.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.roundId], foreignColumns: [rounds.municipalityId, rounds.id] }).onDelete('cascade'),
    unique().on(t.enablerId, t.roundId),
  ],
);

/** Every change by staff or by a command, who and what. Details never hold personal data. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    municipalityId: municipalityId(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    target: text('target').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_log_municipality_at_idx').on(t.municipalityId, t.at)],
);
