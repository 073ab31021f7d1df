// What to do when the page dies or hangs. A kiosk has nobody at the keyboard: the page must come
// back by itself. But a page that crashes on load would reload in a tight loop, burning the CPU
// and flashing the screen, so reloads back off, and after too many in a short time the whole app
// restarts (fresh main process, fresh GPU process) instead.

export type RenderEvent = 'render-process-gone' | 'unresponsive' | 'responsive';

export interface RenderEventDetails {
  /** Current time in ms from a monotonic clock (performance.now()): wall-clock jumps must not reset the count. */
  now: number;
  /** For 'unresponsive': how long the page has been hung so far (0 when it just became so). */
  hungForMs?: number;
  /** For 'render-process-gone': Electron's reason ('crashed', 'oom', 'killed', …). */
  reason?: string;
}

export interface RecoveryLimits {
  /** Reloads allowed inside `windowMs` before the app restarts instead. */
  maxReloads: number;
  windowMs: number;
  /** How long a hung page gets to recover by itself before it is killed and reloaded. */
  hangGraceMs: number;
  /** First reload delay; doubles with each recent reload, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRecoveryLimits: RecoveryLimits = {
  maxReloads: 5,
  windowMs: 5 * 60_000,
  hangGraceMs: 10_000,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
};

export type RecoveryDecision =
  /** Nothing to do (the page is fine again). */
  | { action: 'none' }
  /** Check again after `afterMs` (a hung page gets a grace period). */
  | { action: 'wait'; afterMs: number }
  /** Reload the page after `afterMs`. For a hung page: kill the renderer, then reload. */
  | { action: 'reload'; afterMs: number }
  /** Too many reloads recently: relaunch the whole application. */
  | { action: 'restart-app' };

/**
 * Decides the recovery step. `reloadHistory` holds the times (same clock as details.now) of earlier reloads;
 * the caller appends `now` when it carries out a 'reload'.
 */
export function renderRecoveryAction(
  event: RenderEvent,
  details: RenderEventDetails,
  reloadHistory: readonly number[],
  limits: RecoveryLimits = defaultRecoveryLimits,
): RecoveryDecision {
  if (event === 'responsive') return { action: 'none' };
  if (event === 'unresponsive') {
    const hungFor = details.hungForMs ?? 0;
    if (hungFor < limits.hangGraceMs) return { action: 'wait', afterMs: limits.hangGraceMs - hungFor };
  }
  const recent = reloadHistory.filter((t) => t <= details.now && details.now - t < limits.windowMs).length;
  if (recent >= limits.maxReloads) return { action: 'restart-app' };
  // The first reload is immediate-ish; later ones wait longer so a crash loop cannot spin.
  const afterMs = recent === 0 ? 0 : Math.min(limits.maxDelayMs, limits.baseDelayMs * 2 ** (recent - 1));
  return { action: 'reload', afterMs };
}
