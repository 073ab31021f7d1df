// A workbench list page's state: its filters, the answer for them (fetched again whenever they
// change), the user's sites for the site filter, and the last error. The 整改 list uses it; the
// 办件 queue keeps its own copy of the same (and of SiteFilter) until its filters are reworked (issue 23).
import { useEffect, useState } from 'preact/hooks';
import { listMySites } from './api.ts';

export function useFilteredList<F extends Record<string, string>, T>(empty: F, load: (filters: F) => Promise<T>) {
  const [filters, setFilters] = useState(empty);
  const [data, setData] = useState<T | null>(null);
  const [sites, setSites] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void listMySites().then(setSites, () => setSites([])), []);
  useEffect(() => {
    load(filters).then(setData, (err: Error) => setError(err.message));
  }, [filters]);
  /** An input's or select's handler that sets one filter to its value. */
  const set = (key: keyof F) => (e: Event) => setFilters({ ...filters, [key]: (e.currentTarget as HTMLInputElement).value });
  return { filters, setFilters, set, data, sites, error };
}

/** The site filter: every site of the user's scope, or all of them. */
export function SiteFilter({ label, allLabel, sites, value, onChange }: { label: string; allLabel: string; sites: string[]; value: string; onChange: (e: Event) => void }) {
  return (
    <label>
      {label}
      <select value={value} onChange={onChange}>
        <option value="">{allLabel}</option>
        {sites.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </label>
  );
}
