// The console's language: Chinese unless the user picked English with the switch in the nav, a
// choice this browser remembers (localStorage) across logins and reloads. A module-level value
// with listeners, so `t` (read anywhere) and the root component (re-rendered on a change) agree.
export const consoleLanguages = ['zh-CN', 'en'] as const;
export type ConsoleLanguage = (typeof consoleLanguages)[number];

const STORAGE_KEY = 'console.language';
const listeners = new Set<(language: ConsoleLanguage) => void>();

function stored(): ConsoleLanguage {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN'; // storage refused (a locked-down browser): Chinese, as for everyone else
  }
}

let current: ConsoleLanguage = stored();
if (typeof document !== 'undefined') document.documentElement.lang = current;

export function getLanguage(): ConsoleLanguage {
  return current;
}

export function setLanguage(language: ConsoleLanguage): void {
  if (language === current) return;
  current = language;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered: the choice still holds until the page is reloaded.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  for (const listener of listeners) listener(language);
}

export function onLanguageChange(listener: (language: ConsoleLanguage) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
