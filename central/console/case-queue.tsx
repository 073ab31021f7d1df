// The 办件 queue: the cases of the user's sites, overdue and nearly-due on top (the hub orders
// them), with a search box (case number, masked name or surname, phone tail), filters by status,
// service, site, submitted days and overdue, the count of each status, and pages.
// Names and phones arrive masked; the case page shows them to the clerk who handles the case.
// A case a supervisor pressed (督办) is marked and comes right after the overdue ones.
import { useEffect, useState } from 'preact/hooks';
import { listMySites, listWorkbenchCases, type CaseQueue as Queue } from './api.ts';
import { when } from './format.ts';
import { clockClass, clockText, kindName, statusName } from './workbench-words.ts';
import { tCase as t } from './case-words.ts';
import { count } from './i18n/dates.ts';
import { word } from './audit-words.ts';
import { SupervisedMark } from './supervised-mark.tsx';
import { SiteFilter } from './filtered-list.tsx';

const emptyFilters = { q: '', status: '', service: '', site: '', from: '', to: '', overdue: '', limit: '50', page: '1' };
type Filters = typeof emptyFilters;

function Pager({ queue, go }: { queue: Queue; go: (page: number) => void }) {
  const pages = Math.max(1, Math.ceil(queue.total / queue.pageSize));
  return (
    <p class="pager">
      <button type="button" disabled={queue.page <= 1} onClick={() => go(queue.page - 1)}>
        {t('previous')}
      </button>{' '}
      <span>{t('pageOf', { page: queue.page, pages, total: queue.total })}</span>{' '}
      <button type="button" disabled={queue.page >= pages} onClick={() => go(queue.page + 1)}>
        {t('next')}
      </button>
    </p>
  );
}

export function CaseQueue() {
  const [filters, setFilters] = useState(emptyFilters);
  const [typed, setTyped] = useState('');
  const [queue, setQueue] = useState<Queue | null>(null);
  const [sites, setSites] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void listMySites().then(setSites, () => setSites([])), []);
  useEffect(() => {
    setError(null);
    listWorkbenchCases(filters).then(setQueue, (err: Error) => setError(err.message));
  }, [filters]);
  // Any other filter starts again at page 1.
  const change = (next: Partial<Filters>) => setFilters({ ...filters, page: '1', ...next });
  const set = (key: keyof Filters) => (e: Event) => change({ [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <section class="workbench">
      <h1>{t('queueTitle')}</h1>
      <form class="filters" role="search" onSubmit={(e) => (e.preventDefault(), change({ q: typed.trim() }))}>
        <label>
          {t('searchLabel')} <input type="search" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('search')}</button>
      </form>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('status')}
          <select value={filters.status} onChange={set('status')}>
            <option value="">{t('all')}</option>
            {(queue?.statuses ?? []).map((s) => (
              <option key={s} value={s}>
                {queue?.counts[s] ? t('statusOption', { status: statusName(s), n: count(queue.counts[s]) }) : statusName(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('service')} <input value={filters.service} placeholder={t('servicePlaceholder')} onChange={set('service')} />
        </label>
        <SiteFilter label={t('site')} allLabel={t('allSites')} sites={sites} value={filters.site} onChange={set('site')} />
        <label>
          {t('from')} <input type="date" value={filters.from} onChange={set('from')} />
        </label>
        <label>
          {t('to')} <input type="date" value={filters.to} onChange={set('to')} />
        </label>
        <label>
          {t('pageSize')}
          <select value={filters.limit} onChange={set('limit')}>
            {['20', '50', '100', '200'].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input type="checkbox" checked={filters.overdue === 'true'} onChange={(e) => change({ overdue: e.currentTarget.checked ? 'true' : '' })} /> {t('overdueOnly')}
        </label>
      </form>
      {error && <p role="alert">{error}</p>}
      {queue && (
        <p class="counts" aria-label={t('countsLabel')}>
          {queue.statuses.filter((s) => queue.counts[s]).map((s) => t('countOne', { status: statusName(s), n: count(queue.counts[s]!) })).join('　') || t('noCases')}
        </p>
      )}
      {!queue ? (
        <p>{t('loading')}</p>
      ) : queue.cases.length === 0 ? (
        <p>{t('noMatch')}</p>
      ) : (
        <>
          <table class="cases">
            <thead>
              <tr>
                <th>{t('colNumber')}</th>
                <th>{t('colKind')}</th>
                <th>{t('colTitle')}</th>
                <th>{t('colResident')}</th>
                <th>{t('colSite')}</th>
                <th>{t('colStatus')}</th>
                <th>{t('colClock')}</th>
                <th>{t('colSubmitted')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.cases.map((c) => (
                <tr key={c.caseNumber} data-case={c.caseNumber}>
                  <td>
                    <a href={`#/case/${c.caseNumber}`}>{c.caseNumberText}</a>
                  </td>
                  <td>{kindName(c.kind)}</td>
                  <td>{c.title}</td>
                  <td>{c.resident ?? t('anonymous')}</td>
                  <td>{c.siteCode}</td>
                  <td>{statusName(c.status)}</td>
                  <td class={clockClass(c.clock)}>
                    {clockText(c.clock)}
                    {c.supervised && (
                      <>
                        {' '}
                        <SupervisedMark supervised={c.supervised} />
                      </>
                    )}
                  </td>
                  <td>{when(c.submittedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager queue={queue} go={(page) => setFilters({ ...filters, page: String(page) })} />
        </>
      )}
    </section>
  );
}
