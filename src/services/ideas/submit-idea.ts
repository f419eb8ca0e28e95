/**
 * An idea from the public form: anyone may send one, but each address only a few an hour (the count is
 * kept even when the form is refused, so a bot cannot probe for free). Nothing is public until staff
 * moderate it; the sender gets the reference by mail if they gave an address.
 */
import { z } from 'zod';
import { IDEA_LIMITS } from '../../domain/idea.ts';
import { LANGUAGES } from '../../domain/language.ts';
import type { WriteCtx } from '../context.ts';
import { hitLimit, type Limit } from '../staff/rate-limit.ts';
import { scopedMunicipality } from '../scope.ts';
import { storeIdea } from './store-idea.ts';

export const IDEA_SUBMIT_LIMIT: Limit = { bucket: 'idea-submit', max: 5, windowSeconds: 60 * 60 };

const text = (max: number, required: boolean) => {
  const base = z.string().trim().max(max);
  return required ? base.min(1, 'required') : base.default('');
};

export const publicIdeaSchema = z.object({
  title: text(IDEA_LIMITS.title, true),
  description: text(IDEA_LIMITS.description, true),
  beneficiaries: text(IDEA_LIMITS.beneficiaries, false),
  name: text(IDEA_LIMITS.name, false),
  email: z.union([z.literal(''), z.email().max(IDEA_LIMITS.email)]).default(''),
  lang: z.enum(LANGUAGES),
  consent: z.boolean().default(false),
}).superRefine((value, issues) => {
  // Personal data is kept only with the sender's consent.
  if ((value.email || value.name) && !value.consent) issues.addIssue({ code: 'custom', path: ['consent'], message: 'required' });
});

export type PublicIdeaInput = z.input<typeof publicIdeaSchema>;

export type SubmitResult =
  | { kind: 'created'; ref: string }
  | { kind: 'invalid'; issues: { field: string; problem: string }[] }
  | { kind: 'rate_limited'; retryAfter: number };

export async function submitIdea(ctx: WriteCtx, input: { form: unknown; address: string; baseUrl: string }): Promise<SubmitResult> {
  const limit = await hitLimit(ctx, IDEA_SUBMIT_LIMIT, `${scopedMunicipality(ctx).id}:${input.address}`);
  if (!limit.allowed) return { kind: 'rate_limited', retryAfter: limit.retryAfter };
  const parsed = publicIdeaSchema.safeParse(input.form);
  if (!parsed.success) {
    return {
      kind: 'invalid',
      issues: parsed.error.issues.map((issue) => ({
        field: issue.path.join('.'), problem: issue.message === 'required' ? 'required' : issue.code === 'too_big' ? 'too_long' : 'invalid',
      })),
    };
  }
  const form = parsed.data;
  const { ref } = await storeIdea(ctx, {
    lang: form.lang, title: form.title, description: form.description, beneficiaries: form.beneficiaries,
    source: 'public', name: form.name, email: form.email, baseUrl: input.baseUrl,
  });
  return { kind: 'created', ref };
}
