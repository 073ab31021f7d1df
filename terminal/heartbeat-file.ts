// Liveness for the supervisor (issue 12, 7×24): while KIOSK_HEARTBEAT_FILE is set, the core
// rewrites that file every few seconds. It is written from the core's own event loop, so a hung
// core stops it; it carries the screen's last frame age (a hung renderer) and whether a resident
// is in a session (the daily restart waits). A file rather than an endpoint: nothing new listens
// on a port, and it works the same under Electron and the browser shell.
import { renameSync, writeFileSync } from 'node:fs';
import { softwareVersion } from './sync/software-version.ts';

/** The file's content; supervisor/heartbeat.ts reads it. */
export interface HeartbeatFile {
  /** Counts up with each write: the supervisor watches it change, on its own clock. */
  seq: number;
  pid: number;
  lastFrameAgeSeconds: number | null;
  inSession: boolean;
  outOfService: boolean;
  /** Which version wrote it: after an update the supervisor waits for the new one's heartbeat. */
  version: string;
}

export interface HeartbeatSource {
  getStatus(req: Record<string, never>): Promise<{ session: unknown; outOfService: unknown }>;
  screenReport(): { lastFrameAgeSeconds: number | null };
}

export const HEARTBEAT_INTERVAL_MS = 5_000;

export function startHeartbeatFile(path: string | undefined, source: HeartbeatSource, intervalMs = HEARTBEAT_INTERVAL_MS): { stop(): void } {
  if (!path) return { stop() {} };
  let seq = 0;
  let stopped = false;
  const beat = async () => {
    const status = await source.getStatus({});
    if (stopped) return;
    const content: HeartbeatFile = {
      seq: ++seq,
      pid: process.pid,
      lastFrameAgeSeconds: source.screenReport().lastFrameAgeSeconds,
      inSession: status.session !== null,
      outOfService: Boolean(status.outOfService),
      version: softwareVersion(),
    };
    // Write then rename: the supervisor never reads half a file.
    writeFileSync(`${path}.tmp`, JSON.stringify(content));
    renameSync(`${path}.tmp`, path);
  };
  const tick = () =>
    beat().catch((err: Error) => console.error(`kiosk: could not write the heartbeat file ${path}: ${err.message}`));
  void tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
