/** What the public sees of ideas: the moderated ones only, never who sent them. */
import { and, desc, eq, sql } from 'drizzle-orm';
import { selectRows } from '../../db/orm.ts';
import { alias } from 'drizzle-orm/pg-core';
import { actions, ideas, ideaSettings, programmes } from '../../db/schema.ts';
import type { IdeaState } from '../../domain/idea.ts';
import type { Lang, LocalizedText } from '../../domain/language.ts';
import type { Ctx } from '../context.ts';
import { scopedMunicipality } from '../scope.ts';
import { visibleRound } from '../visibility.ts';

export interface IdeaSettingsView {
  privacyNoticeUrl: LocalizedText;
  retentionMonths: number;
}

export const DEFAULT_RETENTION_MONTHS = 12;

export async function readIdeaSettings(ctx: Ctx): Promise<IdeaSettingsView> {
  const [row] = await ctx.tx.select().from(ideaSettings).where(eq(ideaSettings.municipalityId, scopedMunicipality(ctx).id));
  return { privacyNoticeUrl: row?.privacyNoticeUrl ?? {}, retentionMonths: row?.retentionMonths ?? DEFAULT_RETENTION_MONTHS };
}

export interface PublicIdea {
  ref: string;
  lang: Lang;
  title: LocalizedText;
  state: IdeaState;
  createdAt: Date;
  /** The action it became or was merged into, when that action is public. */
  action: { ref: string; programmeSlug: string; name: LocalizedText } | null;
}

export interface PublicIdeaDetail extends PublicIdea {
  description: LocalizedText;
  beneficiariesText: LocalizedText;
  decisionReason: LocalizedText;
  decidedOn: string | null;
  mergedInto: { ref: string; title: LocalizedText } | null;
}

const merged = alias(ideas, 'merged_into');

function publicQuery(ctx: Ctx) {
  return ctx.tx
    .select({
      idea: ideas, actionRef: actions.ref, actionName: actions.name, actionArchived: actions.archivedAt, programmeSlug: programmes.slug,
      mergedRef: merged.ref, mergedTitle: merged.title, mergedPublished: merged.published,
    })
    .from(ideas)
    .leftJoin(actions, eq(actions.id, ideas.actionId))
    .leftJoin(programmes, eq(programmes.id, actions.programmeId))
    .leftJoin(merged, eq(merged.id, ideas.mergedIntoIdeaId))
    .$dynamic();
}

type Row = Awaited<ReturnType<ReturnType<typeof publicQuery>['execute']>>[number];

function toPublic(row: Row): PublicIdeaDetail {
  const { idea } = row;
  const actionShown = row.actionRef !== null && row.actionArchived === null && row.programmeSlug !== null;
  return {
    ref: idea.ref, lang: idea.lang, title: idea.title, state: idea.state, createdAt: idea.createdAt,
    action: actionShown ? { ref: row.actionRef!, programmeSlug: row.programmeSlug!, name: row.actionName! } : null,
    description: idea.description, beneficiariesText: idea.beneficiariesText, decisionReason: idea.decisionReason, decidedOn: idea.decidedOn,
    mergedInto: row.mergedRef && row.mergedPublished ? { ref: row.mergedRef, title: row.mergedTitle! } : null,
  };
}

/** Published ideas, newest first. */
export async function listPublishedIdeas(ctx: Ctx): Promise<PublicIdea[]> {
  const rows = await publicQuery(ctx)
    .where(and(eq(ideas.municipalityId, scopedMunicipality(ctx).id), eq(ideas.published, true)))
    .orderBy(desc(ideas.createdAt), desc(ideas.ref));
  return rows.map((row) => {
    const { description: _d, beneficiariesText: _b, decisionReason: _r, decidedOn: _o, mergedInto: _m, ...summary } = toPublic(row);
    return summary;
  });
}

/** Every published idea with its public texts, in the order of their references (the open data package). */
export async function listPublishedIdeaDetails(ctx: Ctx): Promise<PublicIdeaDetail[]> {
  const rows = await publicQuery(ctx)
    .where(and(eq(ideas.municipalityId, scopedMunicipality(ctx).id), eq(ideas.published, true)))
    .orderBy(ideas.ref);
  return rows.map(toPublic);
}

export async function getPublishedIdea(ctx: Ctx, ref: string): Promise<PublicIdeaDetail | null> {
  const [row] = await publicQuery(ctx)
    .where(and(eq(ideas.municipalityId, scopedMunicipality(ctx).id), eq(ideas.ref, ref), eq(ideas.published, true)));
  return row ? toPublic(row) : null;
}

/** The published ideas an action came from (accepted into it or merged into it). */
export async function ideasOfAction(ctx: Ctx, programmeId: string, ref: string): Promise<{ ref: string; title: LocalizedText; lang: Lang }[]> {
  return ctx.tx.select({ ref: ideas.ref, title: ideas.title, lang: ideas.lang }).from(ideas)
    .innerJoin(actions, eq(actions.id, ideas.actionId))
    .where(and(eq(actions.programmeId, programmeId), eq(actions.ref, ref), eq(ideas.published, true))).orderBy(ideas.ref);
}

export interface IdeaCounts {
  /** Every idea the municipality has received, published or not (a count holds no one's data). */
  received: number;
  /** Accepted for this programme. */
  accepted: number;
  /** Of those, whose action is on the roadmap (not archived). */
  inRoadmap: number;
  /** Of those, whose action is done in a round the reader may see. */
  done: number;
}

export async function ideaCounts(ctx: Ctx, programmeId: string): Promise<IdeaCounts> {
  const [row] = await selectRows<IdeaCounts>(ctx.tx, sql`
    select
      (select count(*) from ideas where municipality_id = ${scopedMunicipality(ctx).id})::int as "received",
      count(*) filter (where i.state = 'accepted')::int as "accepted",
      count(*) filter (where i.state = 'accepted' and a.id is not null and a.archived_at is null)::int as "inRoadmap",
      count(*) filter (where i.state = 'accepted' and a.archived_at is null and exists (
        select from action_statuses s join rounds on rounds.id = s.round_id and ${visibleRound(ctx)}
        where s.action_id = a.id and s.state = 'done'))::int as "done"
    from ideas i left join actions a on a.id = i.action_id
    where i.programme_id = ${programmeId}`);
  return row!;
}
