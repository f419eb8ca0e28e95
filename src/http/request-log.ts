import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logger.ts';

/** One line per request. The query string is left out: it can carry what a person typed. */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    logger.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  };
}
