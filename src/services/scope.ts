import type { ScopedMunicipality } from '../db/context.ts';
import type { Ctx } from './context.ts';

/** The municipality a tenant use-case runs in; calling one without a municipality scope is a bug. */
export function scopedMunicipality(ctx: Ctx): ScopedMunicipality {
  if (!ctx.municipality) throw new Error('This use-case needs a municipality scope (runRead/runWrite with { municipality }).');
  return ctx.municipality;
}
