/**
 * Roadmap versions of a programme. The live actions are the working draft; recording a version copies
 * them. A version is a draft until the board's approval is recorded (body, date, § and diary number),
 * and frozen after it: every change is refused here, and by the database's trigger behind it (0014).
 * The next version starts as a copy of the current one; "take the live roadmap" replaces a draft's copy.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { roadmapVersionActions, roadmapVersions } from '../../db/schema.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../domain/errors.ts';
import type { LocalizedText } from '../../domain/language.ts';
import { DIARY_NUMBER, MINUTES_SECTION, RoadmapStateError, type RoadmapEntry, type RoadmapVersionStatus } from '../../domain/roadmap.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { Ctx, WriteCtx } from '../context.ts';
import { localizedSchema } from '../editing/validation.ts';
import { scopedMunicipality } from '../scope.ts';
import { seesUnpublished } from '../visibility.ts';
import { findProgrammeBySlug, readLiveRoadmap } from './live-roadmap.ts';

export interface RoadmapDecision {
  body: LocalizedText;
  /** "YYYY-MM-DD". */
  date: string;
  /** The section (§) of the minutes: "25". */
  section: string;
  diaryNumber: string;
}

export interface RoadmapVersionView {
  number: number;
  status: RoadmapVersionStatus;
  /** Null until approved. */
  decision: RoadmapDecision | null;
  note: LocalizedText;
  snapshotAt: Date;
  approvedAt: Date | null;
  actionCount: number;
  /** The row's version, for the forms' expected version. */
  version: number;
}

type VersionRow = typeof roadmapVersions.$inferSelect;

function toView(row: VersionRow, actionCount: number): RoadmapVersionView {
  const decision = row.status === 'approved' && row.decisionDate && row.decisionSection && row.diaryNumber
    ? { body: row.decisionBody, date: row.decisionDate, section: row.decisionSection, diaryNumber: row.diaryNumber }
    : null;
  return {
    number: row.number, status: row.status, decision, note: row.note, snapshotAt: row.snapshotAt, approvedAt: row.approvedAt,
    actionCount, version: row.version,
  };
}

/** The programme's versions the actor may see, oldest first: the public sees approved ones only. */
export async function listRoadmapVersions(ctx: Ctx, programmeSlug: string): Promise<RoadmapVersionView[]> {
  const programme = await findProgrammeBySlug(ctx, programmeSlug);
  const rows = await ctx.tx
    .select({ row: roadmapVersions, count: sql<number>`(select count(*)::int from roadmap_version_actions a where a.version_id = roadmap_versions.id)` })
    .from(roadmapVersions)
    .where(and(eq(roadmapVersions.programmeId, programme.id), seesUnpublished(ctx) ? undefined : eq(roadmapVersions.status, 'approved')))
    .orderBy(asc(roadmapVersions.number));
  return rows.map(({ row, count }) => toView(row, count));
}

async function findVersionRow(ctx: Ctx, programmeId: string, number: number, lock?: 'update'): Promise<VersionRow | null> {
  if (!Number.isSafeInteger(number)) return null;
  const query = ctx.tx.select().from(roadmapVersions).where(and(eq(roadmapVersions.programmeId, programmeId), eq(roadmapVersions.number, number)));
  const [row] = lock ? await query.for(lock) : await query;
  if (!row || (row.status !== 'approved' && !seesUnpublished(ctx))) return null;
  return row;
}

async function readEntries(ctx: Ctx, versionId: string): Promise<RoadmapEntry[]> {
  const rows = await ctx.tx.select().from(roadmapVersionActions).where(eq(roadmapVersionActions.versionId, versionId))
    .orderBy(asc(roadmapVersionActions.sectionPosition), asc(roadmapVersionActions.position));
  return rows.map((row) => ({
    actionId: row.actionId, ref: row.ref, position: row.position, section: { position: row.sectionPosition, name: row.sectionName },
    name: row.name, years: row.years, goalCode: row.goalCode, competenceCode: row.competenceCode, level: row.level,
    statutory: row.statutory, benefits: row.benefits, beneficiaries: row.beneficiaries, costClass: row.costClass,
    impactClass: row.impactClass, developmentModel: row.developmentModel, ownerName: row.ownerName,
  }));
}

export interface RoadmapVersionDetail {
  version: RoadmapVersionView;
  /** Owners' names only for staff. */
  entries: RoadmapEntry[];
}

/** One version with its actions; null when there is none of that number the actor may see. */
export async function getRoadmapVersion(ctx: Ctx, programmeSlug: string, number: number): Promise<RoadmapVersionDetail | null> {
  const programme = await findProgrammeBySlug(ctx, programmeSlug);
  const row = await findVersionRow(ctx, programme.id, number);
  if (!row) return null;
  const entries = await readEntries(ctx, row.id);
  const staff = seesUnpublished(ctx);
  return { version: toView(row, entries.length), entries: staff ? entries : entries.map((entry) => ({ ...entry, ownerName: null })) };
}

async function insertEntries(ctx: WriteCtx, versionId: string, entries: readonly RoadmapEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const municipalityId = scopedMunicipality(ctx).id;
  await ctx.tx.insert(roadmapVersionActions).values(entries.map((entry) => ({
    municipalityId, versionId, actionId: entry.actionId, ref: entry.ref, position: entry.position,
    sectionPosition: entry.section.position, sectionName: entry.section.name, name: entry.name, years: entry.years,
    goalCode: entry.goalCode, competenceCode: entry.competenceCode, level: entry.level, statutory: entry.statutory,
    benefits: entry.benefits, beneficiaries: entry.beneficiaries, costClass: entry.costClass, impactClass: entry.impactClass,
    developmentModel: entry.developmentModel, ownerName: entry.ownerName,
  })));
}

/**
 * Starts the next version as a draft: a copy of the latest version, or of the live actions when the
 * programme has none yet. One draft at a time, so the board is never shown two proposals.
 */
export async function startRoadmapVersion(ctx: WriteCtx, input: { programme: string }): Promise<RoadmapVersionView> {
  authorize(ctx, 'roadmap.edit');
  // The programme's row lock makes two starts at once take turns (the second finds the first's draft).
  const programme = await findProgrammeBySlug(ctx, input.programme, 'update');
  const [latest] = await ctx.tx.select().from(roadmapVersions).where(eq(roadmapVersions.programmeId, programme.id))
    .orderBy(desc(roadmapVersions.number)).limit(1);
  if (latest?.status === 'draft') throw new RoadmapStateError('draft_exists');
  const entries = latest ? await readEntries(ctx, latest.id) : await readLiveRoadmap(ctx, programme.id);
  const [created] = await ctx.tx.insert(roadmapVersions).values({
    municipalityId: programme.municipalityId, programmeId: programme.id, number: (latest?.number ?? 0) + 1, note: latest?.note ?? {},
    ...(latest ? { snapshotAt: latest.snapshotAt } : {}),
  }).returning();
  await insertEntries(ctx, created!.id, entries);
  await writeAudit(ctx, {
    action: 'roadmap.start', target: `roadmap_version:${created!.id}`,
    details: { programme: programme.slug, number: created!.number, copiedFrom: latest?.number ?? 'live', actions: entries.length },
  });
  return toView(created!, entries.length);
}

/** The draft of that number, locked, at the version its form was opened at; refused when frozen. */
async function draftAt(ctx: WriteCtx, programmeSlug: string, number: number, expectedVersion: number): Promise<{ programmeSlug: string; row: VersionRow }> {
  const programme = await findProgrammeBySlug(ctx, programmeSlug);
  const row = await findVersionRow(ctx, programme.id, number, 'update');
  if (!row) throw new NotFoundError('roadmap_version', String(number));
  if (row.status === 'approved') throw new RoadmapStateError('frozen');
  if (row.version !== expectedVersion) throw new ConflictError('roadmap_versions', expectedVersion, toView(row, 0));
  return { programmeSlug: programme.slug, row };
}

/** Replaces a draft's actions with the live ones as they are now. */
export async function refreshRoadmapVersion(ctx: WriteCtx, input: { programme: string; number: number; version: number }): Promise<RoadmapVersionView> {
  authorize(ctx, 'roadmap.edit');
  const { row, programmeSlug } = await draftAt(ctx, input.programme, input.number, input.version);
  const entries = await readLiveRoadmap(ctx, row.programmeId);
  await ctx.tx.delete(roadmapVersionActions).where(eq(roadmapVersionActions.versionId, row.id));
  await insertEntries(ctx, row.id, entries);
  const [written] = await ctx.tx.update(roadmapVersions).set({ snapshotAt: sql`now()` as unknown as Date, version: row.version + 1 })
    .where(eq(roadmapVersions.id, row.id)).returning();
  await writeAudit(ctx, { action: 'roadmap.refresh', target: `roadmap_version:${row.id}`, details: { programme: programmeSlug, number: row.number, actions: entries.length } });
  return toView(written!, entries.length);
}

const isCalendarDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
  && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** The approval as a form or the demo sends it; problems named by field ("decisionBody.fi", "diaryNumber"). */
const approvalSchema = z.object({
  decisionBody: localizedSchema(200),
  decisionDate: z.string().trim().default('').refine((value) => value === '' || isCalendarDate(value), { message: 'invalid' }),
  decisionSection: z.string().trim().max(20).default('').refine((value) => value === '' || MINUTES_SECTION.test(value), { message: 'invalid' }),
  diaryNumber: z.string().trim().max(60).default('').refine((value) => value === '' || DIARY_NUMBER.test(value), { message: 'invalid' }),
  note: localizedSchema(2000),
});

const APPROVAL_FIELDS = Object.keys(approvalSchema.shape);

function parseApproval(ctx: Ctx, input: unknown) {
  const parsed = approvalSchema.safeParse(input);
  const issues = parsed.success ? [] : parsed.error.issues.map((issue) => ({
    field: issue.path.join('.'), problem: issue.code === 'too_big' ? 'too_long' : 'invalid',
  }));
  // Every missing field is named too, not only those zod refused: the form shows all problems at once.
  const named = new Set(issues.map((issue) => issue.field));
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';
  // The body is named at least in the municipality's own language; the other fields are always required.
  const primary = scopedMunicipality(ctx).languages[0] ?? 'fi';
  const body = (typeof raw.decisionBody === 'object' && raw.decisionBody !== null ? raw.decisionBody : {}) as Record<string, unknown>;
  const required = [[`decisionBody.${primary}`, body[primary]], ...(['decisionDate', 'decisionSection', 'diaryNumber'] as const).map((field) => [field, raw[field]])];
  for (const [field, value] of required) if (blank(value) && !named.has(field as string)) issues.push({ field: field as string, problem: 'required' });
  if (parsed.success && parsed.data.decisionDate > new Date().toISOString().slice(0, 10)) issues.push({ field: 'decisionDate', problem: 'future' });
  // In the order of the form, so that the error summary reads as the form does.
  const place = (field: string) => APPROVAL_FIELDS.findIndex((name) => field === name || field.startsWith(`${name}.`));
  if (issues.length > 0 || !parsed.success) throw new InvalidInputError(issues.sort((a, b) => place(a.field) - place(b.field)));
  return parsed.data;
}

/** Records the board's approval: the draft becomes the approved roadmap, frozen from now on. */
export async function approveRoadmapVersion(
  ctx: WriteCtx, input: { programme: string; number: number; version: number; approval: unknown },
): Promise<RoadmapVersionView> {
  authorize(ctx, 'roadmap.approve');
  const approval = parseApproval(ctx, input.approval);
  const { row, programmeSlug } = await draftAt(ctx, input.programme, input.number, input.version);
  const section = MINUTES_SECTION.exec(approval.decisionSection)![1]!;
  const [written] = await ctx.tx.update(roadmapVersions).set({
    status: 'approved', decisionBody: approval.decisionBody, decisionDate: approval.decisionDate, decisionSection: section,
    diaryNumber: approval.diaryNumber, note: approval.note, approvedAt: sql`now()` as unknown as Date, version: row.version + 1,
  }).where(eq(roadmapVersions.id, row.id)).returning();
  const [count] = await ctx.tx.select({ n: sql<number>`count(*)::int` }).from(roadmapVersionActions).where(eq(roadmapVersionActions.versionId, row.id));
  await writeAudit(ctx, {
    action: 'roadmap.approve', target: `roadmap_version:${row.id}`,
    details: { programme: programmeSlug, number: row.number, date: approval.decisionDate, section, diaryNumber: approval.diaryNumber },
  });
  return toView(written!, count?.n ?? 0);
}
