/** Staff comments on an action (the steering group's remarks), kept with it, oldest first. */
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { actionComments, users } from '../../db/schema.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { Ctx, WriteCtx } from '../context.ts';
import { scopedMunicipality } from '../scope.ts';
import { findActionRow } from './actions.ts';
import { parseOrThrow } from './validation.ts';

export interface CommentView {
  id: string;
  authorName: string | null;
  body: string;
  createdAt: Date;
}

export const COMMENT_MAX_LENGTH = 4000;
const commentSchema = z.object({ body: z.string().trim().min(1, { message: 'required' }).max(COMMENT_MAX_LENGTH) });

export async function listComments(ctx: Ctx, actionId: string): Promise<CommentView[]> {
  authorize(ctx, 'unpublished.read');
  await findActionRow(ctx, actionId);
  return ctx.tx
    .select({ id: actionComments.id, authorName: users.displayName, body: actionComments.body, createdAt: actionComments.createdAt })
    .from(actionComments)
    .leftJoin(users, eq(users.id, actionComments.authorId))
    .where(and(eq(actionComments.municipalityId, scopedMunicipality(ctx).id), eq(actionComments.actionId, actionId)))
    .orderBy(asc(actionComments.createdAt), asc(actionComments.id));
}

export async function addComment(ctx: WriteCtx, input: { actionId: string; body: unknown }): Promise<string> {
  authorize(ctx, 'action.comment');
  const { body } = parseOrThrow(commentSchema, { body: input.body });
  const action = await findActionRow(ctx, input.actionId);
  const [created] = await ctx.tx.insert(actionComments).values({
    municipalityId: scopedMunicipality(ctx).id, actionId: action.action.id, body,
    authorId: ctx.actor.kind === 'staff' ? ctx.actor.userId : null,
  }).returning({ id: actionComments.id });
  // The comment itself is not copied to the audit log: its text is content, not an event.
  await writeAudit(ctx, { action: 'action.comment', target: `action:${action.action.id}`, details: { comment: created!.id } });
  return created!.id;
}
