// The root component's hook: re-renders the page (and so every `t`) when the language changes.
import { useEffect, useState } from 'preact/hooks';
import { getLanguage, onLanguageChange, type ConsoleLanguage } from './language.ts';

export function useLanguage(): ConsoleLanguage {
  const [language, setState] = useState(getLanguage());
  useEffect(() => onLanguageChange(setState), []);
  return language;
}
