// Proof the screen is alive: every few seconds, from inside an animation frame, the UI tells the
// core it drew. A hung renderer (a busy loop, a white page after a crash) stops the reports, and
// central raises "screen dead" for a kiosk whose process still answers heartbeats.
import { useEffect } from 'preact/hooks';
import type { ApiClient } from '../api-client.ts';

/** Exported for the hub-side timing test: central's staleness rule assumes reports this often. */
export const FRAME_REPORT_EVERY_MS = 5000;

export function useFrameReporter(api: ApiClient): void {
  useEffect(() => {
    let frame = 0;
    const report = () => {
      frame = requestAnimationFrame(() => void api.call('reportFrame', {}).catch(() => {}));
    };
    report();
    const timer = setInterval(report, FRAME_REPORT_EVERY_MS);
    return () => {
      clearInterval(timer);
      cancelAnimationFrame(frame);
    };
  }, [api]);
}
