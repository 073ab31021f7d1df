// Counts the page's renderer crashes for the heartbeat, in the same shape as the browser shell's
// Chromium restarts (browser-shell/chromium-supervisor.ts), so the fleet view reads both alike:
// a kiosk whose page keeps dying is visible at central, not only in a local log.

// A type alias, not an interface: the heartbeat takes it as a plain JSON record.
export type RendererCrashHealth = {
  kind: 'electron';
  /** Times the page's renderer went away while the kiosk still wanted it, since the app started. */
  crashes: number;
  lastCrashAt: string | null;
  /** Electron's reason, e.g. "crashed (exit code 139)" or "oom". Never page content. */
  lastCrash: string | null;
};

export interface RendererCrashTally {
  record(reason: string, at: Date): void;
  health(): RendererCrashHealth;
}

export function createRendererCrashTally(): RendererCrashTally {
  let crashes = 0;
  let lastCrash: string | null = null;
  let lastCrashAt: string | null = null;
  return {
    record(reason, at) {
      crashes++;
      lastCrash = reason;
      lastCrashAt = at.toISOString();
    },
    health: () => ({ kind: 'electron', crashes, lastCrash, lastCrashAt }),
  };
}
