/** The staff API's shapes of follow-up rounds: a round, opening one, confirming states, reminding. */
import { z } from '@hono/zod-openapi';
import { LANGUAGES, type Lang } from '../../../domain/language.ts';
import { ROUND_STATUSES } from '../../../domain/round.ts';
import { LocalizedTextSchema } from '../schemas.ts';
import { StaffEntryInputSchema, StaffEntryParams, StaffEntrySchema } from './schemas.ts';

export const StaffRoundParams = StaffEntryParams.pick({ municipality: true, programme: true, round: true });

export const StaffRoundSchema = z.strictObject({
  key: z.string().openapi({ description: 'The month the round reports on, "YYYY-MM".', example: '2026-03' }),
  programme: z.string().openapi({ example: 'digi-2020-2023' }),
  label: LocalizedTextSchema,
  status: z.enum(ROUND_STATUSES),
  deadline: z.string().nullable().openapi({ format: 'date' }),
  requiredLanguages: z.array(z.enum(LANGUAGES)),
  openedAt: z.string().nullable().openapi({ format: 'date-time' }),
  closedAt: z.string().nullable().openapi({ format: 'date-time' }),
  version: z.number().int().openapi({ description: 'Raised by closing and reopening; the ETag is this number in quotes.' }),
  entryCount: z.number().int(),
  updatedCount: z.number().int().openapi({ description: 'Entries someone has saved.' }),
}).openapi('StaffRound', { description: 'A follow-up round as the workspace sees it, open ones too.' });

export type StaffRoundJson = z.infer<typeof StaffRoundSchema>;

export const StaffRoundListSchema = z.strictObject({ rounds: z.array(StaffRoundSchema) }).openapi('StaffRoundList');

const label = z.strictObject(
  Object.fromEntries(LANGUAGES.map((lang) => [lang, z.string().max(1000).optional()])) as Record<Lang, z.ZodOptional<z.ZodString>>,
).openapi({ description: "The round's label per language; the municipality's first language is required.", example: { fi: 'Tilanne 03/2026', sv: 'Status 03/2026' } });

export const StaffOpenRoundSchema = z.strictObject({
  key: z.string().max(20).openapi({ description: 'The month the round reports on, "YYYY-MM".', example: '2026-03' }),
  label,
  deadline: z.string().max(20).openapi({ description: 'The last day for updates, "YYYY-MM-DD".', example: '2026-03-31' }),
  requiredLanguages: z.array(z.enum(LANGUAGES)).max(LANGUAGES.length).default([])
    .openapi({ description: 'Languages every saved entry must have before the round can be closed.' }),
}).openapi('StaffOpenRound', { description: 'Opens a round: every action on the roadmap gets an empty entry.' });

export const StaffEntryListSchema = z.strictObject({ entries: z.array(StaffEntrySchema) }).openapi('StaffEntryList');

export const StaffConfirmSchema = z.strictObject({
  entries: z.array(z.strictObject({ ref: z.string().min(1).max(40), version: z.number().int().min(0) })).max(1000).optional()
    .openapi({ description: 'The entries to confirm, each at the version it was read at.' }),
  all: z.boolean().optional().openapi({ description: 'Confirm every entry whose state is still inferred, at its current version.' }),
}).refine((input) => (input.entries !== undefined) !== (input.all === true), { message: 'invalid', path: ['entries'] })
  .openapi('StaffConfirmStates', { description: 'Either `entries` (each with the version it was read at) or `all: true`.' });

export const StaffConfirmedSchema = z.strictObject({
  confirmed: z.array(z.string()).openapi({ description: 'The entries whose state is now confirmed.' }),
  changedSince: z.array(z.string()).openapi({ description: 'Entries saved since the version given (or already confirmed): left as they are.' }),
}).openapi('StaffConfirmed');

export const StaffRemindedSchema = z.strictObject({
  queued: z.number().int().openapi({ description: 'Mails queued in the outbox now, one per owner.' }),
  alreadyQueued: z.number().int().openapi({ description: 'Owners already reminded today in the same way.' }),
  withoutAccount: z.array(z.string()).openapi({ description: 'Missing entries whose owner has no account to mail.' }),
}).openapi('StaffReminded');

export const StaffEntriesInputSchema = z.strictObject({
  entries: z.array(StaffEntryInputSchema.extend({
    ref: z.string().min(1).max(40).openapi({ description: 'The action\'s reference "section.row".' }),
    version: z.number().int().min(0).openapi({ description: 'The version of the entry the change is based on, as read.' }),
  })).min(1).max(1000),
}).openapi('StaffEntriesInput', { description: "Many entries of an open round at once, as the workspace's round table saves them." });

export const StaffEntriesSavedSchema = z.strictObject({
  saved: z.array(z.string()),
  changedSince: z.array(z.string()).openapi({ description: 'Entries saved by someone since the version given: left as they are.' }),
  invalid: z.array(z.string()).openapi({ description: 'Entries refused for a field (too long a text…): not saved.' }),
}).openapi('StaffEntriesSaved');
