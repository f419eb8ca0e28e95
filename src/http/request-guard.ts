/**
 * Refuses requests no route could answer sensibly, before any route sees them: a path or query that
 * is not valid percent-encoding, or that holds a NUL or another control character (PostgreSQL refuses
 * NUL in text; CR and LF would end up in headers).
 */
import type { Context, MiddlewareHandler } from 'hono';

const CONTROL = /[\u0000-\u001f\u007f]/;

function decodesCleanly(raw: string): boolean {
  try {
    return !CONTROL.test(decodeURIComponent(raw.replace(/\+/g, ' ')));
  } catch {
    return false;
  }
}

export function requestGuard(badRequest: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  return async (c, next) => {
    const url = c.req.url;
    const start = url.indexOf('/', url.indexOf('//') + 2);
    const rest = start < 0 ? '/' : url.slice(start);
    const queryAt = rest.indexOf('?');
    const path = queryAt < 0 ? rest : rest.slice(0, queryAt);
    const query = queryAt < 0 ? '' : rest.slice(queryAt + 1);
    if (!path.split('/').every(decodesCleanly) || !query.split('&').every((pair) => pair.split('=').every(decodesCleanly))) {
      return badRequest(c);
    }
    return next();
  };
}
