/**
 * A cache of rendered public answers, keyed by the request and by the epochs of the content the
 * answer shows (db/epochs.ts). Every write bumps the epochs of what it changed in its own
 * transaction, so a cached answer is never stale and nothing expires by time; the cache is bounded
 * by memory instead (least recently used first out). The ETag is derived from the same key, so a
 * client that revalidates gets its 304 before anything is rendered or read.
 *
 * Only answers that are the same for everyone are kept: a response must say `Cache-Control: public`
 * (public routes opt in), set no cookie, and the request must carry no session.
 */
import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';
import type { EpochClock } from '../db/epochs.ts';

interface Entry {
  etag: string;
  status: number;
  body: Uint8Array;
  headers: Record<string, string>;
}

export interface ResponseCacheOptions {
  epochs: EpochClock;
  /** The content scopes an answer depends on (epoch scopes), or null for a request not to cache. */
  scopesOf(c: Context): Promise<readonly string[] | null>;
  /** Parts of the request besides path and query that change the answer (the browser's language). */
  variantOf(c: Context): string;
  /** Changes with the code, so a new version never answers 304 to the old one's pages. */
  buildId: string;
  maxBytes: number;
  /** Requests carrying this cookie are someone's own: never served from or stored in the cache. */
  sessionCookie: string;
}

/** Headers a 304 keeps: what the client needs to keep using its copy (RFC 9110 §15.4.5), and CORS. */
const NOT_MODIFIED_HEADERS = new Set([
  'cache-control', 'etag', 'vary', 'access-control-allow-origin', 'access-control-expose-headers', 'content-location',
]);

function sortedQuery(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return '';
  const params = new URLSearchParams(url.slice(at + 1));
  params.sort();
  return params.toString();
}

function notModified(entry: Entry): Response {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(entry.headers)) if (NOT_MODIFIED_HEADERS.has(name)) headers[name] = value;
  return new Response(null, { status: 304, headers });
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  return ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export function responseCache(options: ResponseCacheOptions): MiddlewareHandler {
  const cache = new LRUCache<string, Entry>({
    maxSize: options.maxBytes,
    sizeCalculation: (entry) => entry.body.byteLength + 512,
  });
  return async (c, next) => {
    const method = c.req.method;
    if ((method !== 'GET' && method !== 'HEAD') || c.req.header('cookie')?.includes(options.sessionCookie)) return next();
    const scopes = await options.scopesOf(c);
    if (!scopes) return next();
    const epochs = await options.epochs.read(scopes);
    const version = scopes.map((scope) => epochs.get(scope) ?? 0).join('.');
    const key = `${c.req.path}?${sortedQuery(c.req.url)}#${options.variantOf(c)}`;
    const etag = `"${options.buildId}-${version}-${createHash('sha1').update(key).digest('base64url').slice(0, 12)}"`;
    const cacheKey = `${version}|${key}`;

    const hit = cache.get(cacheKey);
    if (hit) {
      if (matches(c.req.header('if-none-match'), hit.etag)) return notModified(hit);
      return new Response(method === 'HEAD' ? null : hit.body, { status: hit.status, headers: hit.headers });
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
    headers.etag = etag;
    const entry: Entry = { etag, status: response.status, body, headers };
    if (method === 'GET') cache.set(cacheKey, entry);
    // Cleared first: Hono would otherwise merge the rendered answer's headers into the replacement.
    c.res = undefined;
    c.res = matches(c.req.header('if-none-match'), etag)
      ? notModified(entry)
      : new Response(method === 'HEAD' ? null : body, { status: entry.status, headers });
  };
}
