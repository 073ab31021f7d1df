// 节假日: an admin loads the year's holiday file and sees the calendar the due dates are counted by.
import { useEffect, useState } from 'preact/hooks';
import { listHolidays, loadHolidays, type HolidayDay } from './api.ts';
import { calendarDay } from './i18n/dates.ts';
import { tHoliday as t } from './holiday-words.ts';

export function Holidays() {
  const [year, setYear] = useState(new Date().getFullYear());
  const [days, setDays] = useState<HolidayDay[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => listHolidays(year).then(setDays, (err: Error) => setError(err.message));
  useEffect(() => void load(), [year]);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setMessage(null);
    try {
      const loaded = await loadHolidays(await file.text());
      setMessage(t('loaded', { years: loaded.years.join('、'), holidays: loaded.holidays, workdays: loaded.workdays }));
      if (loaded.years.includes(year)) await load();
      else setYear(loaded.years[0]!);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <section class="workbench">
      <h1>{t('title')}</h1>
      <p>{t('explain')}</p>
      <div class="filters">
        <label>
          {t('file')} <input type="file" accept=".csv,text/csv" onChange={(e) => void upload(e.currentTarget.files?.[0])} />
        </label>
        <label>
          {t('year')} <input type="number" min={2000} max={2100} value={year} onChange={(e) => setYear(Number(e.currentTarget.value))} />
        </label>
      </div>
      {message && <p role="status">{message}</p>}
      {error && <p role="alert">{error}</p>}
      {days && days.length === 0 && <p>{t('none', { year: String(year) })}</p>}
      {days && days.length > 0 && (
        <table class="holidays">
          <thead>
            <tr>
              <th>{t('colDay')}</th>
              <th>{t('colKind')}</th>
              <th>{t('colName')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day} data-day={d.day}>
                <td>{calendarDay(d.day)}</td>
                <td>{t('kind', { kind: d.kind })}</td>
                <td>{d.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
