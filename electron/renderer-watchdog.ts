// Brings the page back after its renderer crashed or hung, following renderRecoveryAction:
// reload with back-off, and relaunch the whole app when the page keeps dying.
// Electron-process only.
import type { BrowserWindow } from 'electron';
import { performance } from 'node:perf_hooks';
import { renderRecoveryAction, type RecoveryDecision } from './policy/recovery.ts';

export interface WatchdogHooks {
  /** Loads the app page again (loadURL of the entry, not reload(): the URL is known-good). */
  reloadPage(): void;
  restartApp(): void;
  /** True while the app is quitting: renderers then exit on purpose. */
  isQuitting(): boolean;
  /** Told of every renderer that went away unasked (a crash, a kill, a hang ended by force). */
  onRendererGone?(reason: string): void;
}

export function watchRenderer(win: BrowserWindow, hooks: WatchdogHooks): void {
  const contents = win.webContents;
  const reloads: number[] = [];
  let hungSince: number | null = null;
  let hangTimer: NodeJS.Timeout | null = null;

  const clearHang = () => {
    if (hangTimer) clearTimeout(hangTimer);
    hangTimer = null;
    hungSince = null;
  };

  const carryOut = (decision: RecoveryDecision, reloadNow: () => void) => {
    if (decision.action === 'restart-app') {
      console.error('kiosk: the page keeps failing; restarting the application');
      hooks.restartApp();
    } else if (decision.action === 'reload') {
      reloads.push(performance.now());
      setTimeout(() => {
        if (!win.isDestroyed() && !hooks.isQuitting()) reloadNow();
      }, decision.afterMs);
    }
  };

  contents.on('render-process-gone', (_event, details) => {
    clearHang();
    if (hooks.isQuitting()) return;
    console.error(`kiosk: the page's renderer is gone (${details.reason}, exit code ${details.exitCode})`);
    hooks.onRendererGone?.(`${details.reason} (exit code ${details.exitCode})`);
    const decision = renderRecoveryAction('render-process-gone', { now: performance.now(), reason: details.reason }, reloads);
    carryOut(decision, hooks.reloadPage);
  });

  const checkHang = () => {
    if (hungSince === null || win.isDestroyed()) return;
    const now = performance.now();
    const decision = renderRecoveryAction('unresponsive', { now, hungForMs: now - hungSince }, reloads);
    if (decision.action === 'wait') {
      hangTimer = setTimeout(checkHang, decision.afterMs);
    } else if (decision.action === 'reload') {
      console.error('kiosk: the page is hung; restarting its renderer');
      clearHang();
      // Killing the renderer emits 'render-process-gone', whose handler reloads (counted once).
      contents.forcefullyCrashRenderer();
    } else {
      carryOut(decision, hooks.reloadPage);
    }
  };

  contents.on('unresponsive', () => {
    if (hungSince !== null) return;
    hungSince = performance.now();
    checkHang();
  });
  contents.on('responsive', clearHang);
}
