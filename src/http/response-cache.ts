/**
 * A cache of rendered public answers, keyed by the request and by the epochs of the content the
 * answer shows (db/epochs.ts). Every write bumps the epochs of what it changed in its own
 * transaction, so a cached answer is never stale and nothing expires by time; the cache is bounded
 * by memory instead (least recently used first out). The ETag is derived from the same key, so a
 * client that revalidates gets its 304 before anything is rendered or read.
 *
 * Only answers that are the same for everyone are kept: a response must say `Cache-Control: public`
 * (public routes opt in), set no cookie, and the request must carry no session.
 *
 * Two ways in: `middleware` inside the app (renders and stores on a miss), and `find` for the server's
 * fast path (http/node-listener.ts), which answers a hit before the request reaches the app at all.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';
import type { EpochClock } from '../db/epochs.ts';

export interface CachedAnswer {
  etag: string;
  status: number;
  body: Uint8Array;
  headers: Record<string, string>;
  /**
   * The headers the whole app sent with this answer, those added around the cache (security, CORS)
   * included, minus the ones decided per request: recorded the first time the answer leaves the
   * server, and what the fast path sends.
   */
  sentHeaders?: Record<string, string>;
}

/** What a cache lookup needs of a request. */
export interface CacheRequest {
  method: string;
  /** The path as the app routes it (decoded). */
  path: string;
  /** The query string without its `?`, or ''. */
  query: string;
  cookie: string | undefined;
  acceptLanguage: string | undefined;
  ifNoneMatch: string | undefined;
}

export interface ResponseCacheOptions {
  epochs: EpochClock;
  /** The content scopes an answer at this path depends on (epoch scopes), or null for one not to cache. */
  scopesOf(path: string): readonly string[] | null;
  /** Parts of the request besides path and query that change the answer (the browser's language). */
  variantOf(path: string, acceptLanguage: string | undefined): string;
  /** Changes with the code, so a new version never answers 304 to the old one's pages. */
  buildId: string;
  maxBytes: number;
  /** Requests carrying this cookie are someone's own: never served from or stored in the cache. */
  sessionCookie: string;
}

export interface Lookup {
  etag: string;
  hit: CachedAnswer | undefined;
  /** Whether the request's If-None-Match names this ETag: the answer is a 304. */
  notModified: boolean;
}

/** Where the middleware leaves the answer it served or stored, for whoever called the app (c.env). */
export interface CacheSlot {
  answer?: CachedAnswer;
}
export const CACHE_SLOT = 'tiekartta.cacheSlot';

export interface ResponseCache {
  middleware: MiddlewareHandler;
  find(request: CacheRequest): Promise<Lookup | null>;
}

/** Headers a 304 keeps: what the client needs to keep using its copy (RFC 9110 §15.4.5), and CORS. */
const NOT_MODIFIED_HEADERS = new Set([
  'cache-control', 'etag', 'vary', 'access-control-allow-origin', 'access-control-expose-headers', 'content-location',
]);

/** The headers of an answer's 304. */
export function notModifiedHeaders(headers: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (NOT_MODIFIED_HEADERS.has(name)) kept[name] = value;
  return kept;
}

function sortedQuery(query: string): string {
  const params = new URLSearchParams(query);
  params.sort();
  return params.toString();
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  return ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  const cache = new LRUCache<string, CachedAnswer>({
    maxSize: options.maxBytes,
    sizeCalculation: (entry) => entry.body.byteLength + 512,
  });

  /** The request's ETag and cache key, or null when it may not be served from the cache. */
  async function locate(request: CacheRequest): Promise<{ etag: string; cacheKey: string } | null> {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || request.cookie?.includes(options.sessionCookie)) return null;
    const scopes = options.scopesOf(request.path);
    if (!scopes) return null;
    const epochs = await options.epochs.read(scopes);
    const version = scopes.map((scope) => epochs.get(scope) ?? 0).join('.');
    const key = `${request.path}?${sortedQuery(request.query)}#${options.variantOf(request.path, request.acceptLanguage)}`;
    const etag = `"${options.buildId}-${version}-${createHash('sha1').update(key).digest('base64url').slice(0, 12)}"`;
    return { etag, cacheKey: `${version}|${key}` };
  }

  async function find(request: CacheRequest): Promise<Lookup | null> {
    const located = await locate(request);
    if (!located) return null;
    const hit = cache.get(located.cacheKey);
    return { etag: located.etag, hit, notModified: matches(request.ifNoneMatch, located.etag) };
  }

  const middleware: MiddlewareHandler = async (c, next) => {
    const url = c.req.url;
    const at = url.indexOf('?');
    const request: CacheRequest = {
      method: c.req.method,
      path: c.req.path,
      query: at < 0 ? '' : url.slice(at + 1),
      cookie: c.req.header('cookie'),
      acceptLanguage: c.req.header('accept-language'),
      ifNoneMatch: c.req.header('if-none-match'),
    };
    const located = await locate(request);
    if (!located) return next();
    const slot = (c.env as Record<string, CacheSlot | undefined> | undefined)?.[CACHE_SLOT];
    const hit = cache.get(located.cacheKey);
    if (hit) {
      if (slot) slot.answer = hit;
      if (matches(request.ifNoneMatch, hit.etag)) return new Response(null, { status: 304, headers: notModifiedHeaders(hit.headers) });
      return new Response(request.method === 'HEAD' ? null : hit.body, { status: hit.status, headers: hit.headers });
    }
    await next();
    const response = c.res;
    const cacheControl = response.headers.get('cache-control') ?? '';
    if (response.status !== 200 || !/\bpublic\b/.test(cacheControl) || response.headers.has('set-cookie')) return;
    const body = new Uint8Array(await response.clone().arrayBuffer());
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    headers.etag = located.etag;
    const entry: CachedAnswer = { etag: located.etag, status: response.status, body, headers };
    if (request.method === 'GET') {
      cache.set(located.cacheKey, entry);
      if (slot) slot.answer = entry;
    }
    // Cleared first: Hono would otherwise merge the rendered answer's headers into the replacement.
    c.res = undefined;
    c.res = matches(request.ifNoneMatch, located.etag)
      ? new Response(null, { status: 304, headers: notModifiedHeaders(headers) })
      : new Response(request.method === 'HEAD' ? null : body, { status: entry.status, headers });
  };

  return { middleware, find };
}
