/**
 * Actions for the staff JSON API: read as a flat view with the version, and edited as a patch (the
 * fields given) through the workspace's own edit use-case, so that the permissions, validation,
 * concurrency, history and audit are the workspace's. The patch's schema is also the documented
 * request body.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { actions, programmes, sections } from '../../db/schema.ts';
import { BENEFICIARIES, BENEFITS, DEVELOPMENT_MODELS, LEVELS, SIZE_CLASSES } from '../../domain/action.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { LANGUAGES, type Lang } from '../../domain/language.ts';
import { authorize } from '../authorize.ts';
import type { Ctx, WriteCtx } from '../context.ts';
import { createAction, getEditableAction as getEditable, setActionArchived, updateAction } from '../editing/actions.ts';
import { restoreActionVersion } from '../editing/history.ts';
import { scopedMunicipality } from '../scope.ts';
import { parseOrThrow } from '../editing/validation.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const localized = (max: number) => z.strictObject(
  Object.fromEntries(LANGUAGES.map((lang) => [lang, text(max).optional()])) as Record<Lang, z.ZodOptional<z.ZodString>>,
);

/** The fields of an action that staff edit, as they are valid. */
export const ActionFieldsSchema = z.strictObject({
  name: localized(500).refine((value) => Object.keys(value).length > 0, 'required'),
  sector: localized(200),
  years: z.array(z.number().int().min(2000).max(2100)).max(30),
  coFunded: z.boolean(),
  coFundedPart: localized(500),
  partnerMunicipalities: z.array(text(100)).max(100),
  ownerUserId: z.uuid().nullable(),
  ownerName: text(200).nullable(),
  goalId: z.uuid().nullable(),
  competenceId: z.uuid().nullable(),
  level: z.enum(LEVELS).nullable(),
  statutory: z.boolean().nullable(),
  benefits: z.array(z.enum(BENEFITS)).nullable(),
  beneficiaries: z.array(z.enum(BENEFICIARIES)).nullable(),
  costClass: z.enum(SIZE_CLASSES).nullable(),
  impactClass: z.enum(SIZE_CLASSES).nullable(),
  developmentModel: z.enum(DEVELOPMENT_MODELS).nullable(),
});

/** A new action: its section (by position) and its fields; only the name is required. */
export const NewActionSchema = ActionFieldsSchema.partial().extend({
  section: z.number().int().min(1).max(1000),
  name: ActionFieldsSchema.shape.name,
});

/** An edit: each field given replaces the stored value, the others stay. */
export const ActionFieldsPatch = ActionFieldsSchema.partial().refine((patch) => Object.keys(patch).length > 0, 'give at least one field to change');

export type ActionFields = z.infer<typeof ActionFieldsSchema>;

export interface EditableAction extends ActionFields {
  id: string;
  ref: string;
  programme: string;
  version: number;
  /** Taken off the roadmap (still kept, with its history). */
  archived: boolean;
  updatedAt: Date;
}

const columns = {
  id: actions.id, ref: actions.ref, programme: programmes.slug, version: actions.version,
  archived: sql<boolean>`${actions.archivedAt} is not null`, ownerUserId: actions.ownerUserId, ownerName: actions.ownerName,
  goalId: actions.goalId, competenceId: actions.competenceId, updatedAt: actions.updatedAt, name: actions.name, sector: actions.sector, years: actions.years, coFunded: actions.coFunded,
  coFundedPart: actions.coFundedPart, partnerMunicipalities: actions.partnerMunicipalities, level: actions.level,
  statutory: actions.statutory, benefits: actions.benefits, beneficiaries: actions.beneficiaries, costClass: actions.costClass,
  impactClass: actions.impactClass, developmentModel: actions.developmentModel,
};

async function findAction(ctx: Ctx, id: string): Promise<EditableAction> {
  const [found] = await ctx.tx.select(columns).from(actions)
    .innerJoin(programmes, and(eq(programmes.id, actions.programmeId), eq(programmes.municipalityId, actions.municipalityId)))
    .where(and(eq(actions.municipalityId, scopedMunicipality(ctx).id), eq(actions.id, id)));
  if (!found) throw new NotFoundError('action', id);
  return found as EditableAction;
}

/** A programme's actions as staff see them for editing, in the order of the roadmap; unknown programme: not found. */
export async function listEditableActions(ctx: Ctx, programme: string): Promise<EditableAction[]> {
  authorize(ctx, 'unpublished.read');
  const municipalityId = scopedMunicipality(ctx).id;
  const [found] = await ctx.tx.select({ id: programmes.id }).from(programmes)
    .where(and(eq(programmes.municipalityId, municipalityId), eq(programmes.slug, programme)));
  if (!found) throw new NotFoundError('programme', programme);
  const rows = await ctx.tx.select(columns).from(actions)
    .innerJoin(programmes, and(eq(programmes.id, actions.programmeId), eq(programmes.municipalityId, actions.municipalityId)))
    .innerJoin(sections, and(eq(sections.id, actions.sectionId), eq(sections.municipalityId, actions.municipalityId)))
    .where(and(eq(actions.municipalityId, municipalityId), eq(actions.programmeId, found.id)))
    .orderBy(asc(sections.position), asc(actions.position));
  return rows as EditableAction[];
}

/** An action as staff see it for editing, with its version. */
export async function getEditableAction(ctx: Ctx, id: string): Promise<EditableAction> {
  authorize(ctx, 'unpublished.read');
  return findAction(ctx, id);
}

/**
 * Changes the given fields of an action as it was at `expectedVersion`, through the workspace's own
 * edit (services/editing): the fields not given stay as they are, and the whole is validated, permitted,
 * versioned and audited there. Returns the action as saved.
 */
export async function editActionFields(ctx: WriteCtx, id: string, expectedVersion: number, patch: unknown): Promise<EditableAction> {
  const current = await getEditable(ctx, id);
  authorize(ctx, 'action.edit', { actionOwnerId: current.fields.ownerUserId });
  const parsed = parseOrThrow(ActionFieldsPatch, patch);
  await updateAction(ctx, { id, version: expectedVersion, fields: { ...current.fields, ...parsed } });
  return findAction(ctx, id);
}

/** Adds an action at the end of a section of the programme, through the workspace's own use-case. */
export async function createActionIn(ctx: WriteCtx, programme: string, input: unknown): Promise<EditableAction> {
  authorize(ctx, 'action.edit');
  const { section, ...fields } = parseOrThrow(NewActionSchema, input);
  const [found] = await ctx.tx.select({ id: programmes.id }).from(programmes)
    .where(and(eq(programmes.municipalityId, scopedMunicipality(ctx).id), eq(programmes.slug, programme)));
  if (!found) throw new NotFoundError('programme', programme);
  const created = await createAction(ctx, { programmeId: found.id, section, fields });
  return findAction(ctx, created.id);
}

/** Takes an action off the roadmap or puts it back, as the workspace's archive button does. */
export async function archiveAction(ctx: WriteCtx, id: string, expectedVersion: number, archived: boolean): Promise<EditableAction> {
  await setActionArchived(ctx, { id, version: expectedVersion, archived });
  return findAction(ctx, id);
}

/** Brings back an earlier version's fields as a new version, as the history page does. */
export async function restoreAction(ctx: WriteCtx, id: string, expectedVersion: number, restore: number): Promise<EditableAction> {
  await restoreActionVersion(ctx, { id, version: expectedVersion, restore });
  return findAction(ctx, id);
}
