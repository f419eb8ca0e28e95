import { and, eq, sql } from 'drizzle-orm';
import { memberships, municipalitySettings } from '../../db/schema.ts';
import type { Ctx } from '../context.ts';

/**
 * Whether a person must give a second factor at sign-in: when they have one, or when a municipality
 * they have a role in requires it of that role (then they must set one up before anything else).
 */
export async function secondFactorDue(ctx: Ctx, userId: string, hasSecondFactor: boolean): Promise<boolean> {
  if (hasSecondFactor) return true;
  const [required] = await ctx.tx
    .select({ one: sql<number>`1` })
    .from(memberships)
    .innerJoin(municipalitySettings, eq(municipalitySettings.municipalityId, memberships.municipalityId))
    .where(and(eq(memberships.userId, userId), sql`${memberships.role} = any(${municipalitySettings.mfaRequiredFor})`))
    .limit(1);
  return required !== undefined;
}
