// The 整改 list: the bad ratings' rectifications of the user's sites, overdue ones on top (the hub
// orders them), with filters by state, site and overdue, and the count of each state.
import { listRectifications } from './api.ts';
import { SiteFilter, useFilteredList } from './filtered-list.tsx';
import type { RectificationList as List, RectificationSummary } from '../routes/rectification/rectification-types.ts';
import { when } from './format.ts';
import { nameOf, say } from './rectification-words.ts';

const emptyFilters = { state: '', site: '', overdue: '' };

/** 剩余 3 个工作日 / 超期 2 个工作日 / — once the site has answered. */
export function rectificationClock(r: Pick<RectificationSummary, 'remainingWorkingDays' | 'overdue'>): { text: string; className: string } {
  if (r.remainingWorkingDays === null) return { text: say('answered'), className: 'clock' };
  if (r.overdue) return { text: say('overdue', { n: -r.remainingWorkingDays }), className: 'clock overdue' };
  return { text: say('remaining', { n: r.remainingWorkingDays }), className: r.remainingWorkingDays <= 1 ? 'clock nearly-due' : 'clock' };
}

export function RectificationList() {
  const { filters, setFilters, set, data: list, sites, error } = useFilteredList(emptyFilters, listRectifications);
  return (
    <section class="workbench">
      <h1>{say('listTitle')}</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {say('filterState')}
          <select value={filters.state} onChange={set('state')}>
            <option value="">{say('filterAll')}</option>
            {(list?.states ?? []).map((s) => (
              <option key={s} value={s}>
                {nameOf('states', s)}
                {list?.counts[s] ? `（${list.counts[s]}）` : ''}
              </option>
            ))}
          </select>
        </label>
        <SiteFilter label={say('filterSite')} allLabel={say('filterAllSites')} sites={sites} value={filters.site} onChange={set('site')} />
        <label class="check">
          <input type="checkbox" checked={filters.overdue === 'true'} onChange={(e) => setFilters({ ...filters, overdue: e.currentTarget.checked ? 'true' : '' })} /> {say('filterOverdue')}
        </label>
      </form>
      {error && <p role="alert">{error}</p>}
      {list && (
        <p class="counts" aria-label={say('filterState')}>
          {[...list.states.filter((s) => list.counts[s]).map((s) => say('countOf', { state: nameOf('states', s), n: list.counts[s]! })), ...(list.overdue ? [say('overdueCount', { n: list.overdue })] : [])].join('　') ||
            say('noneAtAll')}
        </p>
      )}
      {!list ? (
        <p>{say('loading')}</p>
      ) : list.items.length === 0 ? (
        <p>{say('none')}</p>
      ) : (
        <table class="cases rectifications">
          <thead>
            <tr>
              <th>{say('colId')}</th>
              <th>{say('colRating')}</th>
              <th>{say('colItem')}</th>
              <th>{say('colService')}</th>
              <th>{say('colSite')}</th>
              <th>{say('colState')}</th>
              <th>{say('colClock')}</th>
              <th>{say('colRatedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((r) => {
              const clock = rectificationClock(r);
              return (
                <tr key={r.id} data-rectification={r.id} class={r.overdue ? 'overdue' : undefined}>
                  <td>
                    <a href={`#/rectification/${r.id}`}>{r.id}</a>
                  </td>
                  <td>
                    {r.label}：{r.reasons.join('、')}
                  </td>
                  <td>{r.item}</td>
                  <td>{r.service}</td>
                  <td>{r.siteCode}</td>
                  <td>{nameOf('states', r.state)}</td>
                  <td class={clock.className}>{clock.text}</td>
                  <td>{when(r.ratedAt)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
