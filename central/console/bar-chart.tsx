// A horizontal bar chart drawn as SVG: one bar per row of the table beside it, the value written at
// the bar's end so nothing is told by length alone. No charting package is in node_modules (the
// README names the one to add); this is enough for one series of bars. Under the console's CSP
// (no inline styles) sizes are SVG attributes and colours come from console.css.
import type { Cell } from '../routes/statistics/statistics-tables.ts';

const ROW = 26;
const LABEL_WIDTH = 220;
const BAR_SPACE = 360;
const VALUE_SPACE = 70;

export interface BarChartProps {
  /** The chart's name, read by screen readers (the table beside it holds the same numbers). */
  title: string;
  bars: { label: string; value: Cell }[];
}

export function BarChart({ title, bars }: BarChartProps) {
  const max = Math.max(0, ...bars.map((b) => (typeof b.value === 'number' ? b.value : 0)));
  const height = Math.max(1, bars.length) * ROW + 8;
  const width = LABEL_WIDTH + BAR_SPACE + VALUE_SPACE;
  return (
    <svg class="bar-chart" role="img" aria-label={title} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <title>{title}</title>
      {bars.map((bar, i) => {
        const value = typeof bar.value === 'number' ? bar.value : 0;
        const length = max > 0 ? Math.max(value > 0 ? 2 : 0, Math.round((value / max) * BAR_SPACE)) : 0;
        const y = 4 + i * ROW;
        return (
          <g key={i} class="bar-row" data-label={bar.label} data-value={bar.value === null ? '' : String(bar.value)}>
            <text class="bar-label" x={LABEL_WIDTH - 8} y={y + ROW / 2} text-anchor="end" dominant-baseline="middle">
              {bar.label}
            </text>
            <rect class="bar" x={LABEL_WIDTH} y={y + 3} width={length} height={ROW - 8}>
              <title>{`${bar.label}: ${bar.value ?? '—'}`}</title>
            </rect>
            <text class="bar-value" x={LABEL_WIDTH + length + 6} y={y + ROW / 2} dominant-baseline="middle">
              {bar.value ?? '—'}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
