/**
 * Editing a programme's actions in the workspace: every field the model has, in every language at
 * once, against the version the form was opened at (see versioned.ts). Coordinators edit any action
 * and create or archive them; an action owner edits the actions assigned to them, all but who owns
 * them. Each write is audited; the history trigger records the versions.
 */
import { and, asc, eq, max, sql } from 'drizzle-orm';
import { z } from 'zod';
import { actions, competences, goals, programmes, sections, users } from '../../db/schema.ts';
import { BENEFICIARIES, BENEFITS, DEVELOPMENT_MODELS, LEVELS, SIZE_CLASSES } from '../../domain/action.ts';
import { ForbiddenError, NotFoundError } from '../../domain/errors.ts';
import type { LocalizedText } from '../../domain/language.ts';
import { can } from '../../domain/permissions.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { Ctx, WriteCtx } from '../context.ts';
import { scopedMunicipality } from '../scope.ts';
import { areMembers } from '../staff/people.ts';
import { conflictOf, pickFields, sameValue, updateAtVersion } from './versioned.ts';
import { hasText, localizedSchema, parseOrThrow, Problems } from './validation.ts';

/** Canonical order and no repeats; none chosen means "not classified yet". */
const choices = <T extends string>(all: readonly [T, ...T[]]) =>
  z.array(z.enum(all)).nullable().default(null)
    .transform((chosen) => (chosen && chosen.length > 0 ? all.filter((value) => chosen.includes(value)) : null));

const blankToNull = (value: string | null) => (value && value.length > 0 ? value : null);

export const actionFieldsSchema = z.object({
  name: localizedSchema(500).refine(hasText, { message: 'required' }),
  years: z.array(z.number().int().min(1900).max(2200)).default([]).transform((years) => [...new Set(years)].sort((a, b) => a - b)),
  ownerUserId: z.uuid().nullable().default(null),
  ownerName: z.string().trim().max(200).nullable().default(null).transform(blankToNull),
  sector: localizedSchema(200),
  partnerMunicipalities: z.array(z.string().trim().max(100)).max(50).default([])
    .transform((names) => [...new Set(names.filter((name) => name.length > 0))]),
  coFunded: z.boolean().default(false),
  coFundedPart: localizedSchema(500),
  goalId: z.uuid().nullable().default(null),
  competenceId: z.uuid().nullable().default(null),
  level: z.enum(LEVELS).nullable().default(null),
  statutory: z.boolean().nullable().default(null),
  benefits: choices(BENEFITS),
  beneficiaries: choices(BENEFICIARIES),
  costClass: z.enum(SIZE_CLASSES).nullable().default(null),
  impactClass: z.enum(SIZE_CLASSES).nullable().default(null),
  developmentModel: z.enum(DEVELOPMENT_MODELS).nullable().default(null),
});

export type ActionFields = z.output<typeof actionFieldsSchema>;
export type ActionField = keyof ActionFields;
export const ACTION_FIELDS = Object.keys(actionFieldsSchema.shape) as ActionField[];

/** The fields whose change reassigns the action: the coordinator's decision, not the owner's. */
const OWNER_FIELDS: readonly ActionField[] = ['ownerUserId', 'ownerName'];

export interface EditableAction {
  id: string;
  ref: string;
  programmeId: string;
  programmeSlug: string;
  sectionPosition: number;
  version: number;
  archivedAt: Date | null;
  updatedAt: Date;
  fields: ActionFields;
}

export interface ActionListRow {
  id: string;
  ref: string;
  name: LocalizedText;
  sectionPosition: number;
  owner: string | null;
  archived: boolean;
  version: number;
  updatedAt: Date;
}

const isUuid = (value: string) => z.uuid().safeParse(value).success;

async function findRow(ctx: Ctx, id: string) {
  if (!isUuid(id)) throw new NotFoundError('action', id);
  const [row] = await ctx.tx
    .select({ action: actions, programmeSlug: programmes.slug, sectionPosition: sections.position, periodStart: programmes.periodStart, periodEnd: programmes.periodEnd })
    .from(actions)
    .innerJoin(programmes, eq(programmes.id, actions.programmeId))
    .innerJoin(sections, eq(sections.id, actions.sectionId))
    .where(and(eq(actions.municipalityId, scopedMunicipality(ctx).id), eq(actions.id, id)));
  if (!row) throw new NotFoundError('action', id);
  return row;
}

function toEditable(row: Awaited<ReturnType<typeof findRow>>): EditableAction {
  const { action } = row;
  return {
    id: action.id, ref: action.ref, programmeId: action.programmeId, programmeSlug: row.programmeSlug,
    sectionPosition: row.sectionPosition, version: action.version, archivedAt: action.archivedAt, updatedAt: action.updatedAt,
    fields: pickFields<ActionFields>(action, ACTION_FIELDS),
  };
}

/** An action as its edit form shows it. */
export async function getEditableAction(ctx: Ctx, id: string): Promise<EditableAction> {
  authorize(ctx, 'unpublished.read');
  return toEditable(await findRow(ctx, id));
}

/** Whether the actor may edit this action (to show or hide the form's controls). */
export function mayEditAction(ctx: Ctx, action: Pick<EditableAction, 'fields'>): boolean {
  return can(ctx.actor, 'action.edit', ctx.municipality?.id ?? null, { actionOwnerId: action.fields.ownerUserId });
}

/** A programme's actions, archived ones too, with who is responsible. */
export async function listProgrammeActions(ctx: Ctx, programmeId: string): Promise<ActionListRow[]> {
  authorize(ctx, 'unpublished.read');
  const rows = await ctx.tx
    .select({
      id: actions.id, ref: actions.ref, name: actions.name, sectionPosition: sections.position, ownerName: actions.ownerName,
      ownerUser: users.displayName, archivedAt: actions.archivedAt, version: actions.version, updatedAt: actions.updatedAt,
    })
    .from(actions)
    .innerJoin(sections, eq(sections.id, actions.sectionId))
    .leftJoin(users, eq(users.id, actions.ownerUserId))
    .where(and(eq(actions.municipalityId, scopedMunicipality(ctx).id), eq(actions.programmeId, programmeId)))
    .orderBy(asc(sections.position), asc(actions.position));
  return rows.map((row) => ({
    id: row.id, ref: row.ref, name: row.name, sectionPosition: row.sectionPosition, owner: row.ownerUser ?? row.ownerName,
    archived: row.archivedAt !== null, version: row.version, updatedAt: row.updatedAt,
  }));
}

/** Checks what only the database knows: the period, the people, the programme's goals and competences. */
async function checkAgainstProgramme(
  ctx: Ctx, fields: ActionFields, programme: { id: string; periodStart: number; periodEnd: number },
): Promise<void> {
  const problems = new Problems();
  if (fields.years.some((year) => year < programme.periodStart || year > programme.periodEnd)) problems.add('years', 'out_of_period');
  if (fields.ownerUserId && fields.ownerName) problems.add('ownerName', 'choose_one');
  if (fields.ownerUserId && !(await areMembers(ctx, [fields.ownerUserId]))) problems.add('ownerUserId', 'not_member');
  if (!fields.coFunded && hasText(fields.coFundedPart)) problems.add('coFundedPart', 'needs_cofunding');
  for (const [field, table] of [['goalId', goals], ['competenceId', competences]] as const) {
    const wanted = fields[field];
    if (!wanted) continue;
    const [found] = await ctx.tx.select({ id: table.id }).from(table).where(and(eq(table.id, wanted), eq(table.programmeId, programme.id)));
    if (!found) problems.add(field, 'unknown');
  }
  problems.throwIfAny();
}

/** Asks the permissions table; an owner may edit their own action but not hand it to someone else. */
function authorizeEdit(ctx: Ctx, before: ActionFields, after: ActionFields | null): void {
  authorize(ctx, 'action.edit', { actionOwnerId: before.ownerUserId });
  const reassigns = after && OWNER_FIELDS.some((field) => !sameValue(before[field], after[field]));
  if (reassigns && !can(ctx.actor, 'action.edit', ctx.municipality?.id ?? null)) throw new ForbiddenError('action.edit');
}

/**
 * The steps every change of an action's fields takes before it writes: find the action, ask the
 * permissions (as its current owner's), validate the `proposed` fields, check them against the programme.
 */
async function prepareEdit(ctx: Ctx, id: string, proposed: (row: Awaited<ReturnType<typeof findRow>>) => unknown) {
  const row = await findRow(ctx, id);
  const before = pickFields<ActionFields>(row.action, ACTION_FIELDS);
  authorize(ctx, 'action.edit', { actionOwnerId: before.ownerUserId });
  const fields = parseOrThrow(actionFieldsSchema, await proposed(row));
  authorizeEdit(ctx, before, fields);
  await checkAgainstProgramme(ctx, fields, { id: row.action.programmeId, periodStart: row.periodStart, periodEnd: row.periodEnd });
  return { row, before, fields };
}

const changedFields = (before: ActionFields, after: ActionFields) =>
  ACTION_FIELDS.filter((field) => !sameValue(before[field], after[field]));

async function writeFields(
  ctx: WriteCtx, row: Awaited<ReturnType<typeof findRow>>, version: number, fields: ActionFields, values: Partial<typeof actions.$inferInsert> = {},
) {
  const written = await updateAtVersion(ctx, actions, row.action.id, version, { ...fields, ...values, updatedAt: sql`now()` as unknown as Date });
  if (!written) throw await conflictOf(ctx, actions, 'actions', row.action, ACTION_FIELDS, fields, version);
  return written;
}

export interface ActionUpdate {
  id: string;
  /** The version the form was opened at. */
  version: number;
  /** Every field, as the form or the API sends them (validated here). */
  fields: unknown;
}

/** Saves an action's fields; a stale version is refused with a ConflictError<EditConflict<ActionFields>>. */
export async function updateAction(ctx: WriteCtx, input: ActionUpdate): Promise<EditableAction> {
  const { row, before, fields } = await prepareEdit(ctx, input.id, () => input.fields);
  if (row.action.version !== input.version) throw await conflictOf(ctx, actions, 'actions', row.action, ACTION_FIELDS, fields, input.version);
  const changed = changedFields(before, fields);
  if (changed.length === 0) return toEditable(row);
  const written = await writeFields(ctx, row, input.version, fields);
  await writeAudit(ctx, { action: 'action.update', target: `action:${row.action.id}`, details: { ref: row.action.ref, version: written.version, fields: changed } });
  return toEditable({ ...row, action: written });
}

export interface NewAction {
  programmeId: string;
  /** The section's position in the programme. */
  section: number;
  fields: unknown;
}

/** Adds an action at the end of a section, with the next reference of the section ("4.12"). */
export async function createAction(ctx: WriteCtx, input: NewAction): Promise<EditableAction> {
  authorize(ctx, 'action.edit');
  const municipality = scopedMunicipality(ctx);
  const fields = parseOrThrow(actionFieldsSchema, input.fields);
  // A position that no section can have (a form sent without one, a number past the column's range) is simply not found.
  const [place] = Number.isInteger(input.section) && input.section > 0 && input.section < 2 ** 31
    ? await ctx.tx
      .select({ section: sections, periodStart: programmes.periodStart, periodEnd: programmes.periodEnd })
      .from(sections)
      .innerJoin(programmes, eq(programmes.id, sections.programmeId))
      .where(and(eq(sections.municipalityId, municipality.id), eq(sections.programmeId, input.programmeId), eq(sections.position, input.section)))
    : [];
  if (!place) {
    const problems = new Problems();
    problems.add('section', 'unknown');
    problems.throwIfAny();
  }
  const { section } = place!;
  await checkAgainstProgramme(ctx, fields, { id: input.programmeId, periodStart: place!.periodStart, periodEnd: place!.periodEnd });
  // Taking the section's counter locks the section: two actions added at once get different references.
  const [counter] = await ctx.tx.update(sections).set({ nextRefRow: sql`${sections.nextRefRow} + 1` })
    .where(eq(sections.id, section.id)).returning({ next: sections.nextRefRow });
  const [last] = await ctx.tx.select({ position: max(actions.position) }).from(actions).where(eq(actions.sectionId, section.id));
  const [created] = await ctx.tx.insert(actions).values({
    ...fields, municipalityId: municipality.id, programmeId: input.programmeId, sectionId: section.id,
    ref: `${section.position}.${counter!.next - 1}`, position: (last?.position ?? 0) + 1,
  }).returning({ id: actions.id, ref: actions.ref });
  await writeAudit(ctx, { action: 'action.create', target: `action:${created!.id}`, details: { ref: created!.ref } });
  return toEditable(await findRow(ctx, created!.id));
}

/** Takes an action off the roadmap (it disappears from the public site, keeps its history) or puts it back. */
export async function setActionArchived(ctx: WriteCtx, input: { id: string; version: number; archived: boolean }): Promise<EditableAction> {
  authorize(ctx, 'action.edit');
  const row = await findRow(ctx, input.id);
  if ((row.action.archivedAt !== null) === input.archived) return toEditable(row);
  const fields = pickFields<ActionFields>(row.action, ACTION_FIELDS);
  const written = await writeFields(ctx, row, input.version, fields, { archivedAt: input.archived ? (sql`now()` as unknown as Date) : null });
  await writeAudit(ctx, { action: input.archived ? 'action.archive' : 'action.unarchive', target: `action:${row.action.id}`, details: { ref: row.action.ref, version: written.version } });
  return toEditable({ ...row, action: written });
}

/** The parts the history's restore shares with saving. */
export { findRow as findActionRow, toEditable, prepareEdit, changedFields, writeFields };
