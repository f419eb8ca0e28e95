/**
 * What an actor may see of a programme's rounds: the public sees closed (published) rounds only;
 * staff who may read unpublished work see open rounds too.
 */
import { sql, type SQL } from 'drizzle-orm';
import { can } from '../domain/permissions.ts';
import type { Ctx } from './context.ts';

export function seesUnpublished(ctx: Ctx): boolean {
  return can(ctx.actor, 'unpublished.read', ctx.municipality?.id ?? null);
}

/** A condition on the rounds table under the alias `alias` (or its name). */
export function visibleRound(ctx: Ctx, alias = 'rounds'): SQL {
  return seesUnpublished(ctx) ? sql`true` : sql`${sql.raw(`${alias}.status`)} = 'closed'`;
}
