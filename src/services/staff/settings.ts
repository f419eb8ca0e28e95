/**
 * A municipality's sign-in settings, edited by its administrators: which roles must sign in with a
 * second factor. The form carries the version it was opened at; a save against a newer one is refused.
 */
import { eq, sql } from 'drizzle-orm';
import { municipalitySettings } from '../../db/schema.ts';
import { ROLES, type Role } from '../../domain/actor.ts';
import { ConflictError } from '../../domain/errors.ts';
import { writeAudit } from '../audit.ts';
import { authorize } from '../authorize.ts';
import type { Ctx, WriteCtx } from '../context.ts';
import { scopedMunicipality } from '../scope.ts';

export interface SignInSettings {
  secondFactorRequiredFor: Role[];
  /** 0 while the municipality has never saved its settings. */
  version: number;
}

async function current(ctx: Ctx): Promise<SignInSettings> {
  const [row] = await ctx.tx
    .select({ roles: municipalitySettings.mfaRequiredFor, version: municipalitySettings.version })
    .from(municipalitySettings)
    .where(eq(municipalitySettings.municipalityId, scopedMunicipality(ctx).id));
  return row ? { secondFactorRequiredFor: ROLES.filter((role) => row.roles.includes(role)), version: row.version } : { secondFactorRequiredFor: [], version: 0 };
}

export async function readSignInSettings(ctx: Ctx): Promise<SignInSettings> {
  authorize(ctx, 'settings.edit');
  return current(ctx);
}

/** Saves the roles that need a second factor; they are asked for one (or to set one up) at their next sign-in. */
export async function saveSignInSettings(ctx: WriteCtx, input: { secondFactorRequiredFor: readonly Role[]; version: number }): Promise<SignInSettings> {
  authorize(ctx, 'settings.edit');
  const roles = ROLES.filter((role) => input.secondFactorRequiredFor.includes(role));
  const municipalityId = scopedMunicipality(ctx).id;
  const saved = input.version === 0
    ? await ctx.tx.insert(municipalitySettings).values({ municipalityId, mfaRequiredFor: roles }).onConflictDoNothing().returning({ version: municipalitySettings.version })
    : await ctx.tx
      .update(municipalitySettings)
      .set({ mfaRequiredFor: roles, version: sql`${municipalitySettings.version} + 1` })
      .where(sql`${municipalitySettings.municipalityId} = ${municipalityId} and ${municipalitySettings.version} = ${input.version}`)
      .returning({ version: municipalitySettings.version });
  if (saved.length === 0) throw new ConflictError('municipality_settings', input.version, await current(ctx));
  await writeAudit(ctx, { action: 'settings.update', target: `municipality:${municipalityId}`, details: { secondFactorRequiredFor: roles } });
  return { secondFactorRequiredFor: roles, version: saved[0]!.version };
}
