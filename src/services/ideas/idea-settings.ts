/** An administrator's choices for ideas: the municipality's privacy notice per language and how long senders' data is kept. */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { ideaSettings } from '../../db/schema.ts';
import { LANGUAGES, type LocalizedText } from '../../domain/language.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { WriteCtx } from '../context.ts';
import { parseOrThrow } from '../editing/validation.ts';
import { scopedMunicipality } from '../scope.ts';

const webAddress = z.string().trim().max(500).refine((value) => value === '' || /^https:\/\/[^\s]+$/.test(value), { message: 'invalid' });

export const ideaSettingsSchema = z.object({
  privacyNoticeUrl: z.object(Object.fromEntries(LANGUAGES.map((lang) => [lang, webAddress.default('')])) as Record<(typeof LANGUAGES)[number], z.ZodDefault<typeof webAddress>>)
    .transform((urls): LocalizedText => Object.fromEntries(Object.entries(urls).filter(([, url]) => url !== ''))),
  /** At least a month: a decision must reach the sender; at most ten years. */
  retentionMonths: z.number().int().min(1).max(120),
});

export async function saveIdeaSettings(ctx: WriteCtx, input: unknown): Promise<void> {
  authorize(ctx, 'settings.edit');
  const settings = parseOrThrow(ideaSettingsSchema, input);
  const municipalityId = scopedMunicipality(ctx).id;
  await ctx.tx.insert(ideaSettings).values({ municipalityId, ...settings })
    .onConflictDoUpdate({ target: ideaSettings.municipalityId, set: { ...settings, version: sql`${ideaSettings.version} + 1` } });
  await writeAudit(ctx, { action: 'idea.settings', target: 'ideas', details: { retentionMonths: settings.retentionMonths, privacyNotice: Object.keys(settings.privacyNoticeUrl) } });
}
