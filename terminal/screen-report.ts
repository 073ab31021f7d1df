// What the heartbeat says about the screen: the age of the UI's last drawn frame (null: none since
// this start) and how long the core has run. Ages, not a yes/no, so central judges staleness by
// one fleet-wide rule (central/health.ts) and an admin reads how long the screen has been dead.
import type { ScreenReport } from '../shared/contract/schemas.ts';

export function screenReportAt(now: number, startedAt: number, lastFrameAt: number | null): ScreenReport {
  return {
    lastFrameAgeSeconds: lastFrameAt === null ? null : Math.max(0, Math.round((now - lastFrameAt) / 1000)),
    uptimeSeconds: Math.max(0, Math.round((now - startedAt) / 1000)),
  };
}
