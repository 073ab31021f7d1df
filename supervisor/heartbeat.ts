// Reads the kiosk core's heartbeat file (terminal/heartbeat-file.ts writes it). The supervisor
// never imports the kiosk's code: a kiosk that cannot even load must not take its rescuer down.
import { readFileSync } from 'node:fs';

export interface Heartbeat {
  seq: number;
  lastFrameAgeSeconds: number | null;
  inSession: boolean;
  /** The kiosk's software version (issue 12: the supervisor checks the new one is what runs); absent from older kiosks. */
  version?: string;
}

/** null: no file yet or not a heartbeat (a kiosk mid-start, or an old version without one). */
export function readHeartbeat(path: string): Heartbeat | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    if (typeof data.seq !== 'number' || typeof data.inSession !== 'boolean') return null;
    const age = data.lastFrameAgeSeconds;
    const version = typeof data.version === 'string' ? data.version : undefined;
    return { seq: data.seq, inSession: data.inSession, lastFrameAgeSeconds: typeof age === 'number' ? age : null, ...(version ? { version } : {}) };
  } catch {
    return null;
  }
}
