/**
 * The server's local admin endpoint: how `tiekartta import …` and the other writing commands hand
 * their work to the server that holds the embedded database, so that it is written by the one
 * process that may open the data folder and is seen at once. Served on its own listener bound to the
 * loopback interface, and only to a caller with the token from the data folder's lock file.
 */
import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** Room for the largest file an import accepts, encoded in JSON. */
export const ADMIN_BODY_LIMIT = 32 * 1024 * 1024;

export interface AdminDeps {
  token: string;
  /** Runs the named operation with the caller's JSON input for the named operator; null when there is no such operation. */
  run(name: string, input: unknown, operator: string): Promise<unknown | null>;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function adminRoutes({ token, run }: AdminDeps): Hono {
  const app = new Hono();
  app.use(async (c, next) => {
    const given = c.req.header('authorization')?.replace(/^Bearer /, '') ?? '';
    if (!sameSecret(given, token)) return c.json({ error: 'unauthorized' }, 401);
    return next();
  });
  app.post('/operations/:name', bodyLimit({ maxSize: ADMIN_BODY_LIMIT }), async (c) => {
    const input: unknown = await c.req.json().catch(() => undefined);
    if (input === undefined) return c.json({ error: 'the body must be JSON' }, 400);
    const operator = c.req.header('x-tiekartta-operator')?.slice(0, 64) || 'unknown';
    const outcome = await run(c.req.param('name'), input, operator);
    return outcome === null ? c.json({ error: 'no such operation' }, 404) : c.json(outcome);
  });
  return app;
}
