/**
 * The composition root: one Hono app serving the public site, the open data API and the static
 * assets, behind the same security headers and request log.
 */
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import type { Database } from './db/database.ts';
import { problemResponse } from './http/api/problems.ts';
import { API_BASE_PATH, apiRoutes } from './http/api/routes.ts';
import { requestLog } from './http/request-log.ts';
import { csrfProtection, securityHeaders } from './http/security.ts';
import type { Logger } from './logger.ts';
import { siteNotFound, siteRoutes } from './site/routes.tsx';

const assetsRoot = fileURLToPath(new URL('./site/assets', import.meta.url));

export interface AppDeps {
  db: Database;
  logger: Logger;
}

export function createApp({ db, logger }: AppDeps): Hono {
  const app = new Hono();
  app.use(requestLog(logger));
  app.use(securityHeaders());
  app.use(csrfProtection());
  // Every page and answer is public and the same for everyone: revalidation saves returning visitors the body.
  app.use(etag());
  app.use(async (c, next) => {
    await next();
    if (c.req.method === 'GET' && c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
      c.res.headers.set('Cache-Control', 'public, max-age=60');
    }
  });
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.res.headers.set('Cache-Control', 'public, max-age=3600');
  });
  app.use('/assets/*', serveStatic({ root: assetsRoot, rewriteRequestPath: (path) => path.replace(/^\/assets/, '') }));
  app.route(API_BASE_PATH, apiRoutes({ db }));
  app.route('/', siteRoutes({ db }));
  app.notFound((c) =>
    c.req.path.startsWith(`${API_BASE_PATH}/`) ? problemResponse(c, 404, 'There is no such resource.') : siteNotFound(c));
  app.onError((error, c) => {
    logger.error({ err: error, path: c.req.path }, 'request failed');
    return c.text('Internal Server Error', 500);
  });
  return app;
}
