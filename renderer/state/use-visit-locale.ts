// The language of the screen: the site's (`ui.locale`, which a pushed config may change) unless a
// resident chose another on the attract screen. The choice belongs to one visit: it goes when the
// visit ends, or after a minute on the attract screen without one starting (the chooser walked
// away), so the next person is greeted in the site's language.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_LOCALE, type Locale } from '../../shared/locales.ts';
import { setLocale, useLocale } from '../i18n/index.ts';

export const UNUSED_CHOICE_MS = 60_000;

export function useVisitLocale(siteLocale: Locale | undefined, inVisit: boolean) {
  const [choice, setChoice] = useState<Locale | null>(null);
  const locale = useLocale(); // re-renders the whole tree when the language changes
  const site = siteLocale ?? DEFAULT_LOCALE;

  useEffect(() => setLocale(choice ?? site), [choice, site]);

  const hadVisit = useRef(false);
  useEffect(() => {
    if (inVisit) hadVisit.current = true;
    else if (hadVisit.current) {
      hadVisit.current = false;
      setChoice(null);
    }
  }, [inVisit]);

  useEffect(() => {
    if (choice === null || inVisit) return;
    const timer = setTimeout(() => setChoice(null), UNUSED_CHOICE_MS);
    return () => clearTimeout(timer);
  }, [choice, inVisit]);

  const choose = useCallback((l: Locale) => setChoice(l), []);
  return { locale, choose };
}
