// The language choice on the attract screen: each language named in its own script and tagged
// with its lang, so a resident finds theirs without reading Chinese. The choice lasts one visit.
import { LOCALE_INFO, LOCALES, type Locale } from '../../shared/locales.ts';
import { t } from '../i18n/index.ts';

export interface LanguagePickerProps {
  locale: Locale;
  onChoose(locale: Locale): void;
}

export function LanguagePicker({ locale, onChoose }: LanguagePickerProps) {
  return (
    <nav class="language-picker" aria-label={t.chooseLanguage}>
      {LOCALES.map((l) => (
        <button
          type="button"
          key={l}
          class="language-button"
          // Each language's own name for itself (中文 too) is a proper name on every screen.
          data-proper-name=""
          lang={l}
          dir={LOCALE_INFO[l].dir}
          aria-pressed={l === locale}
          onClick={() => onChoose(l)}
        >
          {LOCALE_INFO[l].nativeName}
        </button>
      ))}
    </nav>
  );
}
