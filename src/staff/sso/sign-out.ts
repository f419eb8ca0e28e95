/** Where the browser goes after signing out: our sign-in page, by way of the provider's sign-out for a single sign-on session. */
import type { Context } from 'hono';
import { publicOrigin, type ProxySettings } from '../../http/security.ts';
import type { Store } from '../../services/context.ts';
import { providerSignOutUrl } from '../../services/sso/sign-out.ts';
import type { SsoSessionLink } from '../../services/staff/sessions.ts';
import { staffUrls } from '../urls.ts';

export const SIGNED_OUT_PATH = `${staffUrls.signIn}?notice=signed_out`;

export async function signedOutDestination(c: Context, store: Store, proxy: ProxySettings, sso: SsoSessionLink | null): Promise<string> {
  return (await providerSignOutUrl(store, sso, `${publicOrigin(c, proxy)}${SIGNED_OUT_PATH}`)) ?? SIGNED_OUT_PATH;
}
