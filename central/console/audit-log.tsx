// 审计日志: every change made through the console or the admin API, newest first, for admins and
// auditors (an auditor sees what concerns its sites; the hub decides). Filters by who, action and
// days; pages go back in time by the last entry's id, so entries arriving meanwhile shift nothing.
import { useEffect, useState } from 'preact/hooks';
import { listAudit } from './api.ts';
import type { AuditEntryView, AuditPage } from '../audit/audit-types.ts';
import { when } from './format.ts';
import { roleNames } from './workbench-words.ts';
import { actionWord, auditActions, word } from './audit-words.ts';

const emptyFilters = { actor: '', action: '', from: '', to: '' };

const json = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value));

function EntryRow({ entry }: { entry: AuditEntryView }) {
  return (
    <tr data-entry={entry.id} data-action={entry.action}>
      <td>{when(entry.at)}</td>
      <td>
        {entry.actor}
        {entry.viaToken ? word('viaToken') : entry.actorRole ? `（${roleNames[entry.actorRole as keyof typeof roleNames] ?? entry.actorRole}）` : ''}
      </td>
      <td>{actionWord(entry.action)}</td>
      <td>
        {entry.target.kind} {entry.target.kind === 'case' ? <a href={`#/case/${entry.target.id}`}>{entry.target.id}</a> : entry.target.id}
      </td>
      <td>{entry.sites.join('、')}</td>
      <td class="change">
        <code>{json(entry.before)}</code> → <code>{json(entry.after)}</code>
      </td>
      <td>{entry.address ?? '—'}</td>
    </tr>
  );
}

export function AuditLog() {
  const [filters, setFilters] = useState(emptyFilters);
  /** The `before` of the page shown; '' for the newest. */
  const [before, setBefore] = useState('');
  const [page, setPage] = useState<AuditPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setError(null);
    listAudit({ ...filters, before }).then(setPage, (err: Error) => setError(err.message));
  }, [filters, before]);
  const set = (key: keyof typeof emptyFilters) => (e: Event) => {
    setBefore('');
    setFilters({ ...filters, [key]: (e.currentTarget as HTMLInputElement).value.trim() });
  };
  return (
    <section class="workbench audit-log">
      <h1>{word('auditTitle')}</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {word('filterActor')} <input value={filters.actor} onChange={set('actor')} />
        </label>
        <label>
          {word('filterAction')}
          <select value={filters.action} onChange={set('action')}>
            <option value="">{word('filterAll')}</option>
            {auditActions.map((a) => (
              <option key={a} value={a}>
                {actionWord(a)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {word('filterFrom')} <input type="date" value={filters.from} onChange={set('from')} />
        </label>
        <label>
          {word('filterTo')} <input type="date" value={filters.to} onChange={set('to')} />
        </label>
      </form>
      {error && <p role="alert">{error}</p>}
      {!page ? (
        <p>{word('loading')}</p>
      ) : page.entries.length === 0 ? (
        <p>{word('noEntries')}</p>
      ) : (
        <table class="audit">
          <thead>
            <tr>
              {(['colAt', 'colActor', 'colAction', 'colTarget', 'colSites', 'colChange', 'colAddress'] as const).map((k) => (
                <th key={k}>{word(k)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.entries.map((entry) => (
              <EntryRow key={entry.id} entry={entry} />
            ))}
          </tbody>
        </table>
      )}
      <p class="paging">
        {before && (
          <button type="button" onClick={() => setBefore('')}>
            {word('firstPage')}
          </button>
        )}{' '}
        {page?.next && (
          <button type="button" onClick={() => setBefore(page.next ?? '')}>
            {word('olderPage')}
          </button>
        )}
      </p>
    </section>
  );
}
