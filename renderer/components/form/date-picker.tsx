// A date without typing: year, month and day each with big − and + buttons, kept inside the
// field's limits (min / max, 'today' being the kiosk's day). The first tap on 选择日期 starts at
// the latest allowed day (most dates asked for are recent), from where years step back quickly.
import type { FormField } from '../../../config/application-form-schema.ts';
import { fieldText } from './field-text.ts';
import { t } from '../../i18n/index.ts';

type DateField = Extract<FormField, { type: 'date' }>;

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}`;

export function DatePicker({ field, value, today, onChange }: { field: DateField; value: string | undefined; today: string; onChange(v: string | undefined): void }) {
  const min = field.min === 'today' ? today : (field.min ?? '1900-01-01');
  const max = field.max === 'today' ? today : (field.max ?? '2099-12-31');
  const clamp = (s: string) => (s < min ? min : s > max ? max : s);
  if (!value) {
    return (
      <div class="form-date">
        <button type="button" class="big-button secondary" onClick={() => onChange(clamp(today))}>
          <span class="big-button-text">{t.formPickDate}</span>
        </button>
      </div>
    );
  }
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const step = (unit: 'y' | 'm' | 'd', by: number) => {
    if (unit === 'y') return onChange(clamp(iso(y + by, m, d)));
    if (unit === 'm') {
      const total = y * 12 + (m - 1) + by;
      return onChange(clamp(iso(Math.floor(total / 12), (total % 12) + 1, d)));
    }
    const next = new Date(Date.UTC(y, m - 1, d + by));
    onChange(clamp(iso(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate())));
  };
  const part = (unit: 'y' | 'm' | 'd', shown: string, name: string) => (
    <div class="form-date-part" role="group" aria-label={t.formDatePart(fieldText(field, 'label'), name)}>
      {unit === 'y' && (
        <button type="button" class="form-step" aria-label={t.formTenEarlier(name)} onClick={() => step('y', -10)}>
          −10
        </button>
      )}
      <button type="button" class="form-step" aria-label={t.formEarlier(name)} onClick={() => step(unit, -1)}>
        −
      </button>
      <span class="form-date-value">{t.formDateValue(shown, name)}</span>
      <button type="button" class="form-step" aria-label={t.formLater(name)} onClick={() => step(unit, 1)}>
        +
      </button>
    </div>
  );
  return (
    <div class="form-date">
      {part('y', String(y), t.formYear)}
      {part('m', String(m), t.formMonth)}
      {part('d', String(d), t.formDay)}
      <button type="button" class="form-step wide" onClick={() => onChange(undefined)}>
        {t.formClearDate}
      </button>
    </div>
  );
}
