/**
 * A metric's values as a line chart drawn on the server: an SVG with its own title and description,
 * every point marked and labelled with its value (so nothing depends on colour), and the same data
 * as a table beside it (the page's), which is what screen readers are pointed to.
 */
import { comparePeriods, periodStart } from '../../domain/metrics.ts';

const WIDTH = 640;
const HEIGHT = 300;
const LEFT = 72;
const RIGHT = 24;
const TOP = 28;
const BOTTOM = 44;

/** Round tick steps (1, 2 or 5 times a power of ten) giving about four intervals. */
export function axisTicks(min: number, max: number): number[] {
  const low = Math.min(0, min);
  const high = max === low ? low + 1 : max;
  const rough = (high - low) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)!;
  const ticks: number[] = [];
  for (let tick = Math.floor(low / step) * step; tick < high + step; tick += step) {
    ticks.push(Number(tick.toPrecision(12)));
    if (tick >= high) break;
  }
  return ticks;
}

export function MetricChart({ id, title, desc, values, format }: {
  id: string;
  title: string;
  desc: string;
  values: readonly { period: string; value: number }[];
  format: (n: number) => string;
}) {
  const sorted = [...values].sort((a, b) => comparePeriods(a.period, b.period));
  const ticks = axisTicks(Math.min(...sorted.map((v) => v.value)), Math.max(...sorted.map((v) => v.value)));
  const yMin = ticks[0]!;
  const yMax = ticks[ticks.length - 1]!;
  const starts = sorted.map((v) => periodStart(v.period));
  const xMin = Math.min(...starts);
  const xMax = Math.max(...starts);
  const x = (start: number) => (xMax === xMin ? LEFT + (WIDTH - LEFT - RIGHT) / 2 : LEFT + ((start - xMin) / (xMax - xMin)) * (WIDTH - LEFT - RIGHT - 40) + 20);
  const y = (value: number) => TOP + (1 - (value - yMin) / (yMax - yMin || 1)) * (HEIGHT - TOP - BOTTOM);
  const points = sorted.map((v, index) => ({ ...v, cx: x(starts[index]!), cy: y(v.value) }));
  return (
    <svg class="metric-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {ticks.map((tick) => (
        <g>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke="#c8c8c8" stroke-width="1" />
          <text x={LEFT - 8} y={y(tick) + 5} text-anchor="end" font-size="18" fill="#1b1b1b">{format(tick)}</text>
        </g>
      ))}
      <line x1={LEFT} x2={LEFT} y1={TOP} y2={HEIGHT - BOTTOM} stroke="#1b1b1b" stroke-width="1" />
      {points.length > 1 && (
        <polyline points={points.map((p) => `${p.cx},${p.cy}`).join(' ')} fill="none" stroke="#0b4f9c" stroke-width="3" />
      )}
      {points.map((p) => (
        <g>
          <circle cx={p.cx} cy={p.cy} r="6" fill="#0b3a6f" />
          <text x={p.cx} y={p.cy - 14} text-anchor="middle" font-size="18" font-weight="700" fill="#1b1b1b">{format(p.value)}</text>
          <text x={p.cx} y={HEIGHT - BOTTOM + 28} text-anchor="middle" font-size="18" fill="#1b1b1b">{p.period}</text>
        </g>
      ))}
    </svg>
  );
}
