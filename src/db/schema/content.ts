/** A municipality's programme content: what the public site and the open API show. */
import { sql } from 'drizzle-orm';
import { boolean, date, foreignKey, index, integer, pgPolicy, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { Lang } from '../../domain/language.ts';
import type {
  ActionState,
  Benefit,
  Beneficiary,
  DevelopmentModel,
  Level,
  SizeClass,
  TrafficLight,
} from '../../domain/action.ts';
import type { RoundStatus } from '../../domain/round.ts';
import { users } from './staff.ts';
import { AT_PLATFORM_LEVEL, CURRENT_MUNICIPALITY, appRole, createdAt, id, localized, localizedList, tenantPolicy, version } from './columns.ts';

const municipalityId = () =>
  uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id, { onDelete: 'cascade' });

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
  pgPolicy('platform_insert', { for: 'insert', to: appRole, withCheck: AT_PLATFORM_LEVEL }),
  pgPolicy('platform_delete', { for: 'delete', to: appRole, using: AT_PLATFORM_LEVEL }),
  pgPolicy('own_update', {
    for: 'update', to: appRole,
    using: sql`id = ${CURRENT_MUNICIPALITY} or ${AT_PLATFORM_LEVEL}`,
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
    description: localized('description'),
    /** The long-term benefits the goal supports. */
    benefits: text('benefits').array().$type<Benefit[]>().notNull().default(sql`'{}'::text[]`),
    /** The city strategy's spearheads (strategy_themes of kind 'spearhead') the goal supports. */
    spearheadIds: uuid('spearhead_ids').array().$type<string[]>().notNull().default(sql`'{}'::uuid[]`),
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
    description: localized('description'),
    /** Example metrics as plain text: the programme sets none for its competences. */
    exampleMetrics: localizedList('example_metrics'),
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
    ownerUserId: uuid('owner_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The responsible person's name when they have no account. */
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
    /** Set when staff remove the action from the roadmap: kept with its history, shown nowhere public. */
    archivedAt: timestamp('archived_at', { withTimezone: true }),
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
    index('actions_owner_idx').on(t.municipalityId, t.ownerUserId),
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
    /** "Tilanne 09/2022" / "Status 09/2022": as printed for an imported round, per language. */
    label: localized('label'),
    /** The round's own language: the report's, or the municipality's first for a round opened in the workspace. */
    lang: text('lang').$type<Lang>().notNull(),
    /** Open: owners are updating it, only staff see it. Closed: published and frozen. */
    status: text('status').$type<RoundStatus>().notNull().default('closed'),
    deadline: date('deadline', { mode: 'string' }),
    /** Languages every status text must have before the round may be closed. */
    requiredLanguages: text('required_languages').array().$type<Lang[]>().notNull().default(sql`'{}'::text[]`),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
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
    /** When and by whom (actor id) the entry was last saved; null for an entry nobody has filled in yet. */
    updatedAt: timestamp('updated_at', { withTimezone: true }),
    updatedBy: text('updated_by'),
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

