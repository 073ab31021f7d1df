// 窗口服务 by its ticket: the queue's letter (from the catalog's queues), three digits on the number
// pad, and the day of the visit (today back to six days ago: the rating window is seven days).
import { useState } from 'preact/hooks';
import { BigButton } from '../../components/big-button.tsx';
import { ScreenHeader } from '../../components/screen-header.tsx';
import { CheckIcon } from '../../components/icons.tsx';
import { t } from '../../i18n/index.ts';
import { getSiteTimeZone } from '../../i18n/dates.ts';
import { shiftDay, zonedDay } from '../../../config/zoned-time.ts';
import { useScreenPrompt } from '../../voice/use-screen-prompt.ts';
import { DigitField } from '../progress-query/digit-field.tsx';
import { typeDigit } from '../progress-query/number-entry.ts';

const WINDOW_DAYS = 7;

/** The site's days (issue 21): the ones its tickets were numbered in, whatever the system's zone. */
export function dayChoices(now: Date, timeZone: string): { date: string; label: string }[] {
  const today = zonedDay(now, timeZone);
  return Array.from({ length: WINDOW_DAYS }, (_, i) => {
    const date = shiftDay(today, -i);
    const [, month, day] = date.split('-').map(Number);
    return { date, label: i === 0 ? t.ratingToday : i === 1 ? t.ratingYesterday : `${month}月${day}日` };
  });
}

export interface TicketEntryProps {
  prefixes: string[];
  onDone(ticket: { ticketNumber: string; date: string }): void;
  onBack(): void;
}

export function TicketEntry({ prefixes, onDone, onBack }: TicketEntryProps) {
  const letters = prefixes.length > 0 ? prefixes : ['A'];
  const [prefix, setPrefix] = useState(letters[0]!);
  const [digits, setDigits] = useState('');
  const days = dayChoices(new Date(), getSiteTimeZone());
  const [date, setDate] = useState(days[0]!.date);
  useScreenPrompt('screen.rating-ticket', (s) => s.promptRatingTicket);
  return (
    <div class="screen rating rating-ticket">
      <ScreenHeader title={t.ratingTicketTitle} onBack={onBack} />
      {letters.length > 1 && (
        <div class="rating-choices" role="radiogroup" aria-label={t.ratingTicketQueue}>
          {letters.map((p) => (
            <BigButton key={p} variant="secondary" pressed={prefix === p} onClick={() => setPrefix(p)}>
              {p}
            </BigButton>
          ))}
        </div>
      )}
      <DigitField
        label={t.ratingTicketField}
        shown={digits ? `${prefix}${digits}` : ''}
        hint={`${prefix}001`}
        error={null}
        onKey={(k) => setDigits((v) => typeDigit(v, k, 3))}
        onBackspace={() => setDigits((v) => v.slice(0, -1))}
      />
      <div class="rating-choices" role="radiogroup" aria-label={t.ratingTicketDay}>
        {days.map((d) => (
          <BigButton key={d.date} variant="secondary" pressed={date === d.date} onClick={() => setDate(d.date)}>
            {d.label}
          </BigButton>
        ))}
      </div>
      <div class="actions">
        <BigButton main icon={<CheckIcon />} disabled={digits.length !== 3} onClick={() => onDone({ ticketNumber: `${prefix}${digits}`, date })}>
          {t.ratingNext}
        </BigButton>
      </div>
    </div>
  );
}
