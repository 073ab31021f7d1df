// The 办件 queue: the cases of the user's sites, overdue and nearly-due on top (the hub orders
// them), with filters by status, service, site and overdue, and the count of each status.
// Names and phones arrive masked; the case page shows them to the clerk who handles the case.
import { useEffect, useState } from 'preact/hooks';
import { listMySites, listWorkbenchCases, type CaseQueue as Queue } from './api.ts';
import { when } from './format.ts';
import { clockClass, clockText, kindName, statusName } from './workbench-words.ts';
import { tCase as t } from './case-words.ts';
import { count } from './i18n/dates.ts';

const emptyFilters = { status: '', service: '', site: '', overdue: '' };

export function CaseQueue() {
  const [filters, setFilters] = useState(emptyFilters);
  const [queue, setQueue] = useState<Queue | null>(null);
  const [sites, setSites] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void listMySites().then(setSites, () => setSites([])), []);
  useEffect(() => {
    listWorkbenchCases(filters).then(setQueue, (err: Error) => setError(err.message));
  }, [filters]);
  const set = (key: keyof typeof emptyFilters) => (e: Event) => setFilters({ ...filters, [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <section class="workbench">
      <h1>{t('queueTitle')}</h1>
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
        <label>
          {t('site')}
          <select value={filters.site} onChange={set('site')}>
            <option value="">{t('allSites')}</option>
            {sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input type="checkbox" checked={filters.overdue === 'true'} onChange={(e) => setFilters({ ...filters, overdue: e.currentTarget.checked ? 'true' : '' })} /> {t('overdueOnly')}
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
                <td class={clockClass(c.clock)}>{clockText(c.clock)}</td>
                <td>{when(c.submittedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
