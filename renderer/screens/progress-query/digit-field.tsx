// A field of digits typed on the kiosk's number pad (办件编号, 查询码, 排队号码). The field owns its
// value; the keyboard only hands over keys.
import { Keyboard } from '../../components/keyboard/keyboard.tsx';

export interface DigitFieldProps {
  label: string;
  /** What the field shows (e.g. the digits grouped 0012-0000345-7). */
  shown: string;
  hint: string;
  /** The message under the field: an error (role alert) or a hint. */
  error: string | null;
  onKey(key: string): void;
  onBackspace(): void;
}

export function DigitField({ label, shown, hint, error, onKey, onBackspace }: DigitFieldProps) {
  return (
    <div class="digit-field">
      {/* dir="ltr": in Uyghur a half-typed "0012-" would otherwise show as "-0012". */}
      <div class={error ? 'digit-field-box wrong' : 'digit-field-box'} dir="ltr" role="textbox" aria-label={label} aria-readonly="true" aria-invalid={error ? 'true' : undefined}>
        {shown || <span class="info-field-hint">{hint}</span>}
      </div>
      {error && (
        <p class="inline-error" role="alert">
          {error}
        </p>
      )}
      <Keyboard layouts={['phone']} onInput={(text) => [...text].forEach(onKey)} onBackspace={onBackspace} />
    </div>
  );
}
