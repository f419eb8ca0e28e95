/**
 * Roadmap versions: the set of a programme's actions as recorded for (and approved by) the city board.
 * The live actions are the working draft; a version is a snapshot of them, a draft until approved, and
 * frozen once approved (the service refuses, and a trigger of migration 0014 refuses too).
 * Action continuations link an action taken over by a new programme to its predecessor.
 */
import { sql } from 'drizzle-orm';
import { boolean, date, foreignKey, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { Benefit, Beneficiary, DevelopmentModel, Level, SizeClass } from '../../domain/action.ts';
import type { RoadmapVersionStatus } from '../../domain/roadmap.ts';
import { createdAt, id, localized, tenantPolicy, version } from './columns.ts';
import { actions, municipalities, programmes } from './content.ts';

const municipalityId = () =>
  uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id, { onDelete: 'cascade' });

export const roadmapVersions = pgTable(
  'roadmap_versions',
  {
    id: id(),
    municipalityId: municipalityId(),
    programmeId: uuid('programme_id').notNull(),
    /** 1, 2, …: the version's number within its programme, in the order recorded. */
    number: integer('number').notNull(),
    status: text('status').$type<RoadmapVersionStatus>().notNull().default('draft'),
    /** The body that approved it, per language ("Kaupunginhallitus" / "Stadsstyrelsen"). */
    decisionBody: localized('decision_body'),
    decisionDate: date('decision_date', { mode: 'string' }),
    /** The section (§) of the minutes, as written: "25". */
    decisionSection: text('decision_section'),
    /** The diary number: "118/07.01.02/2024". */
    diaryNumber: text('diary_number'),
    /** A public note beside the version (what it contains, what is missing). */
    note: localized('note'),
    /** When the snapshot of the actions was last taken. */
    snapshotAt: timestamp('snapshot_at', { withTimezone: true }).notNull().defaultNow(),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.municipalityId, t.programmeId], foreignColumns: [programmes.municipalityId, programmes.id] }).onDelete('cascade'),
    unique().on(t.programmeId, t.number),
    unique().on(t.municipalityId, t.id),
    tenantPolicy(),
  ],
);

/** One action as it stood in a version: everything the roadmap shows, copied, so later edits leave it as it was. */
export const roadmapVersionActions = pgTable(
  'roadmap_version_actions',
  {
    id: id(),
    municipalityId: municipalityId(),
    versionId: uuid('version_id').notNull(),
    /** The live action it was taken from: the identity the diff pairs by (no foreign key: a snapshot outlives edits). */
    actionId: uuid('action_id').notNull(),
    ref: text('ref').notNull(),
    position: integer('position').notNull(),
    sectionPosition: integer('section_position').notNull(),
    sectionName: localized('section_name'),
    name: localized('name'),
    years: integer('years').array().$type<number[]>().notNull().default(sql`'{}'::integer[]`),
    /** Perspective 1 by code ("A"), so the snapshot does not depend on the goal rows. */
    goalCode: text('goal_code'),
    competenceCode: text('competence_code'),
    level: text('level').$type<Level>(),
    statutory: boolean('statutory'),
    benefits: text('benefits').array().$type<Benefit[]>(),
    beneficiaries: text('beneficiaries').array().$type<Beneficiary[]>(),
    costClass: text('cost_class').$type<SizeClass>(),
    impactClass: text('impact_class').$type<SizeClass>(),
    developmentModel: text('development_model').$type<DevelopmentModel>(),
    /** The owner's name (account's display name or the written name), never an address; staff pages only. */
    ownerName: text('owner_name'),
  },
  (t) => [
    foreignKey({ columns: [t.municipalityId, t.versionId], foreignColumns: [roadmapVersions.municipalityId, roadmapVersions.id] }).onDelete('cascade'),
    unique().on(t.versionId, t.actionId),
    index('roadmap_version_actions_version_idx').on(t.versionId, t.sectionPosition, t.position),
    tenantPolicy(),
  ],
);

/** An action of a new programme that continues an unfinished action of an earlier one. */
export const actionContinuations = pgTable(
  'action_continuations',
  {
    id: id(),
    municipalityId: municipalityId(),
    /** The new action. */
    actionId: uuid('action_id').notNull(),
    /** The earlier programme's action it continues; continued at most once. */
    predecessorId: uuid('predecessor_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.municipalityId, t.actionId], foreignColumns: [actions.municipalityId, actions.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.predecessorId], foreignColumns: [actions.municipalityId, actions.id] }).onDelete('cascade'),
    unique().on(t.actionId),
    unique().on(t.predecessorId),
    tenantPolicy(),
  ],
);
