// The soak's table, one row per sample, and the verdict on growth: a least-squares slope per
// journey over the samples after warm-up, so one noisy sample on a shared machine moves it little.
import type { CoreSample } from './core-sample.ts';
import type { RendererSample } from './renderer-sample.ts';

export type Row = { journeys: number; seconds: number } & CoreSample & Partial<RendererSample>;

const columns: [title: string, value: (r: Row) => string][] = [
  ['journeys', (r) => String(r.journeys)],
  ['s', (r) => r.seconds.toFixed(0)],
  ['core heap MB', (r) => r.heapMb.toFixed(2)],
  ['RSS MB', (r) => r.rssMb.toFixed(1)],
  ['fds', (r) => String(r.fds)],
  ['loop p99 ms', (r) => r.loopP99Ms.toFixed(1)],
  ['DB KB', (r) => r.dbKb.toFixed(0)],
  ['WAL KB', (r) => r.walKb.toFixed(0)],
];
const rendererColumns: typeof columns = [
  ['page heap MB', (r) => r.rendererHeapMb!.toFixed(2)],
  ['DOM nodes', (r) => String(r.domNodes)],
  ['page listeners', (r) => String(r.jsListeners)],
  ['Chromium RSS MB', (r) => r.chromiumRssMb!.toFixed(0)],
];

export function tableHeader(withRenderer: boolean): string {
  return '| ' + (withRenderer ? [...columns, ...rendererColumns] : columns).map(([t]) => t).join(' | ') + ' |\n|' + '---|'.repeat(columns.length + (withRenderer ? rendererColumns.length : 0));
}

export function tableRow(row: Row): string {
  const shown = row.rendererHeapMb === undefined ? columns : [...columns, ...rendererColumns];
  return '| ' + shown.map(([, value]) => value(row)).join(' | ') + ' |';
}

/** Least-squares slope of `y` over `x`. */
export function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxx === 0 ? 0 : points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
}

/** Growth after warm-up: per journey (from the slope) and over the run, as a share of the first sample after warm-up. */
export function growth(rows: Row[], value: (r: Row) => number | undefined): { perJourney: number; percent: number } | null {
  const points = rows.flatMap((r) => (value(r) === undefined ? [] : [{ x: r.journeys, y: value(r)! }]));
  if (points.length < 2) return null;
  const perJourney = slope(points);
  const span = points.at(-1)!.x - points[0]!.x;
  return { perJourney, percent: (100 * perJourney * span) / points[0]!.y };
}
