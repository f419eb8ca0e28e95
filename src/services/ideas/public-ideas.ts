/** What the public sees of ideas: the moderated ones only, never who sent them. */
import { and, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { actions, ideas, ideaSettings, programmes } from '../../db/schema.ts';
import type { IdeaState } from '../../domain/idea.ts';
import type { Lang, LocalizedText } from '../../domain/language.ts';
import type { Ctx } from '../context.ts';
import { scopedMunicipality } from '../scope.ts';

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

export async function getPublishedIdea(ctx: Ctx, ref: string): Promise<PublicIdeaDetail | null> {
  const [row] = await publicQuery(ctx)
    .where(and(eq(ideas.municipalityId, scopedMunicipality(ctx).id), eq(ideas.ref, ref), eq(ideas.published, true)));
  return row ? toPublic(row) : null;
}

/** The published ideas an action came from (accepted into it or merged into it). */
export async function ideasOfAction(ctx: Ctx, actionId: string): Promise<{ ref: string; title: LocalizedText; lang: Lang }[]> {
  return ctx.tx.select({ ref: ideas.ref, title: ideas.title, lang: ideas.lang }).from(ideas)
    .where(and(eq(ideas.actionId, actionId), eq(ideas.published, true))).orderBy(ideas.ref);
}
