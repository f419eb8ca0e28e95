/**
 * The server's request listener: a request whose public answer is in the response cache is answered
 * here, from Node's request, before it becomes a fetch Request and goes through the app's middleware
 * (that round trip costs several times what writing the cached bytes does). Everything else, and
 * every miss, goes to the app, which renders and stores the answer.
 *
 * A fast answer is the app's own: the headers it sent the first time (security headers and CORS
 * included), with the ones decided per request decided again here (HSTS, closing while stopping),
 * and the same request log line.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { getRequestListener } from '@hono/node-server';
import type { Logger } from '../logger.ts';
import { CACHE_SLOT, type CachedAnswer, type CacheSlot, type ResponseCache } from './response-cache.ts';
import { requestScheme, STRICT_TRANSPORT_SECURITY, type ProxySettings } from './security.ts';
import type { Lifecycle } from './serve.ts';

export interface NodeListenerDeps {
  logger: Logger;
  proxy: ProxySettings;
  lifecycle: Lifecycle;
}

type FetchApp = { fetch(request: Request, env: object): Response | Promise<Response> };

/** Decided for each request, so never kept with an answer. */
const PER_REQUEST = new Set(['strict-transport-security', 'connection', 'content-length', 'date', 'keep-alive', 'transfer-encoding']);
/** What describes a body: left out of a 304. */
const BODY_HEADERS = new Set(['content-type', 'content-length', 'content-disposition', 'content-encoding', 'content-language']);

/**
 * Paths the app would see exactly as sent: no percent-encoding to decode and no dot segments or
 * doubled slashes for the URL parser to normalise, so the cache key is the one the app computed.
 */
const PLAIN_PATH = /^\/(?:[A-Za-z0-9\-_~]+(?:\.[A-Za-z0-9\-_~]+)*\/?)*$/;
const BAD_ESCAPE = /%(?![0-9A-Fa-f]{2})/;

function sentHeadersOf(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (!PER_REQUEST.has(name)) kept[name] = value;
  });
  return kept;
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function nodeListener(app: FetchApp, cache: ResponseCache, { logger, proxy, lifecycle }: NodeListenerDeps): RequestListener {
  const toApp = getRequestListener(async (request, env) => {
    const slot: CacheSlot = {};
    const response = await app.fetch(request, { ...env, [CACHE_SLOT]: slot });
    if (slot.answer && !slot.answer.sentHeaders && response.status === 200) slot.answer.sentHeaders = sentHeadersOf(response.headers);
    return response;
  });

  function send(incoming: IncomingMessage, outgoing: ServerResponse, answer: CachedAnswer, sent: Record<string, string>, notModified: boolean): void {
    const headers: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(sent)) if (!notModified || !BODY_HEADERS.has(name)) headers[name] = value;
    const ownScheme = (incoming.socket as TLSSocket).encrypted ? 'https' : 'http';
    if (requestScheme(ownScheme, firstHeader(incoming.headers['x-forwarded-proto']), proxy) === 'https') {
      headers['strict-transport-security'] = STRICT_TRANSPORT_SECURITY;
    }
    if (lifecycle.draining) headers.connection = 'close';
    if (notModified) {
      outgoing.writeHead(304, headers).end();
      return;
    }
    headers['content-length'] = answer.body.byteLength;
    outgoing.writeHead(answer.status, headers);
    outgoing.end(incoming.method === 'HEAD' ? undefined : answer.body);
  }

  /** Answers from the cache when it can; false when the app must answer. */
  async function answerFromCache(incoming: IncomingMessage, outgoing: ServerResponse): Promise<boolean> {
    const method = incoming.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') return false;
    const url = incoming.url ?? '/';
    const at = url.indexOf('?');
    const path = at < 0 ? url : url.slice(0, at);
    const query = at < 0 ? '' : url.slice(at + 1);
    if (!PLAIN_PATH.test(path) || BAD_ESCAPE.test(query)) return false;
    const started = performance.now();
    const lookup = await cache.find({
      method,
      path,
      query,
      cookie: incoming.headers.cookie,
      acceptLanguage: firstHeader(incoming.headers['accept-language']),
      ifNoneMatch: firstHeader(incoming.headers['if-none-match']),
    });
    const sent = lookup?.hit?.sentHeaders;
    if (!lookup?.hit || !sent) return false;
    send(incoming, outgoing, lookup.hit, sent, lookup.notModified);
    logger.info({ method, path, status: lookup.notModified ? 304 : lookup.hit.status, ms: Math.round(performance.now() - started) }, 'request');
    return true;
  }

  return (incoming, outgoing) => {
    answerFromCache(incoming, outgoing)
      .then(
        (answered) => (answered ? undefined : toApp(incoming, outgoing)),
        // A failed lookup (the database out of reach for the epochs) is the app's to answer and log.
        () => toApp(incoming, outgoing),
      )
      .catch((error: unknown) => logger.error({ err: error }, 'request failed'));
  };
}
