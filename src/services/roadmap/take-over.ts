/**
 * A new programme takes over unfinished actions of an earlier one: the coordinator chooses among the
 * earlier programme's actions that its latest published round does not mark done, and each chosen one
 * is copied into the new programme with a link to its predecessor (action_continuations), which the
 * public pages of both show. Taking over the same action again does nothing: an action continues once.
 */
import { and, eq, max, sql } from 'drizzle-orm';
import { selectRows } from '../../db/orm.ts';
import { actionContinuations, actions, programmes, sections } from '../../db/schema.ts';
import type { ActionState } from '../../domain/action.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { LANGUAGES, type LocalizedText } from '../../domain/language.ts';
import { roadmapSiteMessages } from '../../i18n/site/roadmap.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { Ctx, WriteCtx } from '../context.ts';
import { scopedMunicipality } from '../scope.ts';
import { areMembers } from '../staff/people.ts';
import { findProgrammeBySlug, type ProgrammeRow } from './live-roadmap.ts';

export interface ProgrammeRef {
  slug: string;
  name: LocalizedText;
  periodStart: number;
  periodEnd: number;
}

export interface TakeOverCandidate {
  id: string;
  ref: string;
  name: LocalizedText;
  /** In the earlier programme's latest closed round; no entry there counts as no status. */
  state: ActionState;
  /** Set once taken over: the new action's reference. */
  continuedAs: { programme: string; ref: string } | null;
}

/** The programme before this one: the newest of the municipality that started earlier; null if none. */
export async function previousProgramme(ctx: Ctx, programmeSlug: string): Promise<ProgrammeRef | null> {
  const programme = await findProgrammeBySlug(ctx, programmeSlug);
  const [row] = await ctx.tx
    .select({ slug: programmes.slug, name: programmes.name, periodStart: programmes.periodStart, periodEnd: programmes.periodEnd })
    .from(programmes)
    .where(and(eq(programmes.municipalityId, programme.municipalityId), sql`${programmes.periodStart} < ${programme.periodStart}`))
    .orderBy(sql`${programmes.periodStart} desc`)
    .limit(1);
  return row ?? null;
}

interface CandidateRow {
  id: string;
  ref: string;
  name: LocalizedText;
  state: ActionState;
  continued_ref: string | null;
  continued_programme: string | null;
  owner_user_id: string | null;
}

async function candidateRows(ctx: Ctx, earlier: ProgrammeRow): Promise<CandidateRow[]> {
  return selectRows<CandidateRow>(ctx.tx, sql`
    select a.id, a.ref, a.name, coalesce(st.state, 'no_status') as state, a.owner_user_id,
           na.ref as continued_ref, np.slug as continued_programme
    from actions a
    join sections s on s.id = a.section_id
    left join action_statuses st on st.action_id = a.id and st.round_id = (
      select r.id from rounds r where r.programme_id = ${earlier.id} and r.status = 'closed' order by r.year desc, r.month desc limit 1)
    left join action_continuations c on c.predecessor_id = a.id
    left join actions na on na.id = c.action_id
    left join programmes np on np.id = na.programme_id
    where a.programme_id = ${earlier.id} and a.archived_at is null and coalesce(st.state, 'no_status') <> 'done'
    order by s.position, a.position`);
}

/** The earlier programme's actions not marked done, and which of them already continue. */
export async function listTakeOverCandidates(ctx: Ctx, input: { from: string }): Promise<TakeOverCandidate[]> {
  authorize(ctx, 'unpublished.read');
  const rows = await candidateRows(ctx, await findProgrammeBySlug(ctx, input.from));
  return rows.map((row) => ({
    id: row.id, ref: row.ref, name: row.name, state: row.state,
    continuedAs: row.continued_ref && row.continued_programme ? { programme: row.continued_programme, ref: row.continued_ref } : null,
  }));
}

/**
 * Where taken-over actions land. Sections are required, and the earlier programme's sections mean
 * nothing in the new one (its numbering and tables are its own), so the continued actions go together
 * into one section of their own at the end, named after the programme they come from: easy to find,
 * and the coordinator classifies each under the new goals later. The section is found again by the
 * continuations it holds, so a renamed section is still reused.
 */
async function continuationSection(ctx: WriteCtx, target: ProgrammeRow, earlier: ProgrammeRow) {
  const [found] = await selectRows<{ id: string; position: number }>(ctx.tx, sql`
    select s.id, s.position from sections s
    join actions na on na.section_id = s.id
    join action_continuations c on c.action_id = na.id
    join actions pa on pa.id = c.predecessor_id
    where s.programme_id = ${target.id} and pa.programme_id = ${earlier.id}
    order by s.position limit 1`);
  if (found) return found;
  const [last] = await ctx.tx.select({ position: max(sections.position) }).from(sections).where(eq(sections.programmeId, target.id));
  const period = `${earlier.periodStart}–${earlier.periodEnd}`;
  const name = Object.fromEntries(LANGUAGES.map((lang) => [lang, roadmapSiteMessages(lang).continuedSection(period)])) as LocalizedText;
  const [created] = await ctx.tx.insert(sections).values({
    municipalityId: target.municipalityId, programmeId: target.id, position: (last?.position ?? 0) + 1, name,
  }).returning({ id: sections.id, position: sections.position });
  return created!;
}

export interface TakeOverResult {
  /** New actions: their references and their predecessors'. */
  taken: { ref: string; predecessor: string }[];
  /** Chosen actions that already continued: left as they are. */
  already: number;
}

export async function takeOverActions(ctx: WriteCtx, input: { programme: string; from: string; actionIds: readonly string[] }): Promise<TakeOverResult> {
  authorize(ctx, 'roadmap.edit');
  // Locked so that two take-overs at once take turns (the second finds the first's continuations).
  const target = await findProgrammeBySlug(ctx, input.programme, 'update');
  const earlier = await findProgrammeBySlug(ctx, input.from);
  if (earlier.id === target.id || earlier.periodStart >= target.periodStart) throw new InvalidInputError([{ field: 'from', problem: 'invalid' }]);
  const candidates = new Map((await candidateRows(ctx, earlier)).map((row) => [row.id, row]));
  const unknown = input.actionIds.filter((id) => !candidates.has(id));
  if (unknown.length > 0) throw new InvalidInputError(unknown.map((id) => ({ field: `actions.${id}`, problem: 'unknown' })));
  if (input.actionIds.length === 0) throw new InvalidInputError([{ field: 'actions', problem: 'required' }]);

  const chosen = [...candidates.values()].filter((row) => input.actionIds.includes(row.id));
  const fresh = chosen.filter((row) => !row.continued_ref);
  const result: TakeOverResult = { taken: [], already: chosen.length - fresh.length };
  if (fresh.length === 0) return result;
  const municipalityId = scopedMunicipality(ctx).id;
  const section = await continuationSection(ctx, target, earlier);
  for (const row of fresh) {
    const [old] = await ctx.tx.select().from(actions).where(eq(actions.id, row.id));
    const [counter] = await ctx.tx.update(sections).set({ nextRefRow: sql`${sections.nextRefRow} + 1` })
      .where(eq(sections.id, section.id)).returning({ next: sections.nextRefRow });
    const [last] = await ctx.tx.select({ position: max(actions.position) }).from(actions).where(eq(actions.sectionId, section.id));
    // The owner continues only while still a member of the workspace; the goal is the new programme's
    // own (perspective 1 is left for the coordinator), and only the schedule's years within the new period stay.
    const ownerStays = old!.ownerUserId !== null && await areMembers(ctx, [old!.ownerUserId]);
    const [created] = await ctx.tx.insert(actions).values({
      municipalityId, programmeId: target.id, sectionId: section.id, ref: `${section.position}.${counter!.next - 1}`,
      position: (last?.position ?? 0) + 1, name: old!.name,
      years: old!.years.filter((year) => year >= target.periodStart && year <= target.periodEnd),
      coFunded: old!.coFunded, coFundedPart: old!.coFundedPart, sector: old!.sector,
      ownerUserId: ownerStays ? old!.ownerUserId : null, ownerName: ownerStays ? null : old!.ownerName,
      partnerMunicipalities: old!.partnerMunicipalities, level: old!.level, statutory: old!.statutory, benefits: old!.benefits,
      beneficiaries: old!.beneficiaries, costClass: old!.costClass, impactClass: old!.impactClass, developmentModel: old!.developmentModel,
    }).returning({ id: actions.id, ref: actions.ref });
    await ctx.tx.insert(actionContinuations).values({ municipalityId, actionId: created!.id, predecessorId: row.id });
    result.taken.push({ ref: created!.ref, predecessor: row.ref });
  }
  await writeAudit(ctx, {
    action: 'roadmap.take_over', target: `programme:${target.id}`,
    details: { from: earlier.slug, taken: result.taken.map((taken) => `${taken.predecessor}→${taken.ref}`).join(', '), already: result.already },
  });
  return result;
}
