/**
 * What each role may do: the one place that decides access. Every service asks `authorize` before it
 * writes or reads what is not public; pages ask `can` only to show or hide controls. Row-level security
 * keeps municipalities apart; roles stay out of the database's policies.
 *
 * - administrator: the municipality's people, roles, sign-in settings and the audit log;
 * - coordinator: everything in the programmes (structure, actions, rounds, imports, reminders);
 * - action_owner: the actions assigned to them (their fields and their status in an open round);
 * - steering_member: reads everything, unpublished rounds included, and comments on actions;
 * - viewer: reads everything.
 */
import type { Actor, Role } from './actor.ts';

const EVERYONE = ['administrator', 'coordinator', 'action_owner', 'steering_member', 'viewer'] as const;

export const PERMISSIONS = {
  /** Adding and removing municipalities is platform work: the operator's commands only. */
  'municipality.create': [],
  /** The national catalog of projects is shared by every municipality: only the operator imports it. */
  'catalog.import': [],
  /** Opening the workspace at all, and reading what the public does not see (open rounds, owners). */
  'unpublished.read': EVERYONE,
  /** Exporting unpublished data (audited). */
  'unpublished.export': ['administrator', 'coordinator', 'steering_member', 'viewer'],
  'followup.import': ['administrator', 'coordinator'],
  'programme.edit': ['coordinator'],
  'metrics.enter': ['coordinator'],
  /** An action owner edits the actions assigned to them: see `ownerMayAlso`. */
  'action.edit': ['coordinator'],
  'action.comment': ['coordinator', 'steering_member'],
  /** Recording roadmap versions and taking over an earlier programme's unfinished actions. */
  'roadmap.edit': ['coordinator'],
  /** Recording the board's approval, which freezes a roadmap version. */
  'roadmap.approve': ['coordinator'],
  'round.open': ['coordinator'],
  'round.close': ['coordinator'],
  'round.reopen': ['coordinator'],
  'round.remind': ['coordinator'],
  /** Entering a status in an open round: the coordinator for any action, an owner for their own. */
  'status.edit': ['coordinator'],
  'status.confirm': ['coordinator'],
  'users.manage': ['administrator'],
  'settings.edit': ['administrator'],
  'audit.read': ['administrator'],
  'outbox.read': ['administrator', 'coordinator'],
  /** Ideas: moderating, merging, importing and recording decisions; evaluating; sending one from the workspace; erasing a sender's data. */
  'idea.manage': ['coordinator'],
  'idea.evaluate': ['coordinator', 'steering_member'],
  'idea.submit': EVERYONE,
  'idea.personal_data': ['administrator'],
  /** Personal API tokens act with the person's own roles. */
  'api_token.manage': EVERYONE,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Permissions an action owner also has on the actions assigned to them. */
const OWNER_MAY_ALSO: readonly Permission[] = ['action.edit', 'status.edit'];

/** What a permission is asked about, when the answer depends on it. */
export interface Target {
  /** The person an action is assigned to. */
  actionOwnerId?: string | null;
}

/** The actor's roles in a municipality. */
export function rolesIn(actor: Actor, municipalityId: string | null): readonly Role[] {
  if (actor.kind !== 'staff' || municipalityId === null) return [];
  return actor.roles.get(municipalityId) ?? [];
}

/**
 * Whether the actor may do this in the municipality (to this target). The system (the operator's
 * commands, background work) may do everything; a visitor nothing that needs a permission.
 */
export function can(actor: Actor, permission: Permission, municipalityId: string | null, target: Target = {}): boolean {
  if (actor.kind === 'system') return true;
  const roles = rolesIn(actor, municipalityId);
  const allowed: readonly Role[] = PERMISSIONS[permission];
  if (roles.some((role) => allowed.includes(role))) return true;
  return actor.kind === 'staff' && roles.includes('action_owner') && OWNER_MAY_ALSO.includes(permission)
    && target.actionOwnerId !== undefined && target.actionOwnerId === actor.userId;
}
