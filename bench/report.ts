/** The results as tables: markdown, printed and written to bench/results/latest.md. */
import { availableParallelism, cpus } from 'node:os';
import { LOAD, type Load } from './measure.ts';
import type { Scenario } from './scenarios.ts';

export interface CachedRow {
  scenario: Scenario;
  ours: Load;
  staticCopy: Load;
}

export interface ScaleRow {
  municipalities: number;
  uncachedP95Ms: number;
  cachedP975Ms: number;
  rssBytes: number;
}

const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
const table = (headers: string[], rows: string[][]) =>
  [line(headers), line(headers.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
const ms = (value: number) => value.toFixed(1);
const ratio = (value: number) => `${value.toFixed(2)}×`;

export function cachedTable(rows: readonly CachedRow[]): string {
  return table(
    ['Scenario', 'Requests/s', 'p97.5 (ms)', 'Static requests/s', 'Static p97.5 (ms)', 'Ratio to static'],
    rows.map(({ scenario, ours, staticCopy }) => [
      scenario.name, ours.requestsPerSecond.toFixed(0), ms(ours.latencyP975Ms),
      staticCopy.requestsPerSecond.toFixed(0), ms(staticCopy.latencyP975Ms), ratio(ours.requestsPerSecond / staticCopy.requestsPerSecond),
    ]),
  );
}

export function uncachedLine({ p50Ms, p95Ms }: { p50Ms: number; p95Ms: number }): string {
  return `The action list of a programme of 500 actions and 8 rounds, first request after each change: p50 ${ms(p50Ms)} ms, p95 ${ms(p95Ms)} ms.`;
}

export function scaleTable(rows: readonly ScaleRow[]): string {
  const [one] = rows;
  return table(
    ['Municipalities', 'Uncached p95 (ms)', 'Ratio', 'Cached p97.5 (ms)', 'Ratio', 'App memory (MiB)'],
    rows.map((row) => [
      String(row.municipalities), ms(row.uncachedP95Ms), ratio(row.uncachedP95Ms / one!.uncachedP95Ms),
      ms(row.cachedP975Ms), ratio(row.cachedP975Ms / Math.max(one!.cachedP975Ms, 1)), (row.rssBytes / 2 ** 20).toFixed(0),
    ]),
  );
}

export function machineLine(): string {
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `Node ${process.version}, ${availableParallelism()} cores (${model}), ${process.platform}/${process.arch}`;
}

export function loadLine(): string {
  return `${LOAD.connections} connections, ${LOAD.warmupSeconds} s warm-up then ${LOAD.durationSeconds} s per scenario; app, static baseline and load generator each in their own process or thread`;
}
