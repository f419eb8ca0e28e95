/** Who is asking: a visitor of the public site, a signed-in member of staff, or the system itself. */

/** Roles a person can have in a municipality (one person may have roles in several). */
export const ROLES = ['administrator', 'coordinator', 'action_owner', 'steering_member', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** The sign-in machinery acts as 'auth' until it knows who signs in. */
export type SystemName = 'cli' | 'worker' | 'demo' | 'test' | 'auth' | 'bench';

export type Actor =
  | { kind: 'public' }
  /** `roles` by municipality id. */
  | { kind: 'staff'; userId: string; roles: ReadonlyMap<string, readonly Role[]> }
  /** Commands run by whoever operates the installation, and background work; `onBehalfOf` names the operator. */
  | { kind: 'system'; name: SystemName; onBehalfOf?: string };

export const PUBLIC: Actor = { kind: 'public' };

/** The actor as recorded in history and the audit log: an id or a name, never a person's name or e-mail. */
export function actorId(actor: Actor): string {
  switch (actor.kind) {
    case 'public':
      return 'public';
    case 'staff':
      return `user:${actor.userId}`;
    case 'system':
      return actor.onBehalfOf ? `${actor.name}:${actor.onBehalfOf}` : actor.name;
  }
}
