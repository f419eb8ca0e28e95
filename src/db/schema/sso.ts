/**
 * Single sign-on in flight: a person who clicked "Sign in with …" and has not come back from the
 * provider yet. The row holds what the callback must check (state, nonce, the PKCE verifier); it is
 * keyed by the SHA-256 of the state, lives ten minutes and is deleted when used, so a state is good once.
 */
import { sql } from 'drizzle-orm';
import { pgPolicy, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appRole, createdAt } from './columns.ts';
import { identityProviders } from './staff.ts';

export const ssoLogins = pgTable(
  'sso_logins',
  {
    stateHash: text('state_hash').primaryKey(),
    providerId: uuid('provider_id').notNull().references(() => identityProviders.id, { onDelete: 'cascade' }),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    /** Where to go in the workspace once signed in. */
    next: text('next').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  // Written and read by the sign-in machinery at platform level, before anyone is signed in.
  () => [pgPolicy('platform_rows', { for: 'all', to: appRole, using: sql`true`, withCheck: sql`true` })],
);
