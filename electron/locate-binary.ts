// Finds the Electron executable without loading the 'electron' package: require('electron') from
// plain Node throws when the binary was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD=1), and
// the kiosk command line must instead fall back to the browser shell quietly.
// Mirrors node_modules/electron/index.js: dist/<path.txt>, or ELECTRON_OVERRIDE_DIST_PATH/<path.txt>.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function readExecutableName(packageDir: string): string | null {
  try {
    const name = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
    return name === '' ? null : name;
  } catch {
    return null;
  }
}

/**
 * The absolute path of the Electron executable, or null when none is installed.
 * `env` is a parameter so tests can set ELECTRON_OVERRIDE_DIST_PATH without touching process.env.
 */
export function locateElectronBinary(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const executableName = readExecutableName(packageDir);
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    // As in electron/index.js, an override directory works even without path.txt.
    const candidate = join(override, executableName ?? (process.platform === 'win32' ? 'electron.exe' : 'electron'));
    return isFile(candidate) ? candidate : null;
  }
  if (!executableName) return null;
  const candidate = join(packageDir, 'dist', executableName);
  return isFile(candidate) ? candidate : null;
}
