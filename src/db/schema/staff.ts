/**
 * The staff workspace: people, their roles per municipality, sign-in (passwords, second factor,
 * single sign-on, sessions, one-time links, API tokens), the mail outbox and rate limits.
 *
 * People and sessions belong to the platform, not to one municipality: one person may work for several.
 * Their rows are reached only through services that check the session first; roles, identity providers,
 * API tokens and outgoing mail are tenant rows like any other.
 */
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, jsonb, pgPolicy, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { Role } from '../../domain/actor.ts';
import type { Lang } from '../../domain/language.ts';
import { AT_PLATFORM_LEVEL, CURRENT_MUNICIPALITY, CURRENT_USER, IN_CURRENT_MUNICIPALITY, appRole, createdAt, id, tenantPolicy, version } from './columns.ts';
import { actions, municipalities } from './content.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });
const tenantId = () => uuid('municipality_id').notNull().references(() => municipalities.id, { onDelete: 'cascade' });
/** Everyone may read and write: services guard these rows (see the file comment). */
const platformPolicy = () => pgPolicy('platform_rows', { for: 'all', to: appRole, using: sql`true`, withCheck: sql`true` });

export const users = pgTable(
  'users',
  {
    id: id(),
    /** Lower-cased; personal data: never logged, never in the open API. */
    email: text('email').notNull().unique(),
    displayName: text('display_name').notNull(),
    /** The language of the workspace and of the mail sent to the person. */
    lang: text('lang').$type<Lang>().notNull().default('fi'),
    /** argon2id (PHC string); null for a person who signs in only with single sign-on or has not set one yet. */
    passwordHash: text('password_hash'),
    /** The authenticator app's shared secret (base32), once the person has confirmed it with a code. */
    totpSecret: text('totp_secret'),
    totpEnabledAt: at('totp_enabled_at'),
    /** The time step of the last code accepted, so that no code is accepted twice. */
    totpLastStep: integer('totp_last_step'),
    /** Consecutive failed sign-ins; reset by a successful one. */
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: at('locked_until'),
    disabledAt: at('disabled_at'),
    version: version(),
    createdAt: createdAt(),
  },
  () => [platformPolicy()],
);

/** Roles per municipality. A person sees their own roles everywhere (to switch municipality). */
export const memberships = pgTable(
  'memberships',
  {
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    municipalityId: tenantId(),
    role: text('role').$type<Role>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.municipalityId, t.role] }),
    index('memberships_municipality_idx').on(t.municipalityId),
    pgPolicy('tenant_or_own', {
      for: 'select', to: appRole,
      using: sql`municipality_id = ${CURRENT_MUNICIPALITY} or user_id = ${CURRENT_USER} or ${AT_PLATFORM_LEVEL}`,
    }),
    pgPolicy('tenant_write', { for: 'insert', to: appRole, withCheck: sql`${IN_CURRENT_MUNICIPALITY} or ${AT_PLATFORM_LEVEL}` }),
    pgPolicy('tenant_delete', { for: 'delete', to: appRole, using: sql`${IN_CURRENT_MUNICIPALITY} or ${AT_PLATFORM_LEVEL}` }),
  ],
);

/** A person's account at an identity provider (single sign-on), keyed as the provider keys it. */
export const userIdentities = pgTable(
  'user_identities',
  {
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), platformPolicy()],
);

/**
 * A signed-in browser. The cookie holds a random secret; the row is keyed by its SHA-256, so a leaked
 * database does not yield usable sessions. Rotated at sign-in (no fixation), ended on the server at sign-out.
 */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    /** False between the password and the second factor: such a session may only complete the sign-in. */
    complete: boolean('complete').notNull(),
    /** How the person signed in: "password", "password+totp", "oidc:<issuer>". */
    method: text('method').notNull(),
    /** The secret forms of this session carry (CSRF token). */
    csrfSecret: text('csrf_secret').notNull(),
    createdAt: createdAt(),
    lastSeenAt: at('last_seen_at').notNull().defaultNow(),
    /** The absolute limit, whatever the activity. */
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), platformPolicy()],
);

/** One-time links sent by mail (set a password, reset it), keyed by the SHA-256 of the link's secret. */
export const oneTimeTokens = pgTable(
  'one_time_tokens',
  {
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').$type<'set_password' | 'reset_password'>().notNull(),
    expiresAt: at('expires_at').notNull(),
    usedAt: at('used_at'),
    createdAt: createdAt(),
  },
  (t) => [index('one_time_tokens_user_idx').on(t.userId), platformPolicy()],
);

/** Second-factor recovery codes, each usable once, stored as argon2id hashes. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: id(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: at('used_at'),
    createdAt: createdAt(),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId), platformPolicy()],
);

/** Personal API tokens for the staff JSON API: scoped to one municipality, acting with the person's roles there. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    municipalityId: tenantId(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** SHA-256 of the token; the token itself is shown once, at creation. */
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
    lastUsedAt: at('last_used_at'),
    revokedAt: at('revoked_at'),
    /** After this moment the token is refused; null: until revoked. */
    expiresAt: at('expires_at'),
  },
  (t) => [
    index('api_tokens_user_idx').on(t.userId),
    pgPolicy('tenant_or_own', {
      for: 'all', to: appRole,
      using: sql`municipality_id = ${CURRENT_MUNICIPALITY} or user_id = ${CURRENT_USER} or ${AT_PLATFORM_LEVEL}`,
      withCheck: sql`municipality_id = ${CURRENT_MUNICIPALITY} or ${AT_PLATFORM_LEVEL}`,
    }),
  ],
);

/** A municipality's single sign-on (OpenID Connect: the city's Entra ID or any provider). */
export const identityProviders = pgTable(
  'identity_providers',
  {
    id: id(),
    municipalityId: tenantId(),
    /** Shown on the sign-in button: "Porvoon kaupungin tunnus". */
    label: text('label').notNull(),
    issuer: text('issuer').notNull(),
    clientId: text('client_id').notNull(),
    /** Never shown again once saved. */
    clientSecret: text('client_secret').notNull(),
    /** Only e-mail addresses of these domains may sign in (lower-case, e.g. "porvoo.fi"). */
    allowedDomains: text('allowed_domains').array().$type<string[]>().notNull().default(sql`'{}'::text[]`),
    /** The role a new person gets at first sign-in; none until an administrator grants one. */
    defaultRole: text('default_role').$type<Role>(),
    enabled: boolean('enabled').notNull().default(true),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    unique().on(t.municipalityId, t.issuer),
    // Signing in starts before any municipality is chosen: the provider list is read at platform level.
    pgPolicy('tenant_or_platform', {
      for: 'all', to: appRole,
      using: sql`${IN_CURRENT_MUNICIPALITY} or ${AT_PLATFORM_LEVEL}`,
      withCheck: IN_CURRENT_MUNICIPALITY,
    }),
  ],
);

/** Settings of a municipality's workspace. */
export const municipalitySettings = pgTable(
  'municipality_settings',
  {
    municipalityId: uuid('municipality_id').primaryKey().references(() => municipalities.id, { onDelete: 'cascade' }),
    /** Roles that must sign in with a second factor. */
    mfaRequiredFor: text('mfa_required_for').array().$type<Role[]>().notNull().default(sql`'{}'::text[]`),
    /** Days before a round's deadline on which owners with missing updates are reminded (and on the day itself). */
    reminderDaysBefore: integer('reminder_days_before').array().$type<number[]>().notNull().default(sql`'{7,1}'::integer[]`),
    version: version(),
  },
  // Signing in reads whether the person's municipalities require a second factor, before one is chosen.
  () => [
    tenantPolicy(),
    pgPolicy('platform_read', { for: 'select', to: appRole, using: AT_PLATFORM_LEVEL }),
    // A person's own security page asks whether any municipality they work in requires a second factor.
    pgPolicy('member_read', {
      for: 'select', to: appRole,
      using: sql`municipality_id in (select m.municipality_id from memberships m where m.user_id = ${CURRENT_USER})`,
    }),
  ],
);

/** A steering-group comment on an action, kept with it. */
export const actionComments = pgTable(
  'action_comments',
  {
    id: id(),
    municipalityId: tenantId(),
    actionId: uuid('action_id').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.municipalityId, t.actionId], foreignColumns: [actions.municipalityId, actions.id] }).onDelete('cascade'),
    index('action_comments_action_idx').on(t.actionId, t.createdAt),
    tenantPolicy(),
  ],
);

/**
 * Mail to send, written in the same transaction as the decision to send it, and sent by a worker
 * (services/outbox). `dedupeKey` makes a decision idempotent: the same reminder is never queued twice.
 * Holds an address (personal data): readable only in its municipality, and by the worker through
 * the functions of its migration.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: id(),
    /** Null for platform mail (a password link for a person not yet in a municipality). */
    municipalityId: uuid('municipality_id').references(() => municipalities.id, { onDelete: 'cascade' }),
    dedupeKey: text('dedupe_key').unique(),
    kind: text('kind').notNull(),
    recipient: text('recipient').notNull(),
    lang: text('lang').$type<Lang>().notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    headers: jsonb('headers').$type<Record<string, string>>().notNull().default({}),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: at('next_attempt_at').notNull().defaultNow(),
    sentAt: at('sent_at'),
    /** Set when the last attempt failed for good; the workspace shows it. */
    failedAt: at('failed_at'),
    lastError: text('last_error'),
    createdAt: createdAt(),
  },
  (t) => [
    index('outbox_due_idx').on(t.nextAttemptAt).where(sql`sent_at is null and failed_at is null`),
    pgPolicy('tenant_or_platform', {
      for: 'all', to: appRole,
      using: sql`${IN_CURRENT_MUNICIPALITY} or (municipality_id is null and ${AT_PLATFORM_LEVEL})`,
      withCheck: sql`${IN_CURRENT_MUNICIPALITY} or (municipality_id is null and ${AT_PLATFORM_LEVEL})`,
    }),
  ],
);

/**
 * Fixed-window counters for rate limits (sign-in per address and per account, public forms). Keys
 * are hashes, never addresses. Shared by every process of a deployment.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    bucket: text('bucket').notNull(),
    keyHash: text('key_hash').notNull(),
    windowStart: at('window_start').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.keyHash, t.windowStart] }), platformPolicy()],
);
