/** Result metrics: which way is good, the periods values are given for, and the trend since the first value. */

export const METRIC_DIRECTIONS = ['up', 'down', 'trend'] as const;
/** 'up': bigger is better; 'down': smaller is better; 'trend': the programme follows how it develops. */
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];

export const STRATEGY_THEME_KINDS = ['spearhead', 'indicator'] as const;
export type StrategyThemeKind = (typeof STRATEGY_THEME_KINDS)[number];

/** A year ("2024"), a half ("2024-H1"), a quarter ("2024-Q2") or a month ("2024-06"). */
const PERIOD = /^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

export function isPeriod(value: string): boolean {
  const match = PERIOD.exec(value);
  return match !== null && Number(match[1]) >= 1990 && Number(match[1]) <= 2200;
}

/** Where a period starts, as a fraction of years, so periods of different lengths sort and plot together. */
export function periodStart(period: string): number {
  const [, year, part] = PERIOD.exec(period) ?? [];
  const base = Number(year);
  if (!part) return base;
  if (part.startsWith('H')) return base + (Number(part.slice(1)) - 1) / 2;
  if (part.startsWith('Q')) return base + (Number(part.slice(1)) - 1) / 4;
  return base + (Number(part) - 1) / 12;
}

export const comparePeriods = (a: string, b: string) => periodStart(a) - periodStart(b) || a.length - b.length;

export interface Trend {
  from: { period: string; value: number };
  to: { period: string; value: number };
  change: number;
  /** Whether the change is for the better; null when the metric only follows the trend or nothing changed. */
  better: boolean | null;
}

/** The change from the first value to the last, judged by the metric's direction; null with fewer than two values. */
export function trendOf(direction: MetricDirection, values: readonly { period: string; value: number }[]): Trend | null {
  if (values.length < 2) return null;
  const sorted = [...values].sort((a, b) => comparePeriods(a.period, b.period));
  const from = sorted[0]!;
  const to = sorted[sorted.length - 1]!;
  const change = to.value - from.value;
  const better = direction === 'trend' || change === 0 ? null : (direction === 'up') === change > 0;
  return { from, to, change, better };
}
