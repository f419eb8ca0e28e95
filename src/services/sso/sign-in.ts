/**
 * Signing in with a municipality's OpenID Connect provider: the authorization code flow with PKCE,
 * state and nonce (openid-client does the protocol and checks the ID token: issuer, audience,
 * signature, expiry, nonce). What the callback must check is kept server-side (sso_logins) and used
 * once; the browser that started also holds the state in a cookie, so a callback finished in another
 * browser (login CSRF) is refused. People are known by issuer + subject (user_identities); a newcomer
 * whose e-mail domain the municipality allows gets an account and the provider's default role (none
 * unless the administrator chose one).
 *
 * The provider is talked to between transactions, never inside one: each step is its own transaction.
 */
import { and, eq, ne, sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import * as oidc from 'openid-client';
import { identityProviders, memberships, ssoLogins, userIdentities, users } from '../../db/schema.ts';
import type { Actor, Role } from '../../domain/actor.ts';
import { writeAudit } from '../audit.ts';
import { runRead, runWrite, type Store, type WriteCtx } from '../context.ts';
import { hitLimit, type Limit } from '../staff/rate-limit.ts';
import { hashSecret } from '../staff/secrets.ts';
import { secondFactorDue } from '../staff/second-factor-rule.ts';
import { createSession, endSession } from '../staff/sessions.ts';
import { normaliseEmail } from '../staff/sign-in.ts';
import { isLoopbackIssuer } from './providers.ts';
import { openSecret, sealSecret } from './secret-box.ts';

export const SSO_LOGIN_MINUTES = 10;
/** Each start writes a row: starts are limited per address, like password sign-ins. */
export const START_LIMIT: Limit = { bucket: 'sso-start:address', max: 30, windowSeconds: 15 * 60 };
const AUTH: Actor = { kind: 'system', name: 'auth' };

export interface ProviderRow {
  id: string;
  municipalityId: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  allowedDomains: string[];
  defaultRole: Role | null;
}

export const providerColumns = {
  id: identityProviders.id, municipalityId: identityProviders.municipalityId, issuer: identityProviders.issuer,
  clientId: identityProviders.clientId, clientSecret: identityProviders.clientSecret,
  allowedDomains: identityProviders.allowedDomains, defaultRole: identityProviders.defaultRole,
};

/**
 * Discovered configurations (metadata and, inside, the provider's keys, refetched when it signs with a
 * new one) are reused for an hour; a changed client or secret makes a new key, so a saved change applies at once.
 */
const configurations = new LRUCache<string, Promise<oidc.Configuration>>({ max: 200, ttl: 60 * 60 * 1000 });

/**
 * The provider's metadata, found from its issuer (plain http is allowed only on this machine). The ID
 * token's signature is checked against the provider's published keys too: the library skips that by
 * default for tokens fetched over TLS, and we do not want to trust the transport alone.
 */
export function discover(provider: ProviderRow): Promise<oidc.Configuration> {
  const key = [provider.id, provider.issuer, provider.clientId, provider.clientSecret].join('\n');
  const cached = configurations.get(key);
  if (cached) return cached;
  const execute = [oidc.enableNonRepudiationChecks, ...(isLoopbackIssuer(provider.issuer) ? [oidc.allowInsecureRequests] : [])];
  const found = oidc.discovery(new URL(provider.issuer), provider.clientId, openSecret(provider.clientSecret), undefined, { execute });
  configurations.set(key, found);
  // A provider that could not be reached is asked again next time.
  found.catch(() => configurations.delete(key));
  return found;
}

export type StartResult =
  | { kind: 'redirect'; url: string; state: string }
  | { kind: 'unknown' }
  | { kind: 'unavailable' }
  | { kind: 'rate_limited'; retryAfter: number };

/**
 * Where to send the browser to sign in with a provider of the municipality, and the state its cookie
 * must hold. `providerId` may be left out when the municipality has exactly one enabled provider.
 */
export async function startSsoSignIn(
  store: Store, input: { municipalitySlug: string; providerId?: string | undefined; redirectUri: string; next: string; address: string },
): Promise<StartResult> {
  const limited = await runWrite(store, { actor: AUTH, platform: true }, (ctx) => hitLimit(ctx, START_LIMIT, input.address));
  if (!limited.allowed) return { kind: 'rate_limited', retryAfter: limited.retryAfter };
  const candidates = await runRead(store, { actor: AUTH, platform: true, municipality: { slug: input.municipalitySlug } }, (ctx) =>
    ctx.tx.select(providerColumns).from(identityProviders).where(and(
      eq(identityProviders.municipalityId, ctx.municipality!.id), eq(identityProviders.enabled, true),
    )));
  const provider = input.providerId ? candidates.find((candidate) => candidate.id === input.providerId)
    : candidates.length === 1 ? candidates[0] : undefined;
  if (!provider) return { kind: 'unknown' };
  let config: oidc.Configuration;
  try {
    config = await discover(provider);
  } catch {
    return { kind: 'unavailable' };
  }
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  await runWrite(store, { actor: AUTH, platform: true }, async (ctx) => {
    await ctx.tx.delete(ssoLogins).where(sql`${ssoLogins.expiresAt} < now()`);
    await ctx.tx.insert(ssoLogins).values({
      stateHash: hashSecret(state), providerId: provider.id, nonce, codeVerifier, next: input.next,
      expiresAt: sql`now() + make_interval(mins => ${SSO_LOGIN_MINUTES})`,
    });
  });
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: input.redirectUri, scope: 'openid email profile', response_type: 'code',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier), code_challenge_method: 'S256', state, nonce,
  });
  return { kind: 'redirect', url: url.href, state };
}

export type SsoRefusal =
  /** No such sign-in in progress: unknown, expired, already used, or started in another browser. */
  | 'state'
  /** The provider's answer failed a check: an error answer, a bad code, an ID token that is not valid for us. */
  | 'token'
  /** No verified e-mail address of a domain the municipality allows. */
  | 'domain'
  | 'disabled'
  /** The address belongs to an account with roles in other municipalities: it signs in with its password. */
  | 'account_elsewhere'
  | 'unavailable'
  /** Too many sign-ins started from the address. */
  | 'rate_limited';

export type CompleteResult =
  | { kind: 'signed_in'; sessionSecret: string; userId: string; next: string; /** The person must still give a second factor. */ secondFactorDue: boolean }
  | { kind: 'refused'; reason: SsoRefusal };

/** What the audit log says of a refused answer: the provider's error code, or the check that failed (no tokens). */
function refusalDetails(error: unknown): Record<string, string> {
  if (error instanceof oidc.AuthorizationResponseError || error instanceof oidc.ResponseBodyError) return { code: error.code, error: error.error };
  if (!(error instanceof Error)) return { code: 'unexpected' };
  // The library wraps the failed check ("JWT signature verification failed") in a general one.
  let check: Error = error;
  while (check.cause instanceof Error) check = check.cause;
  return { code: (error as { code?: string }).code ?? 'unexpected', check: check.message.slice(0, 200) };
}

/**
 * Finishes a sign-in at the callback: `currentUrl` is the callback's public URL with the provider's
 * query, `cookieState` what the browser's cookie holds. The sign-in in progress is used up first, in its
 * own transaction, so that the same state is never good twice, whatever happens next.
 */
export async function completeSsoSignIn(
  store: Store, input: { currentUrl: URL; cookieState: string | null; previousSession: string | null },
): Promise<CompleteResult> {
  const state = input.currentUrl.searchParams.get('state');
  const auditRefusal = (reason: SsoRefusal, municipalityId: string | null, details: Record<string, unknown> = {}) =>
    runWrite(store, { actor: AUTH, platform: true, ...(municipalityId ? { municipality: { id: municipalityId } } : {}) }, (ctx) =>
      writeAudit(ctx, { action: 'auth.sso_refused', target: 'account:unknown', details: { reason, ...details } }));

  const login = state && state === input.cookieState
    ? await runWrite(store, { actor: AUTH, platform: true }, async (ctx) => {
      const [used] = await ctx.tx.delete(ssoLogins)
        .where(and(eq(ssoLogins.stateHash, hashSecret(state)), sql`${ssoLogins.expiresAt} > now()`))
        .returning({ providerId: ssoLogins.providerId, nonce: ssoLogins.nonce, codeVerifier: ssoLogins.codeVerifier, next: ssoLogins.next });
      if (!used) return null;
      const [provider] = await ctx.tx.select(providerColumns).from(identityProviders)
        .where(and(eq(identityProviders.id, used.providerId), eq(identityProviders.enabled, true)));
      return provider ? { ...used, provider } : null;
    })
    : null;
  if (!login) {
    await auditRefusal('state', null);
    return { kind: 'refused', reason: 'state' };
  }
  const { provider } = login;

  let claims: oidc.IDToken;
  let idToken: string | undefined;
  let email: unknown;
  let emailVerified: unknown;
  try {
    const config = await discover(provider);
    const tokens = await oidc.authorizationCodeGrant(config, input.currentUrl, {
      pkceCodeVerifier: login.codeVerifier, expectedState: state!, expectedNonce: login.nonce, idTokenExpected: true,
    });
    claims = tokens.claims()!;
    idToken = tokens.id_token;
    ({ email, email_verified: emailVerified } = claims);
    // Some providers put the address only in the userinfo answer.
    if (typeof email !== 'string') ({ email, email_verified: emailVerified } = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub));
  } catch (error) {
    await auditRefusal('token', provider.municipalityId, { provider: provider.id, ...refusalDetails(error) });
    return { kind: 'refused', reason: 'token' };
  }

  const address = typeof email === 'string' ? normaliseEmail(email) : '';
  const domain = address.split('@')[1] ?? '';
  if (!address || emailVerified === false || !provider.allowedDomains.includes(domain)) {
    await auditRefusal('domain', provider.municipalityId, { provider: provider.id });
    return { kind: 'refused', reason: 'domain' };
  }
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 100) : address;

  return runWrite(store, { actor: AUTH, platform: true, municipality: { id: provider.municipalityId } }, async (ctx) => {
    const userId = await personOf(ctx, provider, { subject: claims.sub, email: address, name });
    if (!userId) {
      await writeAudit(ctx, { action: 'auth.sso_refused', target: 'account:existing', details: { reason: 'account_elsewhere', provider: provider.id } });
      return { kind: 'refused', reason: 'account_elsewhere' } as const;
    }
    const [user] = await ctx.tx.select({ disabledAt: users.disabledAt, totpEnabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, userId));
    if (user?.disabledAt) {
      await writeAudit(ctx, { action: 'auth.sso_refused', target: `user:${userId}`, details: { reason: 'disabled', provider: provider.id } });
      return { kind: 'refused', reason: 'disabled' } as const;
    }
    // A new session every time (no fixation).
    if (input.previousSession) await endSession(ctx, input.previousSession);
    // The municipality's second-factor rule holds whatever the way in: the provider's own checks are not known here.
    const due = await secondFactorDue(ctx, userId, user?.totpEnabledAt != null);
    // Kept for signing out at the provider too; sealed like the client secret, since it names the person there.
    const sso = { providerId: provider.id, sealedIdToken: idToken ? sealSecret(idToken) : null };
    const sessionSecret = await createSession(ctx, userId, !due, `oidc:${provider.issuer}`, sso);
    await writeAudit(ctx, { action: 'auth.sign_in', target: `user:${userId}`, details: { method: 'oidc', provider: provider.id, secondFactorDue: due } });
    return { kind: 'signed_in', sessionSecret, userId, next: login.next, secondFactorDue: due } as const;
  });
}

/**
 * The person behind an identity: known by issuer + subject; otherwise the account with that address
 * (its domain is one the municipality vouches for), linked from now on unless it has roles in another
 * municipality (null); otherwise a new account with the provider's default role.
 */
async function personOf(ctx: WriteCtx, provider: ProviderRow, identity: { subject: string; email: string; name: string }): Promise<string | null> {
  const [known] = await ctx.tx.select({ userId: userIdentities.userId }).from(userIdentities)
    .where(and(eq(userIdentities.issuer, provider.issuer), eq(userIdentities.subject, identity.subject)));
  if (known) return known.userId;
  let [user] = await ctx.tx.select({ id: users.id }).from(users).where(eq(users.email, identity.email));
  if (user) {
    // A provider may vouch for an address only within its own municipality: an account with roles
    // elsewhere is never taken over through it (a provider's e-mail claim may be editable by its users).
    const [elsewhere] = await ctx.tx.select({ role: memberships.role }).from(memberships)
      .where(and(eq(memberships.userId, user.id), ne(memberships.municipalityId, provider.municipalityId))).limit(1);
    if (elsewhere) return null;
  } else {
    [user] = await ctx.tx.insert(users)
      .values({ email: identity.email, displayName: identity.name, lang: ctx.municipality!.languages[0] ?? 'fi' })
      .returning({ id: users.id });
    if (provider.defaultRole) {
      await ctx.tx.insert(memberships).values({ userId: user!.id, municipalityId: provider.municipalityId, role: provider.defaultRole });
    }
    await writeAudit(ctx, { action: 'user.create', target: `user:${user!.id}`, details: { via: 'oidc', provider: provider.id, role: provider.defaultRole } });
  }
  await ctx.tx.insert(userIdentities).values({ issuer: provider.issuer, subject: identity.subject, userId: user!.id });
  await writeAudit(ctx, { action: 'auth.sso_linked', target: `user:${user!.id}`, details: { provider: provider.id } });
  return user!.id;
}
