import type { Context, MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import { REPORT_STYLE_SOURCE } from '../io/reports/html-style.ts';

export interface ProxySettings {
  /** Behind a reverse proxy that terminates TLS: believe its X-Forwarded-Proto and X-Forwarded-Host. */
  trustProxy: boolean;
}

export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/** The scheme the visitor's browser used: behind a trusted proxy, the one it forwards. */
export function requestScheme(ownScheme: string, forwardedProto: string | undefined, { trustProxy }: ProxySettings): string {
  const proto = trustProxy ? forwardedProto?.split(',')[0]?.trim() : undefined;
  return proto === 'https' || proto === 'http' ? proto : ownScheme;
}

/** The origin the visitor's browser sees: behind a trusted proxy, the one it forwards. */
export function publicOrigin(c: Context, proxy: ProxySettings): string {
  const url = new URL(c.req.url);
  if (!proxy.trustProxy) return url.origin;
  const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim();
  return `${requestScheme(url.protocol.slice(0, -1), c.req.header('x-forwarded-proto'), proxy)}://${host || url.host}`;
}

/**
 * Strict by default: own styles and scripts only, forms post only to us, no framing (one policy:
 * CSP frame-ancestors), and HSTS only on answers that really went over HTTPS.
 */
export function securityHeaders(proxy: ProxySettings): MiddlewareHandler {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      // The HTML report carries its own stylesheet, allowed by its hash.
      styleSrc: ["'self'", REPORT_STYLE_SOURCE],
      scriptSrc: ["'self'"],
      imgSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: false,
    strictTransportSecurity: false,
    referrerPolicy: 'strict-origin-when-cross-origin',
    // Set below unless a router chose otherwise (the open data API lets other sites load it).
    crossOriginResourcePolicy: false,
  });
  return async (c, next) => {
    await headers(c, next);
    if (!c.res.headers.has('Cross-Origin-Resource-Policy')) c.res.headers.set('Cross-Origin-Resource-Policy', 'same-origin');
    if (publicOrigin(c, proxy).startsWith('https:')) c.res.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  };
}

/**
 * Rejects cross-site form posts: state-changing requests come only from our own pages. The staff
 * JSON API is the exception: it knows its callers only by a bearer token, never by a cookie, and no
 * cross-site form can send one; its body-less posts (close a round…) come from integrations.
 */
export function csrfProtection(proxy: ProxySettings): MiddlewareHandler {
  const guard = csrf({ origin: (origin, c) => origin === publicOrigin(c, proxy) });
  return (c, next) =>
    c.req.path.startsWith('/api/v1/staff/') && /^Bearer\s/i.test(c.req.header('authorization') ?? '') ? next() : guard(c, next);
}
