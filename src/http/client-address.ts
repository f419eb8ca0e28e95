/** The address a request came from: behind a trusted proxy, the first one it forwards. For rate limits only. */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { ProxySettings } from './security.ts';

export function clientAddress(c: Context, { trustProxy }: ProxySettings): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Requests made in-process (app.request in tests) have no socket.
    return 'unknown';
  }
}
