/** Measuring: a path under load (cached answers), and the first answer after each change (uncached). */
import autocannon from 'autocannon';

export const LOAD = { connections: 50, warmupSeconds: 1, durationSeconds: 5 } as const;

export interface Load {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP975Ms: number;
  requests: number;
}

/** Checks the path answers 200, warms it up, then loads it; any failure under load fails the run. */
export async function underLoad(origin: string, path: string): Promise<Load> {
  const first = await fetch(origin + path, { redirect: 'manual' });
  await first.arrayBuffer();
  if (first.status !== 200) throw new Error(`${path} answered ${first.status}, expected 200`);
  await load(origin + path, LOAD.warmupSeconds);
  const result = await load(origin + path, LOAD.durationSeconds);
  return {
    requestsPerSecond: result.requests.mean,
    latencyP50Ms: result.latency.p50,
    latencyP975Ms: result.latency.p97_5,
    requests: result.requests.total,
  };
}

/** The load generator runs in a worker thread, so that it does not share an event loop with anything measured. */
async function load(url: string, seconds: number): Promise<autocannon.Result> {
  const result = await autocannon({ url, connections: LOAD.connections, duration: seconds, workers: 1 });
  const failures = result.non2xx + result.errors + result.timeouts;
  if (failures > 0) {
    throw new Error(`${result.non2xx} non-2xx responses, ${result.errors} errors, ${result.timeouts} timeouts out of ${result.requests.total} requests to ${url}`);
  }
  if (result.requests.total === 0) throw new Error(`no request to ${url} completed in ${seconds} s`);
  return result;
}

/**
 * The latency of the first request after a change, `samples` times: each round changes an action of
 * the municipality through a real write (bumping its epoch), then times one GET of the path.
 */
export async function afterEachChange(origin: string, slug: string, path: string, samples: number): Promise<{ p50Ms: number; p95Ms: number }> {
  const timings: number[] = [];
  let previousEtag: string | null = null;
  for (let i = 0; i < samples; i++) {
    const change = await fetch(`${origin}/__bench/change/${slug}`, { method: 'POST' });
    if (change.status !== 204) throw new Error(`changing ${slug} answered ${change.status}`);
    const started = performance.now();
    const response = await fetch(origin + path);
    await response.arrayBuffer();
    timings.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status} after a change`);
    // A new ETag means a new epoch: the answer cannot have come from the cache.
    const etag = response.headers.get('etag');
    if (etag === previousEtag) throw new Error(`${path} kept its ETag after a change: the change did not reach the cache key`);
    previousEtag = etag;
  }
  timings.sort((a, b) => a - b);
  const at = (q: number) => timings[Math.min(timings.length - 1, Math.ceil(q * timings.length) - 1)]!;
  return { p50Ms: at(0.5), p95Ms: at(0.95) };
}
