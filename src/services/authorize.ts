import { ForbiddenError } from '../domain/errors.ts';
import { can, type Permission, type Target } from '../domain/permissions.ts';
import type { Ctx } from './context.ts';

/**
 * The first line of every use-case that needs a permission: throws when the actor may not. The
 * refusal is audited by whoever answers it (a refused transaction writes nothing itself).
 */
export function authorize(ctx: Ctx, permission: Permission, target?: Target): void {
  if (!can(ctx.actor, permission, ctx.municipality?.id ?? null, target)) throw new ForbiddenError(permission);
}
