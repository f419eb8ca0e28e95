import { ForbiddenError } from '../domain/errors.ts';
import { can, type Permission } from '../domain/permissions.ts';
import type { Ctx } from './context.ts';

/** The first line of every use-case that needs a permission: throws when the actor may not. */
export function authorize(ctx: Ctx, permission: Permission): void {
  if (!can(ctx.actor, permission, ctx.municipality?.id ?? null)) throw new ForbiddenError(permission);
}
