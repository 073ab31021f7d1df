// The version the kiosk reports at enrollment and in heartbeats: package.json's. The fleet view
// and staged updates go by this number, so it must be right under every shell.
// - Under Electron the main process is a CommonJS bundle, where import.meta.url is empty and
//   package.json cannot be found from here: scripts/build-electron.mjs writes the version in at
//   build time as __KIOSK_VERSION__. (app.getVersion() is no substitute: unpackaged, it reports
//   Electron's own version.)
// - Under tsx (browser shell, tests) the identifier does not exist and package.json is read once.
import { readFileSync } from 'node:fs';

declare const __KIOSK_VERSION__: string | undefined;

let cached: string | null = null;

export function softwareVersion(): string {
  if (typeof __KIOSK_VERSION__ === 'string' && __KIOSK_VERSION__) return __KIOSK_VERSION__;
  if (cached) return cached;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    cached = typeof pkg.version === 'string' && pkg.version ? pkg.version : '0.0.0';
  } catch {
    cached = '0.0.0';
  }
  return cached;
}
