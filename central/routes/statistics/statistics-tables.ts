// A report as the tables the page shows and the exports write, cell for cell: the page draws a
// chart of each table's `chart` column beside the table, the CSV and the xlsx hold the same rows.
// No imports beyond words and types: the console bundles it.
import { fill, serviceNames, statisticsWords, type StatisticsLanguage, type StatisticsWords } from '../../console/statistics-words.ts';
import type { StatisticsReport } from './report-types.ts';

/** A number, text, or null for "no figure" (no case closed, no rating): empty in the exports. */
export type Cell = string | number | null;

export interface StatisticsTable {
  id: 'totals' | 'services' | 'sites' | 'ratingLevels' | 'badRatings' | 'demands' | 'terminals' | 'days';
  title: string;
  columns: string[];
  rows: Cell[][];
  /**
   * How the page charts the table: bars of the `value` column, each named by the `labels` columns;
   * or (`series`) a line per listed column over the days of column 0. None for totals.
   */
  chart: { labels: number[]; value: number } | { series: number[] } | null;
}

export function statisticsTables(report: StatisticsReport, language: StatisticsLanguage): StatisticsTable[] {
  const w: StatisticsWords = statisticsWords[language];
  const service = (kind: string) => serviceNames[language][kind] ?? kind;
  const level = (n: number) => w[`level${n}` as 'level1'] ?? String(n);
  const t = report.total;
  return [
    {
      id: 'totals',
      title: w.totals,
      columns: [w.colFigure, w.colValue],
      rows: [
        [w.colVisits, t.visits],
        [w.colTransactions, t.transactions],
        [w.colReceived, t.received],
        [w.colClosed, t.closed],
        [w.colOverdue, t.overdue],
        [w.colAverageHours, t.averageHandlingHours],
        [w.colP90Hours, t.p90HandlingHours],
        [w.colRatings, t.ratings],
        [w.colSatisfaction, t.satisfactionRate],
        [w.colBad, t.badRatings],
      ],
      chart: null,
    },
    {
      id: 'services',
      title: w.services,
      columns: [w.colService, w.colVisits, w.colTransactions],
      rows: report.services.map((s) => [service(s.service), s.visits, s.transactions]),
      chart: { labels: [0], value: 2 },
    },
    {
      id: 'sites',
      title: w.sites,
      columns: [w.colSite, w.colVisits, w.colTransactions, w.colReceived, w.colClosed, w.colOverdue, w.colAverageHours, w.colP90Hours, w.colRatings, w.colSatisfaction, w.colBad],
      rows: report.sites.map((s) => [s.site, s.visits, s.transactions, s.received, s.closed, s.overdue, s.averageHandlingHours, s.p90HandlingHours, s.ratings, s.satisfactionRate, s.badRatings]),
      chart: { labels: [0], value: 1 },
    },
    {
      id: 'ratingLevels',
      title: w.ratingLevels,
      columns: [w.colLevel, w.colRatings],
      rows: report.ratingLevels.map((r) => [level(r.level), r.ratings]),
      chart: { labels: [0], value: 1 },
    },
    {
      id: 'badRatings',
      title: w.badRatings,
      columns: [w.colSite, w.colState, w.colRatings],
      rows: report.badRatings.map((r) => [r.site, r.state, r.ratings]),
      chart: { labels: [0, 1], value: 2 },
    },
    {
      id: 'demands',
      title: w.demands,
      columns: [w.colType, w.colSite, w.colDemands],
      rows: report.demands.map((d) => [d.type, d.site, d.demands]),
      chart: { labels: [0, 1], value: 2 },
    },
    {
      id: 'terminals',
      title: fill(w.terminals, { open: report.hallHours.open, close: report.hallHours.close }),
      columns: [w.colTerminal, w.colSite, w.colOpenHours, w.colServingHours, w.colAvailability],
      rows: report.terminals.map((r) => [r.terminalId, r.site, r.openHours, r.servingHours, r.availability]),
      chart: { labels: [0], value: 4 },
    },
    {
      id: 'days',
      title: w.days,
      columns: [w.colDay, w.colTransactions, w.colReceived, w.colClosed],
      rows: report.days.map((d) => [d.day, d.transactions, d.received, d.closed]),
      chart: { series: [1, 2, 3] },
    },
  ];
}
