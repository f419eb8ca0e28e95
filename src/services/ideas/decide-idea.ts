/**
 * The steering group's decision on an idea, recorded with the meeting's date and the reason: accepted
 * (a live action is created in the programme through the workspace's own createAction, with the idea's
 * title and perspectives, and linked to the idea), parked or declined. The sender, when they left an
 * address, is told in their language; the decision shows on the idea's public page.
 */
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { ideaContacts } from '../../db/schema.ts';
import { DECISIONS, type IdeaDecision } from '../../domain/idea.ts';
import { pickText } from '../../domain/language.ts';
import { ideaMail } from '../../i18n/idea-mail.ts';
import type { WriteCtx } from '../context.ts';
import { createAction } from '../editing/actions.ts';
import { localizedSchema, parseOrThrow, Problems } from '../editing/validation.ts';
import { queueMail } from '../outbox/queue-mail.ts';
import { scopedMunicipality } from '../scope.ts';
import { changeIdea, type IdeaChange } from './idea-changes.ts';
import type { IdeaRow } from './staff-ideas.ts';

export const decisionSchema = z.object({
  decision: z.enum(DECISIONS),
  reason: localizedSchema(2000),
  decidedOn: z.iso.date(),
  /** For an accepted idea: the section (its position) of the programme the new action goes to. */
  section: z.number().int().min(1).nullable().default(null),
});

export interface DecisionInput extends IdeaChange {
  decision: unknown;
  /** The public site's address, for the link in the mail. */
  baseUrl: string;
}

export async function decideIdea(ctx: WriteCtx, input: DecisionInput): Promise<{ idea: IdeaRow; actionRef: string | null }> {
  const decision = parseOrThrow(decisionSchema, input.decision);
  let actionRef: string | null = null;
  const idea = await changeIdea(ctx, input, 'idea.manage', async (current) => {
    let actionId = current.actionId;
    if (decision.decision === 'accepted' && !current.actionId) {
      const problems = new Problems();
      if (!current.programmeId) problems.add('programmeId', 'required');
      if (!decision.section) problems.add('section', 'required');
      problems.throwIfAny();
      const created = await createAction(ctx, {
        programmeId: current.programmeId!, section: decision.section!,
        fields: {
          name: current.title, goalId: current.goalId, competenceId: current.competenceId, level: current.level, statutory: current.statutory,
          benefits: current.benefits, beneficiaries: current.beneficiaries, costClass: current.costClass, impactClass: current.impactClass,
          developmentModel: current.developmentModel,
        },
      });
      actionId = created.id;
      actionRef = created.ref;
    }
    return {
      values: {
        state: decision.decision, decisionReason: decision.reason, decidedOn: decision.decidedOn, actionId,
        // Parked ideas may come back; the others are closed, and retention counts from now.
        closedAt: decision.decision === 'parked' ? null : (sql`now()` as unknown as Date),
      },
      audit: 'idea.decide', details: { decision: decision.decision, decidedOn: decision.decidedOn, ...(actionRef ? { action: actionRef } : {}) },
    };
  });
  await tellSender(ctx, idea, decision.decision, input.baseUrl);
  return { idea, actionRef };
}

async function tellSender(ctx: WriteCtx, idea: IdeaRow, decision: IdeaDecision, baseUrl: string): Promise<void> {
  const [contact] = await ctx.tx.select({ email: ideaContacts.email }).from(ideaContacts).where(eq(ideaContacts.ideaId, idea.id));
  if (!contact?.email) return;
  const m = ideaMail(idea.lang);
  const slug = scopedMunicipality(ctx).slug;
  const words = m.decisions[decision];
  await queueMail(ctx, {
    kind: 'idea_decision', recipient: contact.email, lang: idea.lang, dedupeKey: `idea-decision:${idea.id}:${idea.version}`,
    subject: m.decisionSubject(idea.ref, words),
    bodyText: m.decisionBody({
      ref: idea.ref, title: pickText(idea.title, idea.lang)?.text ?? '', decision, decidedOn: idea.decidedOn!,
      reason: pickText(idea.decisionReason, idea.lang)?.text ?? '',
      link: `${baseUrl}/${encodeURIComponent(slug)}/${idea.lang}/ideas/${idea.ref}`,
    }, words),
  });
}
