/**
 * Refuses requests no route could answer sensibly, before any route sees them: a path or query that
 * is not valid percent-encoding, or that holds a NUL or another control character (PostgreSQL refuses
 * NUL in text; CR and LF would end up in headers), and a form or JSON body with a NUL in any value
 * (text fields may hold line breaks and tabs, but no column can hold a NUL). Hono keeps the parsed
 * body, so the route reads it again for free.
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

function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value !== null && typeof value === 'object') return Object.entries(value).some(([key, inner]) => key.includes('\u0000') || holdsNul(inner));
  return false;
}

async function bodyHoldsNul(c: Context): Promise<boolean> {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return false;
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
    return holdsNul(await c.req.parseBody({ all: true }).catch(() => ({})));
  }
  // A body that is not JSON is the route's to refuse; one that is must not carry a NUL into a column.
  if (/^application\/([\w.+-]*\+)?json/.test(type)) return holdsNul(await c.req.json().catch(() => null));
  return false;
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
    if (await bodyHoldsNul(c)) return badRequest(c);
    return next();
  };
}
