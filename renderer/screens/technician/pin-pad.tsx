// The technician's PIN keypad: digits only, shown as dots, with the core's answer (wrong PIN, or
// locked for so many seconds) in plain words.
import { useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

export function PinPad({ message, busy, onSubmit, onCancel }: { message: string | null; busy: boolean; onSubmit(pin: string): void; onCancel(): void }) {
  const [pin, setPin] = useState('');
  return (
    <div class="technician-pin" role="dialog" aria-label={t.technicianPinTitle}>
      <h1>{t.technicianPinTitle}</h1>
      <p class="technician-pin-dots" aria-label={`${pin.length}`}>
        {'●'.repeat(pin.length) || '\u00a0'}
      </p>
      {message && (
        <p class="technician-message" role="alert">
          {message}
        </p>
      )}
      <div class="technician-keys">
        {DIGITS.map((digit) => (
          <button type="button" key={digit} onClick={() => setPin((p) => (p.length < 12 ? p + digit : p))}>
            {digit}
          </button>
        ))}
        <button type="button" onClick={() => setPin((p) => p.slice(0, -1))}>
          {t.technicianPinDelete}
        </button>
        <button
          type="button"
          disabled={busy || pin.length === 0}
          onClick={() => {
            onSubmit(pin);
            setPin('');
          }}
        >
          {t.technicianPinOk}
        </button>
      </div>
      <button type="button" class="technician-cancel" onClick={onCancel}>
        {t.technicianCancel}
      </button>
    </div>
  );
}
