/**
 * What each role may do: the one place that decides access. Every service asks `authorize` before it
 * writes or reads what is not public; pages ask `can` only to show or hide controls. Row-level security
 * keeps municipalities apart; roles stay out of the database's policies.
 */
import type { Actor, Role } from './actor.ts';

export const PERMISSIONS = {
  /** Adding and removing municipalities is platform work: the operator's commands only. */
  'municipality.create': [],
  'followup.import': ['administrator', 'coordinator'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** The actor's roles in a municipality. */
export function rolesIn(actor: Actor, municipalityId: string | null): readonly Role[] {
  if (actor.kind !== 'staff' || municipalityId === null) return [];
  return actor.roles.get(municipalityId) ?? [];
}

/**
 * Whether the actor may do this in the municipality. The system (the operator's commands, background
 * work) may do everything; a visitor nothing that needs a permission.
 */
export function can(actor: Actor, permission: Permission, municipalityId: string | null): boolean {
  if (actor.kind === 'system') return true;
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return rolesIn(actor, municipalityId).some((role) => allowed.includes(role));
}
