// The statistics page (issue 23): a period (day, week, month, custom) of the user's sites, each
// table with its chart beside it, and the same tables as CSV or Excel from the hub.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { getStatistics, statisticsExportUrl } from './api.ts';
import { StatisticsChart } from './statistics-chart.tsx';
import { statisticsWords } from './statistics-words.ts';
import { words } from './i18n/words.ts';
import { getLanguage } from './i18n/language.ts';
import { statisticsTables, type Cell, type StatisticsTable } from '../routes/statistics/statistics-tables.ts';
import type { StatisticsReport } from '../routes/statistics/report-types.ts';

const t = words(statisticsWords);

type Query = { period: 'day' | 'week' | 'month' | 'custom'; date: string; from: string; to: string };

function queryParams(query: Query): Record<string, string> {
  return query.period === 'custom' ? { period: 'custom', from: query.from, to: query.to } : { period: query.period, ...(query.date ? { date: query.date } : {}) };
}

const show = (cell: Cell) => (cell === null ? '—' : String(cell));

function TableWithChart({ table, report }: { table: StatisticsTable; report: StatisticsReport }) {
  const chart = table.chart;
  const description = chart && 'series' in chart ? t('daysChartDescription', { first: report.period.firstDay, last: report.period.lastDay }) : t('chartDescription');
  return (
    <section class="statistic" data-table={table.id}>
      <h2>{table.title}</h2>
      {table.rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div class="statistic-body">
          {chart && <StatisticsChart table={table} title={t('chartOf', { title: table.title })} description={description} />}
          <table aria-label={t('tableOf', { title: table.title })}>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (c === 0 ? <th key={c} scope="row">{show(cell)}</th> : <td key={c} class={typeof cell === 'number' ? 'number' : undefined}>{show(cell)}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function Statistics() {
  const [query, setQuery] = useState<Query>({ period: 'month', date: '', from: '', to: '' });
  const [report, setReport] = useState<StatisticsReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const language = getLanguage();
  // The same table objects from render to render, so each chart is drawn once per report and language.
  const tables = useMemo(() => (report ? statisticsTables(report, language) : []), [report, language]);
  useEffect(() => {
    if (query.period === 'custom' && (!query.from || !query.to)) return;
    setError(null);
    getStatistics(queryParams(query)).then(setReport, (err: Error) => setError(err.message));
  }, [query]);
  const set = (key: keyof Query) => (e: Event) => setQuery({ ...query, [key]: (e.currentTarget as HTMLInputElement).value });
  const periods = { day: t('periodDay'), week: t('periodWeek'), month: t('periodMonth'), custom: t('periodCustom') } as const;
  return (
    <section class="workbench statistics">
      <h1>{t('title')}</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('period')}
          <select value={query.period} onChange={set('period')}>
            {Object.entries(periods).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {query.period === 'custom' ? (
          <>
            <label>
              {t('from')} <input type="date" value={query.from} onChange={set('from')} />
            </label>
            <label>
              {t('to')} <input type="date" value={query.to} onChange={set('to')} />
            </label>
          </>
        ) : (
          <label>
            {t('date')} <input type="date" value={query.date} onChange={set('date')} />
          </label>
        )}
      </form>
      {error && <p role="alert">{error}</p>}
      {!report && !error && <p>{t('loading')}</p>}
      {report && (
        <>
          <p class="period-range">{t('range', { first: report.period.firstDay, last: report.period.lastDay, zone: report.timeZone })}</p>
          <p class="downloads">
            <a href={statisticsExportUrl({ ...queryParams(query), format: 'csv', lang: getLanguage() })} download>
              {t('downloadCsv')}
            </a>
            <a href={statisticsExportUrl({ ...queryParams(query), format: 'xlsx', lang: getLanguage() })} download>
              {t('downloadXlsx')}
            </a>
          </p>
          {tables.map((table) => (
            <TableWithChart key={table.id} table={table} report={report} />
          ))}
        </>
      )}
    </section>
  );
}
