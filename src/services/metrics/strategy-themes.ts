/** Editing the municipality's strategy themes: the spearheads goals support and the indicators actions are measured by. */
import { and, eq, max, ne } from 'drizzle-orm';
import { z } from 'zod';
import { strategyThemes } from '../../db/schema.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { STRATEGY_THEME_KINDS, type StrategyThemeKind } from '../../domain/metrics.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { WriteCtx } from '../context.ts';
import { conflictOf, updateAtVersion } from '../editing/versioned.ts';
import { hasText, localizedSchema, parseOrThrow, Problems } from '../editing/validation.ts';
import { scopedMunicipality } from '../scope.ts';

const themeSchema = z.object({
  code: z.string().trim().min(1, { message: 'required' }).max(20),
  name: localizedSchema(300).refine(hasText, { message: 'required' }),
});
const KEYS = ['code', 'name'] as const;

/** Creates (without `id`) or saves a theme at the version its form was opened at; returns its id. */
export async function saveStrategyTheme(
  ctx: WriteCtx, input: { kind: StrategyThemeKind; id?: string; version?: number; fields: unknown },
): Promise<string> {
  authorize(ctx, 'programme.edit');
  if (!STRATEGY_THEME_KINDS.includes(input.kind)) throw new NotFoundError('strategy_theme_kind', String(input.kind));
  const fields = parseOrThrow(themeSchema, input.fields);
  const municipalityId = scopedMunicipality(ctx).id;
  const [taken] = await ctx.tx.select({ id: strategyThemes.id }).from(strategyThemes).where(and(
    eq(strategyThemes.municipalityId, municipalityId), eq(strategyThemes.kind, input.kind), eq(strategyThemes.code, fields.code),
    input.id ? ne(strategyThemes.id, input.id) : undefined,
  ));
  const problems = new Problems();
  if (taken) problems.add('code', 'taken');
  problems.throwIfAny();
  if (!input.id) {
    const [last] = await ctx.tx.select({ position: max(strategyThemes.position) }).from(strategyThemes)
      .where(and(eq(strategyThemes.municipalityId, municipalityId), eq(strategyThemes.kind, input.kind)));
    const [created] = await ctx.tx.insert(strategyThemes)
      .values({ municipalityId, kind: input.kind, ...fields, position: (last?.position ?? 0) + 1 })
      .returning({ id: strategyThemes.id });
    await writeAudit(ctx, { action: 'strategy_theme.create', target: `strategy_theme:${created!.id}`, details: { kind: input.kind } });
    return created!.id;
  }
  const [current] = await ctx.tx.select().from(strategyThemes)
    .where(and(eq(strategyThemes.id, input.id), eq(strategyThemes.kind, input.kind)));
  if (!current) throw new NotFoundError('strategy_theme', input.id);
  const written = await updateAtVersion(ctx, strategyThemes, input.id, input.version ?? 0, fields);
  if (!written) throw await conflictOf(ctx, strategyThemes, 'strategy_themes', current, KEYS, fields, input.version ?? 0);
  await writeAudit(ctx, { action: 'strategy_theme.update', target: `strategy_theme:${input.id}`, details: { version: written.version } });
  return input.id;
}
