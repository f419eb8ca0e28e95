import type { MiddlewareHandler } from 'hono';

/**
 * Marks a public router's answers as the same for everyone: shared caches may keep them but must
 * revalidate (the ETag changes with the content), and the app's response cache may keep them.
 * A route that answers one visitor only (a form with a token) sets its own Cache-Control.
 */
export const publicAnswers: MiddlewareHandler = async (c, next) => {
  await next();
  if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'public, no-cache');
};
