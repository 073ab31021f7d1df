// 中文 | English in the nav: each language named in itself, so either reader finds their own.
import { consoleLanguages, setLanguage, type ConsoleLanguage } from './language.ts';

const NAMES: Record<ConsoleLanguage, string> = { 'zh-CN': '中文', en: 'English' };

export function LanguageSwitch({ current }: { current: ConsoleLanguage }) {
  return (
    <span class="language" role="group" aria-label="语言 Language">
      {consoleLanguages.map((language) => (
        <button key={language} type="button" lang={language} aria-pressed={language === current} disabled={language === current} onClick={() => setLanguage(language)}>
          {NAMES[language]}
        </button>
      ))}
    </span>
  );
}
