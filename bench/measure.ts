/** One scenario under load: check it answers, warm it up, measure it, and refuse figures that hide failures. */
import autocannon from 'autocannon';
import type { Scenario } from './scenarios.ts';

export const LOAD = { connections: 10, warmupSeconds: 1, durationSeconds: 5 } as const;

export interface Measurement {
  scenario: Scenario;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
}

export async function measure(origin: string, scenario: Scenario): Promise<Measurement> {
  const url = origin + scenario.path;
  const first = await fetch(url);
  await first.arrayBuffer();
  if (first.status !== 200) throw new Error(`${scenario.name}: ${scenario.path} answered ${first.status}, expected 200`);

  await load(url, scenario, LOAD.warmupSeconds);
  const result = await load(url, scenario, LOAD.durationSeconds);
  return {
    scenario,
    requestsPerSecond: result.requests.mean,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
  };
}

/**
 * The load generator runs in a worker thread so it does not take event-loop time from the server,
 * which lives in this process's main thread.
 */
async function load(url: string, scenario: Scenario, seconds: number): Promise<autocannon.Result> {
  const result = await autocannon({ url, connections: LOAD.connections, duration: seconds, workers: 1 });
  const failures = result.non2xx + result.errors + result.timeouts;
  if (failures > 0) {
    throw new Error(
      `${scenario.name}: ${result.non2xx} non-2xx responses, ${result.errors} errors, ${result.timeouts} timeouts ` +
        `out of ${result.requests.total} requests to ${scenario.path}`,
    );
  }
  if (result.requests.total === 0) throw new Error(`${scenario.name}: no request completed in ${seconds} s`);
  return result;
}
