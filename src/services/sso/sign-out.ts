/**
 * Signing out of a session that came from single sign-on ends it at the provider too, when the
 * provider offers an end_session_endpoint (OpenID Connect RP-Initiated Logout): the browser is sent
 * there with the session's ID token as a hint and our sign-in page to come back to. Our own session
 * is already ended by then; a provider that cannot be reached only leaves its own session alive.
 */
import { eq } from 'drizzle-orm';
import * as oidc from 'openid-client';
import { identityProviders } from '../../db/schema.ts';
import type { Actor } from '../../domain/actor.ts';
import { runRead, type Store } from '../context.ts';
import type { SsoSessionLink } from '../staff/sessions.ts';
import { openSecret } from './secret-box.ts';
import { discover, providerColumns } from './sign-in.ts';

const AUTH: Actor = { kind: 'system', name: 'auth' };

/** Where to send the browser to sign out at the provider as well; null when there is nothing to end there. */
export async function providerSignOutUrl(store: Store, sso: SsoSessionLink | null, postLogoutRedirectUri: string): Promise<string | null> {
  if (!sso) return null;
  const [provider] = await runRead(store, { actor: AUTH, platform: true }, (ctx) =>
    ctx.tx.select(providerColumns).from(identityProviders).where(eq(identityProviders.id, sso.providerId)));
  if (!provider) return null;
  try {
    const config = await discover(provider);
    if (!config.serverMetadata().end_session_endpoint) return null;
    const parameters: Record<string, string> = { post_logout_redirect_uri: postLogoutRedirectUri };
    if (sso.sealedIdToken) parameters.id_token_hint = openSecret(sso.sealedIdToken);
    return oidc.buildEndSessionUrl(config, parameters).href;
  } catch {
    // Unreachable provider or a key since changed: signed out here all the same.
    return null;
  }
}
