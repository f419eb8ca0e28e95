/**
 * The session cookie: HttpOnly, SameSite=Lax, for the whole site. Over HTTPS it is a `__Host-` cookie
 * (Secure, no Domain, Path=/), which a subdomain or a plain-HTTP page cannot set or overwrite; on a
 * developer's plain-HTTP localhost it has to go without the prefix, which requires Secure.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE_MARK } from '../http/cache-scopes.ts';
import { publicOrigin, type ProxySettings } from '../http/security.ts';

const overHttps = (c: Context, proxy: ProxySettings) => publicOrigin(c, proxy).startsWith('https:');

export function readSessionCookie(c: Context, proxy: ProxySettings): string | null {
  return getCookie(c, SESSION_COOKIE_MARK, overHttps(c, proxy) ? 'host' : undefined) ?? null;
}

export function writeSessionCookie(c: Context, proxy: ProxySettings, secret: string): void {
  const options = { httpOnly: true, sameSite: 'Lax', path: '/' } as const;
  if (overHttps(c, proxy)) setCookie(c, SESSION_COOKIE_MARK, secret, { ...options, secure: true, prefix: 'host' });
  else setCookie(c, SESSION_COOKIE_MARK, secret, options);
}

export function clearSessionCookie(c: Context, proxy: ProxySettings): void {
  if (overHttps(c, proxy)) deleteCookie(c, SESSION_COOKIE_MARK, { path: '/', secure: true, prefix: 'host' });
  else deleteCookie(c, SESSION_COOKIE_MARK, { path: '/' });
}
