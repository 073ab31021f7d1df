// The statistics page's charts, drawn by Observable Plot (SVG: text stays text, every mark named for
// screen readers). Loaded on its own (statistics-chart.tsx imports it dynamically), so only the
// statistics page fetches Plot and its d3 modules.
//
// The console's CSP allows no inline style: Plot puts a <style> of its defaults into each chart
// (and its legend), which the browser would refuse. The charts are built detached, their <style>
// elements removed before they reach the page, and console.css states the same rules for the
// `console-plot` class given here. The bars' colour is console.css's (`chart-bars`); the lines' come
// from the colour scale as SVG attributes (not style), which the CSP allows, so the legend matches.
import * as Plot from '@observablehq/plot';

const CLASS_NAME = 'console-plot';

export interface Bar {
  label: string;
  /** null: no figure (no case closed, no rating), drawn as no bar and written "—". */
  value: number | null;
}

export interface Series {
  name: string;
  /** One number per day, in the order of `days`. */
  values: number[];
}

interface Named {
  /** The chart's name, read by screen readers (the table beside it holds the same numbers). */
  title: string;
  description: string;
}

function withoutInlineStyles<T extends Element>(chart: T): T {
  for (const style of chart.querySelectorAll('style')) style.remove();
  const svg = chart.matches(`svg.${CLASS_NAME}`) ? chart : chart.querySelector(`svg.${CLASS_NAME}`);
  svg?.setAttribute('role', 'img');
  return chart;
}

/** How wide a label is, in ems: a Chinese character takes one, a Latin capital or digit about 0.68. */
function ems(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) > 0x2e80 ? 1 : 0.68;
  return width;
}

const FONT_PX = 14;
const ROW_PX = 34;

/** Counts have whole-number ticks only; a scale of all zeros still runs 0 to 1, not 0 to 0. */
function countAxis(values: number[]) {
  const max = Math.max(1, ...values);
  return { domain: [0, max], nice: true, ticks: Math.min(5, Math.ceil(max)), tickFormat: (n: number) => (Number.isInteger(n) ? String(n) : '') };
}

/** Horizontal bars in the table's order, each with its value written at its end. */
export function barChart({ title, description, bars }: Named & { bars: Bar[] }): SVGSVGElement | HTMLElement {
  const rows = bars.map((bar, i) => ({ i, label: bar.label, value: bar.value ?? 0, shown: bar.value === null ? '—' : String(bar.value) }));
  const marginLeft = Math.min(280, Math.ceil(Math.max(2, ...rows.map((r) => ems(r.label))) * FONT_PX) + 16);
  return withoutInlineStyles(
    Plot.plot({
      className: CLASS_NAME,
      ariaLabel: title,
      ariaDescription: description,
      width: marginLeft + 420,
      height: rows.length * ROW_PX + 40,
      marginTop: 10,
      marginBottom: 30,
      marginLeft,
      marginRight: 70,
      x: { grid: true, label: null, ...countAxis(rows.map((r) => r.value)) },
      y: { domain: rows.map((r) => r.i), tickFormat: (i: number) => rows[i]!.label, label: null, tickSize: 0 },
      marks: [
        Plot.barX(rows, { x: 'value', y: 'i', className: 'chart-bars', ariaLabel: (r) => `${r.label}: ${r.shown}`, title: (r) => `${r.label}: ${r.shown}` }),
        Plot.text(rows, { x: 'value', y: 'i', text: 'shown', textAnchor: 'start', dx: 6, className: 'chart-values', ariaHidden: 'true' }),
        Plot.ruleX([0]),
      ],
    }),
  );
}

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const monthDay = (date: Date) => `${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;

/** A line per series over the period's days, a dot at each day (named by series, day and value), and a legend. */
export function dailyChart({ title, description, days, series }: Named & { days: string[]; series: Series[] }): HTMLElement | SVGSVGElement {
  const points = series.flatMap((s, n) => days.map((d, i) => ({ series: s.name, n, day: day(d), label: d, value: s.values[i] ?? 0 })));
  return withoutInlineStyles(
    Plot.plot({
      className: CLASS_NAME,
      ariaLabel: title,
      ariaDescription: description,
      width: 640,
      height: 300,
      marginLeft: 50,
      marginRight: 20,
      x: { type: 'utc', label: null, tickFormat: monthDay, ticks: Math.min(days.length, 8) },
      y: { grid: true, label: null, ...countAxis(points.map((p) => p.value)) },
      color: { domain: series.map((s) => s.name), range: ['#1f4e9a', '#b35900', '#176c2a'], legend: true },
      marks: [
        Plot.ruleY([0]),
        Plot.lineY(points, { x: 'day', y: 'value', z: 'series', stroke: 'series', strokeWidth: 2.5, ariaLabel: (p) => p.series }),
        Plot.dot(points, { x: 'day', y: 'value', fill: 'series', r: days.length > 40 ? 2 : 3.5, className: 'chart-dots', ariaLabel: (p) => `${p.series} ${p.label}: ${p.value}`, title: (p) => `${p.series} ${p.label}: ${p.value}` }),
      ],
    }),
  );
}
