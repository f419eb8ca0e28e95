/**
 * Ideas that reach the programme other than by the public form: sent by staff from the workspace (with
 * their sector and contact person) and imported from elsewhere (a survey, participatory budgeting) with
 * the source recorded. An import is all or nothing: one bad row, and no row is written.
 */
import { z } from 'zod';
import { IDEA_LIMITS } from '../../domain/idea.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { LANGUAGES } from '../../domain/language.ts';
import { parseIdeaCsv } from '../../io/ideas/parse-idea-csv.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { WriteCtx } from '../context.ts';
import { parseOrThrow } from '../editing/validation.ts';
import { storeIdea } from './store-idea.ts';

const text = (max: number, required: boolean) => (required ? z.string().trim().min(1, 'required').max(max) : z.string().trim().max(max).default(''));

export const staffIdeaSchema = z.object({
  title: text(IDEA_LIMITS.title, true),
  description: text(IDEA_LIMITS.description, true),
  beneficiaries: text(IDEA_LIMITS.beneficiaries, false),
  lang: z.enum(LANGUAGES),
  sector: text(200, true),
  contactName: text(IDEA_LIMITS.name, false),
});

/** An idea from a member of staff, who is its contact unless they name another person. */
export async function submitStaffIdea(ctx: WriteCtx, input: { form: unknown; baseUrl: string }): Promise<{ ref: string }> {
  authorize(ctx, 'idea.submit');
  const form = parseOrThrow(staffIdeaSchema, input.form);
  const userId = ctx.actor.kind === 'staff' ? ctx.actor.userId : null;
  const { id, ref } = await storeIdea(ctx, {
    lang: form.lang, title: form.title, description: form.description, beneficiaries: form.beneficiaries,
    source: 'staff', sourceLabel: form.sector, name: form.contactName || null, userId, baseUrl: input.baseUrl,
  });
  await writeAudit(ctx, { action: 'idea.submit', target: `idea:${id}`, details: { ref } });
  return { ref };
}

export const importSourceSchema = z.object({ source: text(200, true) });

/** Imports every row of the CSV or none; problems are InvalidInputError fields "row 3: title". */
export async function importIdeas(ctx: WriteCtx, input: { csv: string; source: unknown }): Promise<{ refs: string[] }> {
  authorize(ctx, 'idea.manage');
  const { source } = parseOrThrow(importSourceSchema, input.source);
  const parsed = parseIdeaCsv(input.csv);
  if (parsed.problems.length > 0) {
    throw new InvalidInputError(parsed.problems.map((problem) => ({ field: `row:${problem.row}:${problem.field}`, problem: problem.problem })));
  }
  if (parsed.ideas.length === 0) throw new InvalidInputError([{ field: 'file', problem: 'required' }]);
  const refs: string[] = [];
  for (const idea of parsed.ideas) {
    const stored = await storeIdea(ctx, { ...idea, source: 'import', sourceLabel: source, baseUrl: '' });
    refs.push(stored.ref);
  }
  await writeAudit(ctx, { action: 'idea.import', target: 'ideas:import', details: { count: refs.length, first: refs[0], last: refs.at(-1) } });
  return { refs };
}
