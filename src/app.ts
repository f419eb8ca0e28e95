/**
 * The composition root: one Hono app serving the public site, the open data API and the static
 * assets, behind the same request log, guards and security headers, with public answers cached by
 * content epoch.
 */
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { PUBLIC } from './domain/actor.ts';
import { isProblemStatus, problemResponse } from './http/api/problems.ts';
import { API_BASE_PATH, apiRoutes, openDataHeaders } from './http/api/routes.ts';
import { cacheScopes, SESSION_COOKIE_MARK } from './http/cache-scopes.ts';
import { requestGuard } from './http/request-guard.ts';
import { requestLog } from './http/request-log.ts';
import { createResponseCache, type ResponseCache } from './http/response-cache.ts';
import { csrfProtection, securityHeaders, type ProxySettings } from './http/security.ts';
import type { Lifecycle } from './http/serve.ts';
import type { Logger } from './logger.ts';
import { runRead, type Store } from './services/context.ts';
import { preferredLanguage } from './site/request-language.ts';
import { siteError, siteRoutes } from './site/routes.tsx';
import { ideaPages } from './site/ideas/routes.tsx';
import { staffRoutes } from './staff/routes.tsx';

const assetsRoot = fileURLToPath(new URL('./site/assets', import.meta.url));

export interface AppDeps {
  store: Store;
  logger: Logger;
  lifecycle?: Lifecycle;
  proxy?: ProxySettings;
  /** Bytes the response cache may hold. */
  cacheBytes?: number;
  /** Changes with each release (see buildId in cli/start.ts). */
  buildId?: string;
}

const isApi = (c: Context) => c.req.path === API_BASE_PATH || c.req.path.startsWith(`${API_BASE_PATH}/`);

/** The app and its response cache, which the server's fast path (http/node-listener.ts) reads too. */
export interface ServedApp {
  app: Hono;
  cache: ResponseCache;
}

export function createApp(deps: AppDeps): Hono {
  return createServedApp(deps).app;
}

export function createServedApp({ store, logger, lifecycle = { draining: false }, proxy = { trustProxy: false }, cacheBytes = 64 * 1024 * 1024, buildId = 'dev' }: AppDeps): ServedApp {
  const app = new Hono();
  const cache = createResponseCache({
    epochs: store.epochs,
    scopesOf: cacheScopes,
    variantOf: (path, acceptLanguage) => (path === '/' ? preferredLanguage(acceptLanguage) : ''),
    buildId,
    maxBytes: cacheBytes,
    sessionCookie: SESSION_COOKIE_MARK,
  });
  const badRequest = (c: Context) => (isApi(c) ? problemResponse(c, 400, 'The address is not valid: malformed percent-encoding or a control character.') : siteError(c, 'bad_request'));

  app.use(requestLog(logger));
  app.use(async (c, next) => {
    await next();
    if (lifecycle.draining) c.res.headers.set('Connection', 'close');
  });
  // Outside the guard and the cache: every answer gets the headers decided for its own request
  // (HSTS only over HTTPS), never those stored with a cached answer of another request.
  app.use(securityHeaders(proxy));
  app.use(`${API_BASE_PATH}/*`, openDataHeaders);
  app.use(requestGuard(badRequest));
  app.get('/healthz', (c) => c.text('ok', 200, { 'Cache-Control': 'no-store' }));
  app.get('/readyz', async (c) => {
    if (lifecycle.draining) return c.text('stopping', 503, { 'Cache-Control': 'no-store' });
    // The database answers as the application, and it was migrated before the server began to listen.
    await runRead(store, { actor: PUBLIC }, async (ctx) => ctx.tx.execute('select 1'));
    return c.text('ready', 200, { 'Cache-Control': 'no-store' });
  });
  app.use(cache.middleware);
  app.use(csrfProtection(proxy));
  // Nothing is cacheable unless a public route says so.
  app.use(async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'private, no-store');
  });
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.res.headers.set('Cache-Control', 'public, max-age=3600');
  });
  app.use('/assets/*', serveStatic({ root: assetsRoot, rewriteRequestPath: (path) => path.replace(/^\/assets/, '') }));
  app.route(API_BASE_PATH, apiRoutes({ store }));
  // The rest of the API's path is the API's too: a problem, never a page that reads `api` as a municipality.
  const noSuchResource = (c: Context) => problemResponse(c, 404, 'There is no such resource.');
  app.all(API_BASE_PATH, noSuchResource);
  app.all(`${API_BASE_PATH}/*`, noSuchResource);
  app.get('/staff/', (c) => c.redirect('/staff', 301));
  app.route('/staff', staffRoutes({ store, proxy }));
  app.route('/', ideaPages({ store, proxy }));
  app.route('/', siteRoutes({ store }));
  app.notFound((c) => (isApi(c) ? noSuchResource(c) : siteError(c, 'not_found')));
  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      const status = error.status;
      if (status >= 500) logger.error({ err: error, path: c.req.path }, 'request failed');
      if (isApi(c) && isProblemStatus(status)) return problemResponse(c, status, error.message || 'The request was refused.');
      return error.getResponse();
    }
    logger.error({ err: error, path: c.req.path }, 'request failed');
    return isApi(c) ? problemResponse(c, 500, 'Something went wrong on our side.') : siteError(c, 'server_error');
  });
  return { app, cache };
}
