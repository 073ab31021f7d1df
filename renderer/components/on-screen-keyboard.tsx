// The kiosk's own keyboard: letters and digits (enough for pinyin and initials; pinyin candidates
// come later). It is laid out in the page flow below the field it edits, never over it, and every
// key is a finger-sized <button> whose accessible name is what it types.
import './on-screen-keyboard.css';

const rows = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

export interface OnScreenKeyboardProps {
  /** Called with one character: a letter, a digit or a space. */
  onKey(character: string): void;
  onBackspace(): void;
  onClear(): void;
  labels: { space: string; backspace: string; clear: string; keyboard: string };
  /** Characters beyond letters and digits that a field needs (e.g. "-" in a site code). */
  extraKeys?: readonly string[];
}

export function OnScreenKeyboard({ onKey, onBackspace, onClear, labels, extraKeys = [] }: OnScreenKeyboardProps) {
  // Pressing a key must not take focus from where the resident is looking.
  const keep = (e: Event) => e.preventDefault();
  return (
    <div class="osk" role="group" aria-label={labels.keyboard} onMouseDown={keep}>
      {rows.map((row) => (
        <div class="osk-row" key={row}>
          {[...row].map((ch) => (
            <button type="button" class="osk-key" key={ch} onClick={() => onKey(ch)}>
              {ch}
            </button>
          ))}
          {row === 'zxcvbnm' && (
            <button type="button" class="osk-key wide" onClick={onBackspace}>
              {labels.backspace}
            </button>
          )}
        </div>
      ))}
      <div class="osk-row">
        <button type="button" class="osk-key wide" onClick={onClear}>
          {labels.clear}
        </button>
        {extraKeys.map((ch) => (
          <button type="button" class="osk-key" key={ch} onClick={() => onKey(ch)}>
            {ch}
          </button>
        ))}
        <button type="button" class="osk-key space" onClick={() => onKey(' ')}>
          {labels.space}
        </button>
      </div>
    </div>
  );
}
