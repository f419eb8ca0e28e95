/** The results as ratios to the same-run baseline: for the terminal, and as markdown to keep and compare. */
import { availableParallelism, cpus } from 'node:os';
import { LOAD, type Measurement } from './measure.ts';

const HEADERS = ['Scenario', 'Requests/s (mean)', 'Latency p50 (ms)', 'Latency p99 (ms)', 'Requests/s vs baseline'];

function rows(baseline: Measurement, measurements: readonly Measurement[]): string[][] {
  return [baseline, ...measurements].map((m) => [
    m.scenario.name,
    m.requestsPerSecond.toFixed(0),
    m.latencyP50Ms.toFixed(1),
    m.latencyP99Ms.toFixed(1),
    ratio(m.requestsPerSecond / baseline.requestsPerSecond),
  ]);
}

/** Two decimals, but two significant digits for small ratios so they don't all read 0.00×. */
function ratio(value: number): string {
  return `${value >= 0.1 ? value.toFixed(2) : value.toPrecision(2)}×`;
}

export function textTable(baseline: Measurement, measurements: readonly Measurement[]): string {
  const table = [HEADERS, ...rows(baseline, measurements)];
  const widths = HEADERS.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  // Figures are right-aligned so their digits line up; the scenario name reads left to right.
  const format = (row: string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [format(HEADERS), widths.map((w) => '-'.repeat(w)).join('  '), ...table.slice(1).map(format)].join('\n');
}

export function machineLine(): string {
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `Node ${process.version}, ${availableParallelism()} cores (${model}), ${process.platform}/${process.arch}`;
}

export function loadLine(): string {
  return `${LOAD.connections} connections, ${LOAD.warmupSeconds} s warm-up then ${LOAD.durationSeconds} s per scenario, client in a worker thread`;
}

export function markdownReport(baseline: Measurement, measurements: readonly Measurement[], date: Date): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    '# Benchmark results',
    '',
    `- Date: ${date.toISOString()}`,
    `- Machine: ${machineLine()}`,
    `- Load: ${loadLine()}`,
    '',
    line(HEADERS),
    line(HEADERS.map((_, column) => (column === 0 ? '---' : '---:'))),
    ...rows(baseline, measurements).map(line),
    '',
  ].join('\n');
}
