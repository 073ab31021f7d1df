// Starts one Chromium on the browser shell's URL: a fresh profile, the flags of chromium-flags.ts,
// and a window the size of the X display (read anew at each launch: the resolution may have
// changed since the last one). chromium-supervisor.ts calls this again whenever Chromium ends.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { connectCdpPipe, type CdpConnection } from './cdp-pipe.ts';
import { chromiumKioskArgs, type ScreenSize } from './chromium-flags.ts';
import type { ProfileStore } from './chromium-profile.ts';
import { readDisplaySize } from './x-display-size.ts';

const candidateNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first Chromium-family browser found in /usr/bin or on PATH, or null. */
export function findChromium(pathEnv: string = process.env.PATH ?? ''): string | null {
  const dirs = ['/usr/bin', ...pathEnv.split(delimiter).filter(Boolean)];
  for (const name of candidateNames) {
    for (const dir of dirs) {
      const full = join(dir, name);
      if (isExecutable(full)) return full;
    }
  }
  return null;
}

export interface ChromiumLauncherOptions {
  url: string;
  executable: string;
  profiles: ProfileStore;
  runningAsRoot: boolean;
  /** $DISPLAY; absent on Wayland, where the compositor gives the kiosk window the whole screen. */
  display?: string;
  log: (line: string) => void;
  /** Told of each launch's DevTools pipe (--remote-debugging-pipe) and the screen it fills, and of null when it ends. */
  onDevtools?: (cdp: CdpConnection | null, screen: ScreenSize | null) => void;
}

/** Returns the function the supervisor calls for each launch; it resolves once Chromium runs. */
export function chromiumLauncher(opts: ChromiumLauncherOptions): () => Promise<ChildProcess> {
  let sizeProblemSaid = false;
  const screenSize = async (): Promise<ScreenSize | null> => {
    if (!opts.display) return null;
    const size = await readDisplaySize(opts.display);
    if (size.ok) return { width: size.width, height: size.height };
    if (!sizeProblemSaid) {
      sizeProblemSaid = true;
      opts.log(`kiosk: ${size.reason}; without a window manager Chromium will not fill the screen (check DISPLAY and XAUTHORITY for the kiosk's user)`);
    }
    return null;
  };
  return async () => {
    const screen = await screenSize();
    const args = chromiumKioskArgs({ url: opts.url, userDataDir: opts.profiles.fresh(), runningAsRoot: opts.runningAsRoot, screen });
    // Chromium's own output is mostly noise (D-Bus, GPU probing) and may carry the page URL and
    // its access token: it stays out of the kiosk's log.
    // On the display that was measured, whatever this process's own environment says.
    const env = opts.display ? { ...process.env, DISPLAY: opts.display } : process.env;
    // fds 3 and 4: the DevTools pipe (commands in, answers out), for a screenshot on command.
    const child = spawn(opts.executable, args, { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'], env });
    const cdp = connectCdpPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
    child.once('exit', () => {
      cdp.close('Chromium ended');
      opts.onDevtools?.(null, null);
    });
    // 'error' instead of 'spawn' (the binary vanished, no permission) rejects: the supervisor
    // counts it as an exit and tries again later, and the core serving the UI keeps running.
    await once(child, 'spawn');
    opts.onDevtools?.(cdp, screen);
    return child;
  };
}
