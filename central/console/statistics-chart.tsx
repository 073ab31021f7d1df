// The chart beside a statistics table: bars, or lines over the period's days, drawn by Observable
// Plot (plot-charts.ts), which is fetched only when the statistics page first draws one. Until it
// arrives, or should it fail to, the table beside holds the same numbers.
import { useEffect, useRef } from 'preact/hooks';
import type { Cell, StatisticsTable } from '../routes/statistics/statistics-tables.ts';

export interface StatisticsChartProps {
  table: StatisticsTable;
  title: string;
  description: string;
}

const show = (cell: Cell) => (cell === null ? '—' : String(cell));
const numberOf = (cell: Cell) => (typeof cell === 'number' ? cell : null);

export function StatisticsChart({ table, title, description }: StatisticsChartProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = table.chart;
    if (!chart) return;
    let current = true;
    void import('./plot-charts.ts').then(({ barChart, dailyChart }) => {
      if (!current || !host.current) return;
      const drawn =
        'series' in chart
          ? dailyChart({ title, description, days: table.rows.map((row) => show(row[0]!)), series: chart.series.map((column) => ({ name: table.columns[column]!, values: table.rows.map((row) => numberOf(row[column]!) ?? 0) })) })
          : barChart({ title, description, bars: table.rows.map((row) => ({ label: chart.labels.map((i) => show(row[i]!)).join(' · '), value: numberOf(row[chart.value]!) })) });
      host.current.replaceChildren(drawn);
    });
    return () => {
      current = false;
    };
  }, [table, title, description]);
  return <div class="chart" ref={host} />;
}
