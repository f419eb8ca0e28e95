/** The coordinator opens a follow-up round: every action of the programme gets an empty entry. */
import { and, eq, isNull } from 'drizzle-orm';
import { actions, actionStatuses, programmes, rounds } from '../../db/schema.ts';
import { InvalidInputError, NotFoundError } from '../../domain/errors.ts';
import { LANGUAGES, type Lang, type LocalizedText } from '../../domain/language.ts';
import { parseRoundKey } from '../rounds.ts';
import { cleanText, RoundStateError } from '../../domain/round-entry.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { WriteCtx } from '../context.ts';
import { scopedMunicipality } from '../scope.ts';

export interface OpenRoundInput {
  programme: string;
  /** "YYYY-MM": the month the round reports on. */
  key: string;
  label: LocalizedText;
  /** "YYYY-MM-DD". */
  deadline: string;
  requiredLanguages: Lang[];
}

export const LABEL_MAX = 200;

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
  && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

export async function openRound(ctx: WriteCtx, input: OpenRoundInput): Promise<{ key: string; entries: number }> {
  authorize(ctx, 'round.open');
  const municipality = scopedMunicipality(ctx);
  const [programme] = await ctx.tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, input.programme)).for('update');
  if (!programme) throw new NotFoundError('programme', input.programme);
  const lang = municipality.languages[0] ?? 'fi';
  const label = cleanText(input.label);
  const parsed = parseRoundKey(input.key);
  const issues: { field: string; problem: string }[] = [];
  if (!parsed) issues.push({ field: 'key', problem: 'invalid' });
  if (!label[lang]) issues.push({ field: `label.${lang}`, problem: 'required' });
  for (const other of LANGUAGES) if ((label[other]?.length ?? 0) > LABEL_MAX) issues.push({ field: `label.${other}`, problem: 'too_long' });
  if (!isDate(input.deadline)) issues.push({ field: 'deadline', problem: 'invalid' });
  if (input.requiredLanguages.some((required) => !LANGUAGES.includes(required))) issues.push({ field: 'requiredLanguages', problem: 'invalid' });
  if (parsed) {
    const [taken] = await ctx.tx.select({ id: rounds.id }).from(rounds)
      .where(and(eq(rounds.programmeId, programme.id), eq(rounds.year, parsed.year), eq(rounds.month, parsed.month)));
    if (taken) issues.push({ field: 'key', problem: 'taken' });
  }
  if (issues.length > 0) throw new InvalidInputError(issues);
  // One round at a time: owners would not know which one to fill in.
  const [open] = await ctx.tx.select({ id: rounds.id }).from(rounds).where(and(eq(rounds.programmeId, programme.id), eq(rounds.status, 'open')));
  if (open) throw new RoundStateError('another_open');

  const [round] = await ctx.tx.insert(rounds).values({
    municipalityId: municipality.id, programmeId: programme.id, year: parsed!.year, month: parsed!.month, label, lang,
    status: 'open', deadline: input.deadline, requiredLanguages: [...new Set(input.requiredLanguages)], openedAt: new Date(),
  }).returning({ id: rounds.id });
  // Archived actions are off the roadmap: they get no entry to fill in.
  const roadmap = await ctx.tx.select({ id: actions.id }).from(actions).where(and(eq(actions.programmeId, programme.id), isNull(actions.archivedAt)));
  if (roadmap.length > 0) {
    await ctx.tx.insert(actionStatuses).values(roadmap.map((action) => ({
      municipalityId: municipality.id, actionId: action.id, roundId: round!.id, text: {}, state: 'no_status' as const, stateInferred: true,
    })));
  }
  ctx.changesManyRows();
  await writeAudit(ctx, { action: 'round.open', target: `round:${round!.id}`, details: { programme: input.programme, key: input.key, entries: roadmap.length } });
  return { key: input.key, entries: roadmap.length };
}
