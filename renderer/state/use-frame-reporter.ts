// Proof the screen is alive: every few seconds, from inside an animation frame, the UI tells the
// core it drew. A hung renderer (a busy loop, a white page after a crash) stops the reports, and
// central raises "screen dead" for a kiosk whose process still answers heartbeats.
import { useEffect } from 'preact/hooks';
import type { ApiClient } from '../api-client.ts';

const everyMs = 5000;

export function useFrameReporter(api: ApiClient): void {
  useEffect(() => {
    let frame = 0;
    const report = () => {
      frame = requestAnimationFrame(() => void api.call('reportFrame', {}).catch(() => {}));
    };
    report();
    const timer = setInterval(report, everyMs);
    return () => {
      clearInterval(timer);
      cancelAnimationFrame(frame);
    };
  }, [api]);
}
