// The 办件 queue: the cases of the user's sites, overdue and nearly-due on top (the hub orders
// them), with filters by status, service, site and overdue, and the count of each status.
// Names and phones arrive masked; the case page shows them to the clerk who handles the case.
// A case a supervisor pressed (督办) is marked and comes right after the overdue ones.
import { useEffect, useState } from 'preact/hooks';
import { listMySites, listWorkbenchCases, type CaseQueue as Queue } from './api.ts';
import { when } from './format.ts';
import { clockClass, clockText, kindNames } from './workbench-words.ts';
import { word } from './audit-words.ts';

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
      <h1>办件</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          状态
          <select value={filters.status} onChange={set('status')}>
            <option value="">全部</option>
            {(queue?.statuses ?? []).map((s) => (
              <option key={s} value={s}>
                {s}
                {queue?.counts[s] ? `（${queue.counts[s]}）` : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          事项或诉求类型 <input value={filters.service} placeholder="如 dibao、投诉" onChange={set('service')} />
        </label>
        <label>
          站点
          <select value={filters.site} onChange={set('site')}>
            <option value="">全部站点</option>
            {sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input type="checkbox" checked={filters.overdue === 'true'} onChange={(e) => setFilters({ ...filters, overdue: e.currentTarget.checked ? 'true' : '' })} /> 只看超期
        </label>
      </form>
      {error && <p role="alert">{error}</p>}
      {queue && (
        <p class="counts" aria-label="各状态件数">
          {queue.statuses.filter((s) => queue.counts[s]).map((s) => `${s} ${queue.counts[s]} 件`).join('　') || '暂无办件'}
        </p>
      )}
      {!queue ? (
        <p>加载中…</p>
      ) : queue.cases.length === 0 ? (
        <p>没有符合条件的办件。</p>
      ) : (
        <table class="cases">
          <thead>
            <tr>
              <th>办件编号</th>
              <th>类别</th>
              <th>事项 / 诉求</th>
              <th>申请人</th>
              <th>站点</th>
              <th>状态</th>
              <th>时限</th>
              <th>提交时间</th>
            </tr>
          </thead>
          <tbody>
            {queue.cases.map((c) => (
              <tr key={c.caseNumber} data-case={c.caseNumber}>
                <td>
                  <a href={`#/case/${c.caseNumber}`}>{c.caseNumberText}</a>
                </td>
                <td>{kindNames[c.kind]}</td>
                <td>{c.title}</td>
                <td>{c.resident ?? '匿名'}</td>
                <td>{c.siteCode}</td>
                <td>{c.status}</td>
                <td class={clockClass(c.clock)}>
                  {clockText(c.clock)}
                  {c.supervised && <strong class="supervised-mark"> {word('supervisedMark')}</strong>}
                </td>
                <td>{when(c.submittedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
