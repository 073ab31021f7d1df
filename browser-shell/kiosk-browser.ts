// The browser half of the browser shell, as `npm start -- --shell browser` runs it: finds
// Chromium, says once what a technician should know (sandbox, policy), and keeps a kiosk window
// on the screen through chromium-supervisor.ts until the kiosk stops.
import { systemClock, type Clock } from '../terminal/clock.ts';
import { createProfileStore } from './chromium-profile.ts';
import { policyInstallNote } from './chromium-policy-check.ts';
import { superviseChromium, type BrowserHealth, type RestartLimits } from './chromium-supervisor.ts';
import { capturePage, type CdpConnection } from './cdp-pipe.ts';
import type { ScreenSize } from './chromium-flags.ts';
import { chromiumLauncher, findChromium } from './launch-chromium.ts';

export interface KioskBrowser {
  health(): BrowserHealth;
  /** A PNG of the kiosk page on the screen; only on an admin's remote command (README). */
  screenshot(): Promise<Buffer>;
  stop(): Promise<void>;
}

export interface KioskBrowserOptions {
  url: string;
  executable?: string;
  log?: (line: string) => void;
  clock?: Clock;
  limits?: Partial<RestartLimits>;
  env?: NodeJS.ProcessEnv;
  runningAsRoot?: boolean;
}

/** null when no Chromium is installed (the caller says what to do instead). */
export function startKioskBrowser(opts: KioskBrowserOptions): KioskBrowser | null {
  const env = opts.env ?? process.env;
  const executable = opts.executable ?? findChromium(env.PATH);
  if (!executable) return null;
  const log = opts.log ?? ((line: string) => console.error(line));
  const runningAsRoot = opts.runningAsRoot ?? process.getuid?.() === 0;
  if (runningAsRoot) {
    log('kiosk: running as root, so Chromium runs without its sandbox (--no-sandbox); run the kiosk under its own user account to keep the sandbox');
  }
  const note = policyInstallNote(executable);
  if (note) log(note);
  const profiles = createProfileStore();
  let devtools: { cdp: CdpConnection; screen: ScreenSize | null } | null = null;
  const supervisor = superviseChromium({
    launch: chromiumLauncher({ url: opts.url, executable, profiles, runningAsRoot, display: env.DISPLAY, log, onDevtools: (cdp, screen) => (devtools = cdp ? { cdp, screen } : null) }),
    clock: opts.clock ?? systemClock,
    limits: opts.limits,
    log,
  });
  return {
    health: () => supervisor.health(),
    async screenshot() {
      if (!devtools) throw new Error(`Chromium is not on the screen (${supervisor.health().state})`);
      return capturePage(devtools.cdp, new URL(opts.url).origin + '/', devtools.screen);
    },
    async stop() {
      await supervisor.stop();
      profiles.removeAll();
    },
  };
}
