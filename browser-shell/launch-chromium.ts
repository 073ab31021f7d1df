// Opens the browser shell's URL in Chromium as a locked kiosk window. A private profile keeps
// nothing of one day's residents for the next and ignores whatever the system profile holds.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

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

export function chromiumKioskArgs(url: string, userDataDir: string): string[] {
  return [
    '--kiosk',
    `--app=${url}`,
    `--user-data-dir=${userDataDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--noerrdialogs',
    '--disable-translate',
    '--overscroll-history-navigation=0',
    '--disable-pinch',
  ];
}

/** Starts Chromium in kiosk mode on `url`; null when no Chromium is installed (the caller says so). */
export function launchChromiumKiosk(url: string, opts: { userDataDir?: string; executable?: string } = {}): ChildProcess | null {
  const executable = opts.executable ?? findChromium();
  if (!executable) return null;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'kiosk-chromium-'));
  const child = spawn(executable, chromiumKioskArgs(url, userDataDir), { stdio: 'ignore' });
  // A failed spawn (e.g. the binary vanished) must not crash the core that serves the UI.
  child.on('error', () => {});
  return child;
}
