// Tells the core the resident is still there (it owns the idle timer). Every touch or key counts,
// but the core hears at most one report a second.
import { useEffect, useRef } from 'preact/hooks';
import type { ApiClient } from '../api-client.ts';

const minIntervalMs = 1000;

export function useActivityReporter(api: ApiClient, inSession: boolean): void {
  const inSessionRef = useRef(inSession);
  inSessionRef.current = inSession;
  useEffect(() => {
    let last = 0;
    const report = () => {
      if (!inSessionRef.current) return;
      const now = Date.now();
      if (now - last < minIntervalMs) return;
      last = now;
      void api.call('activity', {}).catch(() => {});
    };
    window.addEventListener('pointerdown', report, { capture: true, passive: true });
    window.addEventListener('keydown', report, { capture: true, passive: true });
    return () => {
      window.removeEventListener('pointerdown', report, { capture: true });
      window.removeEventListener('keydown', report, { capture: true });
    };
  }, [api]);
}
