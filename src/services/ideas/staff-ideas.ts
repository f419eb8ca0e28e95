/**
 * The steering group's view of ideas: the queue by state, one idea with everything but its sender's
 * address (the workspace shows only whether an answer can be sent), and the likely duplicates among
 * other ideas and the actions, found with the site's Finnish/Swedish-aware search.
 */
import { and, asc, desc, eq, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { actions, ideaContacts, ideas, programmes } from '../../db/schema.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { isIdeaRef, type IdeaState } from '../../domain/idea.ts';
import type { Lang, LocalizedText } from '../../domain/language.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { scopedMunicipality } from '../scope.ts';
import { matchesText, queryWords } from '../text-search.ts';

export type IdeaRow = typeof ideas.$inferSelect;

export interface StaffIdea extends IdeaRow {
  /** Whether the sender left an address for the answer (the address itself is not shown). */
  canAnswer: boolean;
  hasPersonalData: boolean;
  action: { id: string; ref: string; name: LocalizedText; programmeSlug: string } | null;
  mergedIntoRef: string | null;
}

export interface QueueRow {
  ref: string;
  title: LocalizedText;
  lang: Lang;
  state: IdeaState;
  published: boolean;
  source: IdeaRow['source'];
  sourceLabel: string | null;
  createdAt: Date;
}

export async function listIdeaQueue(ctx: Ctx, filter: { state?: IdeaState } = {}): Promise<QueueRow[]> {
  authorize(ctx, 'unpublished.read');
  const conditions: SQL[] = [eq(ideas.municipalityId, scopedMunicipality(ctx).id)];
  if (filter.state) conditions.push(eq(ideas.state, filter.state));
  return ctx.tx.select({
    ref: ideas.ref, title: ideas.title, lang: ideas.lang, state: ideas.state, published: ideas.published,
    source: ideas.source, sourceLabel: ideas.sourceLabel, createdAt: ideas.createdAt,
  }).from(ideas).where(and(...conditions)).orderBy(desc(ideas.createdAt), desc(ideas.ref));
}

/** The row of an idea by its reference, or NotFoundError. */
export async function findIdea(ctx: Ctx, ref: string): Promise<IdeaRow> {
  if (!isIdeaRef(ref)) throw new NotFoundError('idea', ref);
  const [row] = await ctx.tx.select().from(ideas).where(and(eq(ideas.municipalityId, scopedMunicipality(ctx).id), eq(ideas.ref, ref)));
  if (!row) throw new NotFoundError('idea', ref);
  return row;
}

export async function getStaffIdea(ctx: Ctx, ref: string): Promise<StaffIdea> {
  authorize(ctx, 'unpublished.read');
  const idea = await findIdea(ctx, ref);
  const [contact] = await ctx.tx.select({ email: ideaContacts.email, name: ideaContacts.name })
    .from(ideaContacts).where(eq(ideaContacts.ideaId, idea.id));
  const [action] = idea.actionId
    ? await ctx.tx.select({ id: actions.id, ref: actions.ref, name: actions.name, programmeSlug: programmes.slug })
      .from(actions).innerJoin(programmes, eq(programmes.id, actions.programmeId)).where(eq(actions.id, idea.actionId))
    : [];
  const [merged] = idea.mergedIntoIdeaId ? await ctx.tx.select({ ref: ideas.ref }).from(ideas).where(eq(ideas.id, idea.mergedIntoIdeaId)) : [];
  return {
    ...idea, canAnswer: Boolean(contact?.email), hasPersonalData: Boolean(contact?.email || contact?.name),
    action: action ?? null, mergedIntoRef: merged?.ref ?? null,
  };
}

export interface Duplicate {
  kind: 'idea' | 'action';
  ref: string;
  name: LocalizedText;
  /** For actions: the programme whose action it is. */
  programmeSlug: string | null;
  /** Of the idea's title words, how many the candidate matches. */
  matched: number;
}

/** Words too common or short to tell ideas apart. */
const MIN_WORD_LENGTH = 4;
const MAX_DUPLICATES = 8;

/**
 * Other ideas and live actions that share at least half of the idea's title words, by the same
 * per-word match as the site's search (stemmed prefix or trigram similarity), most shared first.
 */
export async function suggestDuplicates(ctx: Ctx, ref: string): Promise<Duplicate[]> {
  authorize(ctx, 'unpublished.read');
  const idea = await findIdea(ctx, ref);
  const lang = idea.lang;
  const words = queryWords(idea.title[lang] ?? '').filter((word) => word.length >= MIN_WORD_LENGTH);
  if (words.length === 0) return [];
  const needed = Math.max(1, Math.ceil(words.length / 2));
  const score = (document: SQL) => sql<number>`(${sql.join(words.map((word) => sql`(case when ${matchesText(document, lang, [word])} then 1 else 0 end)`), sql` + `)})`;
  const ideaDocument = sql`coalesce(${ideas.title}->>${lang}, '') || ' ' || coalesce(${ideas.description}->>${lang}, '')`;
  const ideaScore = score(ideaDocument);
  const similarIdeas = await ctx.tx.select({ ref: ideas.ref, name: ideas.title, matched: ideaScore }).from(ideas)
    .where(and(eq(ideas.municipalityId, idea.municipalityId), ne(ideas.id, idea.id), ne(ideas.state, 'merged'), sql`${ideaScore} >= ${needed}`))
    .orderBy(desc(ideaScore), asc(ideas.ref)).limit(MAX_DUPLICATES);
  const actionScore = score(sql`coalesce(${actions.name}->>${lang}, '')`);
  const similarActions = await ctx.tx.select({ ref: actions.ref, name: actions.name, programmeSlug: programmes.slug, matched: actionScore })
    .from(actions).innerJoin(programmes, eq(programmes.id, actions.programmeId))
    .where(and(eq(actions.municipalityId, idea.municipalityId), isNull(actions.archivedAt), sql`${actionScore} >= ${needed}`))
    .orderBy(desc(actionScore), asc(actions.ref)).limit(MAX_DUPLICATES);
  return [
    ...similarIdeas.map((row) => ({ kind: 'idea' as const, ref: row.ref, name: row.name, programmeSlug: null, matched: Number(row.matched) })),
    ...similarActions.map((row) => ({ kind: 'action' as const, ref: row.ref, name: row.name, programmeSlug: row.programmeSlug, matched: Number(row.matched) })),
  ].sort((a, b) => b.matched - a.matched).slice(0, MAX_DUPLICATES);
}

export interface PrioritisedIdea {
  ref: string;
  title: LocalizedText;
  lang: Lang;
  state: IdeaState;
  costClass: NonNullable<IdeaRow['costClass']>;
  impactClass: NonNullable<IdeaRow['impactClass']>;
}

const CLASS_ORDER = { S: 1, M: 2, L: 3 } as const;

/**
 * The ideas awaiting a decision (under evaluation or parked) that have both a cost and an impact class,
 * ranked: highest impact first, and of equal impact the cheapest first.
 */
export async function listPrioritised(ctx: Ctx): Promise<PrioritisedIdea[]> {
  authorize(ctx, 'unpublished.read');
  const rows = await ctx.tx.select({
    ref: ideas.ref, title: ideas.title, lang: ideas.lang, state: ideas.state, costClass: ideas.costClass, impactClass: ideas.impactClass,
  }).from(ideas).where(and(
    eq(ideas.municipalityId, scopedMunicipality(ctx).id), sql`${ideas.state} in ('evaluating', 'parked')`,
    sql`${ideas.costClass} is not null`, sql`${ideas.impactClass} is not null`,
  ));
  return (rows as PrioritisedIdea[]).sort((a, b) =>
    CLASS_ORDER[b.impactClass] - CLASS_ORDER[a.impactClass] || CLASS_ORDER[a.costClass] - CLASS_ORDER[b.costClass] || a.ref.localeCompare(b.ref));
}

/** How many ideas still hold a sender's personal data (for the register of processing). */
export async function countIdeasWithPersonalData(ctx: Ctx): Promise<number> {
  authorize(ctx, 'idea.personal_data');
  const [row] = await ctx.tx.select({ n: sql<number>`count(*)::int` }).from(ideaContacts)
    .where(eq(ideaContacts.municipalityId, scopedMunicipality(ctx).id));
  return Number(row?.n ?? 0);
}
