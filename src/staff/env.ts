/** What the workspace's middleware learns of a request, for the routes after it. */
import type { Actor } from '../domain/actor.ts';
import type { Lang } from '../domain/language.ts';
import type { StaffMessages } from '../i18n/staff/index.ts';
import type { Person } from '../services/staff/people.ts';

export interface SignedIn {
  person: Person;
  actor: Actor;
  /** The session cookie's secret (to end the session at sign-out). */
  sessionSecret: string;
  /** Every form of the session carries it; a post without it is refused. */
  csrfToken: string;
  /** True while the second factor is still due: only finishing the sign-in is allowed. */
  complete: boolean;
}

export interface StaffEnv {
  Variables: {
    lang: Lang;
    t: StaffMessages;
    signedIn: SignedIn | null;
  };
}
