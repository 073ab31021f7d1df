// A text the resident types for 诉求反映 (the description, a place not on the list, the callback
// phone): a large box, an optional row of common phrases to tap instead of typing, and the kiosk's
// keyboard docked below. Problems are told in words above the box (role alert).
import { useState } from 'preact/hooks';
import { BigButton } from '../../components/big-button.tsx';
import { Keyboard, type KeyboardLayout } from '../../components/keyboard/keyboard.tsx';
import { t } from '../../i18n/index.ts';

export interface TextEntryProps {
  label: string;
  value: string;
  onChange(next: string): void;
  layouts: readonly KeyboardLayout[];
  phrases?: string[];
  phrasesLabel?: string;
  /** The phrases are the Chinese ones (no translation for this language): shown with the note. */
  phrasesInChinese?: boolean;
  maxLength?: number;
  hint: string;
  error: string | null;
}

export function TextEntry({ label, value, onChange, layouts, phrases, phrasesLabel, phrasesInChinese, maxLength, hint, error }: TextEntryProps) {
  const [typing, setTyping] = useState(!phrases?.length);
  const add = (phrase: string) => onChange(value ? `${value}，${phrase}` : phrase);
  return (
    <div class="form-engine">
      <div class="form-scroll">
        {phrases && phrases.length > 0 && (
          <section class="form-field" aria-label={phrasesLabel}>
            <h3 class="form-label">
              {phrasesLabel}
              {phrasesInChinese && <small class="zh-fallback-note">{t.chineseOnly}</small>}
            </h3>
            <div class="form-choices">
              {phrases.map((p) => (
                <BigButton key={p} variant="secondary" onClick={() => add(p)}>
                  {p}
                </BigButton>
              ))}
            </div>
          </section>
        )}
        <section class={`form-field${error ? ' invalid' : ''}`} aria-label={label}>
          <h3 class="form-label">{label}</h3>
          {/* A phone reads left to right in Uyghur too ("0991-", not "-0991"); words take the page's direction. */}
          <div class={`form-box long${typing ? ' active' : ''}`} dir={layouts[0] === 'phone' ? 'ltr' : undefined} role="textbox" aria-label={label} aria-readonly="true" tabIndex={0} onClick={() => setTyping(true)}>
            {value || <span class="form-placeholder">{hint}</span>}
          </div>
          {maxLength !== undefined && <p class="form-count">{t.formCharacters(Array.from(value).length, maxLength)}</p>}
          {error && (
            <p class="form-error" role="alert">
              {error}
            </p>
          )}
        </section>
      </div>
      {typing && (
        <div class="form-keyboard">
          <Keyboard layouts={layouts} extraKeys={layouts[0] === 'phone' ? ['-'] : undefined} onInput={(text) => onChange(value + text)} onBackspace={() => onChange(Array.from(value).slice(0, -1).join(''))} onEnter={() => setTyping(false)} />
        </div>
      )}
    </div>
  );
}
