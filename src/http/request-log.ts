import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logger.ts';

/**
 * One line per request. The query string is left out: it can carry what a person typed. At debug
 * level also a line when a request begins, so that one that never ended (a stop that cut it) shows.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    logger.debug({ method: c.req.method, path: c.req.path }, 'request started');
    await next();
    logger.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  };
}
