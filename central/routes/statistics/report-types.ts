// What GET /v1/workbench/statistics answers: the figures of one period within the user's sites.
// The console page and the CSV/xlsx exports read the same object (statistics-tables.ts), so an
// export holds exactly the numbers the page shows. No imports: the console bundles this file.

export interface ServiceFigures {
  /** The transaction kind: queue-ticket, application, demand, rating, certificate-print… */
  service: string;
  /** Kiosk sessions that used the service (one resident's visit, counted once per service). */
  visits: number;
  transactions: number;
}

export interface SiteFigures {
  site: string;
  /** Kiosk sessions (a resident's visit: card or touch to the end of the session). */
  visits: number;
  transactions: number;
  /** Cases (applications and demands) submitted in the period. */
  received: number;
  /** Cases whose 已办结 step falls in the period. */
  closed: number;
  /** Cases submitted in the period, still open and past their due day now (the workbench's clock). */
  overdue: number;
  /** Hours from submission to 已办结 of the cases closed in the period; null when none closed. */
  averageHandlingHours: number | null;
  p90HandlingHours: number | null;
  ratings: number;
  /** 满意率 in per cent, one decimal: (非常满意 + 满意 + 基本满意) / all ratings; null without ratings. */
  satisfactionRate: number | null;
  badRatings: number;
}

/** One day of the period (daily-series.ts): its transactions, cases received and cases closed. */
export interface DayFigures {
  /** YYYY-MM-DD in the hub's zone. */
  day: string;
  transactions: number;
  received: number;
  closed: number;
}

export interface StatisticsReport {
  period: { kind: 'day' | 'week' | 'month' | 'custom'; firstDay: string; lastDay: string };
  timeZone: string;
  hallHours: { open: number; close: number };
  /** The whole scope: the sites' sums, with handling times and 满意率 over all the scope's cases and ratings. */
  total: Omit<SiteFigures, 'site'>;
  services: ServiceFigures[];
  sites: SiteFigures[];
  /** Ratings per level, 5 非常满意 … 1 非常不满意. */
  ratingLevels: { level: number; ratings: number }[];
  /** Bad ratings (不满意, 非常不满意) of the period by site and 整改 state. */
  badRatings: { site: string; state: string; ratings: number }[];
  /** Demands (诉求) submitted in the period by 12345 type and site. */
  demands: { type: string; site: string; demands: number }[];
  /** availability: serving share of the open hours passed, per cent with one decimal; null before any. */
  terminals: { terminalId: string; site: string; openHours: number; servingHours: number; availability: number | null }[];
  /** Every day of the period, quiet days as zeros: the page's time series. */
  days: DayFigures[];
}
