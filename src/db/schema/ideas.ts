/**
 * Ideas and needs from residents, companies and staff, and what became of them. The idea itself is
 * content (history-tracked, public once moderated); whoever sent it is personal data, kept apart in
 * `idea_contacts` (no history, never public) so that retention can delete it without leaving copies.
 */
import { boolean, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { Benefit, Beneficiary, DevelopmentModel, Level, SizeClass } from '../../domain/action.ts';
import type { IdeaSource, IdeaState } from '../../domain/idea.ts';
import type { Lang } from '../../domain/language.ts';
import { createdAt, id, localized, tenantPolicy, version } from './columns.ts';
import { actions, competences, goals, municipalities, programmes } from './content.ts';
import { users } from './staff.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });
const municipalityId = () => uuid('municipality_id').notNull().references(() => municipalities.id, { onDelete: 'cascade' });

export const ideas = pgTable(
  'ideas',
  {
    id: id(),
    municipalityId: municipalityId(),
    /** The public reference, "IDEA-2026-0007": the year it came and its number in that year. */
    ref: text('ref').notNull(),
    /** The language the sender wrote in and wants the answer in. */
    lang: text('lang').$type<Lang>().notNull(),
    title: localized('title'),
    description: localized('description'),
    /** Who benefits, in the sender's words. */
    beneficiariesText: localized('beneficiaries_text'),
    source: text('source').$type<IdeaSource>().notNull(),
    /** Where an imported or staff idea came from: "Asukaskysely 2025", a sector. */
    sourceLabel: text('source_label'),
    state: text('state').$type<IdeaState>().notNull().default('new'),
    /** Moderated: shown on the public pages and in the open API. */
    published: boolean('published').notNull().default(false),
    mergedIntoIdeaId: uuid('merged_into_idea_id'),
    /** The action it was merged into (an existing one) or that accepting it created. */
    actionId: uuid('action_id'),
    programmeId: uuid('programme_id'),
    goalId: uuid('goal_id'),
    competenceId: uuid('competence_id'),
    level: text('level').$type<Level>(),
    statutory: boolean('statutory'),
    benefits: text('benefits').array().$type<Benefit[]>(),
    beneficiaries: text('beneficiaries').array().$type<Beneficiary[]>(),
    costClass: text('cost_class').$type<SizeClass>(),
    impactClass: text('impact_class').$type<SizeClass>(),
    developmentModel: text('development_model').$type<DevelopmentModel>(),
    evaluationNote: text('evaluation_note'),
    /** The steering group's reason, shown publicly and sent to the sender. */
    decisionReason: localized('decision_reason'),
    /** The date of the meeting that decided. */
    decidedOn: date('decided_on', { mode: 'string' }),
    /** When the idea reached a final state: retention of the sender's data counts from here. */
    closedAt: at('closed_at'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.municipalityId, t.ref),
    unique().on(t.municipalityId, t.id),
    foreignKey({ columns: [t.municipalityId, t.mergedIntoIdeaId], foreignColumns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.actionId], foreignColumns: [actions.municipalityId, actions.id] }),
    foreignKey({ columns: [t.municipalityId, t.programmeId], foreignColumns: [programmes.municipalityId, programmes.id] }),
    foreignKey({ columns: [t.municipalityId, t.goalId], foreignColumns: [goals.municipalityId, goals.id] }),
    foreignKey({ columns: [t.municipalityId, t.competenceId], foreignColumns: [competences.municipalityId, competences.id] }),
    index('ideas_state_idx').on(t.municipalityId, t.state),
    index('ideas_action_idx').on(t.actionId),
    tenantPolicy(),
  ],
);

/** Who sent an idea: personal data, never public, never in history, deleted after the retention period. */
export const ideaContacts = pgTable(
  'idea_contacts',
  {
    ideaId: uuid('idea_id').primaryKey(),
    municipalityId: municipalityId(),
    name: text('name'),
    email: text('email'),
    /** The staff member who entered it from the workspace. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.municipalityId, t.ideaId], foreignColumns: [ideas.municipalityId, ideas.id] }).onDelete('cascade'),
    tenantPolicy(),
  ],
);

/** The numbers of the references: per municipality and year, only growing. */
export const ideaCounters = pgTable(
  'idea_counters',
  {
    municipalityId: municipalityId(),
    year: integer('year').notNull(),
    next: integer('next').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.year] }), tenantPolicy()],
);

/** A municipality's choices for ideas; absent means the defaults. */
export const ideaSettings = pgTable(
  'idea_settings',
  {
    municipalityId: uuid('municipality_id').primaryKey().references(() => municipalities.id, { onDelete: 'cascade' }),
    /** The municipality's privacy notice per language; without it the form links to the register of processing. */
    privacyNoticeUrl: localized('privacy_notice_url'),
    /** Months after an idea is closed before its sender's data is deleted. */
    retentionMonths: integer('retention_months').notNull().default(12),
    version: version(),
  },
  () => [tenantPolicy()],
);
