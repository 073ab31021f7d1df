// Whether this machine can run the real Electron shell, and if not, the reason the suite prints
// when it skips: no binary (its download is not part of npm install here), no display, or
// better-sqlite3 built for Node rather than Electron (README, "Electron shell: two native builds").
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { locateElectronBinary } from '../../../electron/locate-binary.ts';
import { nativeModulesProblemUnderElectron } from '../../../electron/native-abi.ts';

export const projectRoot = process.cwd();
export const mainScript = resolve(projectRoot, 'dist/electron/main.cjs');
export const electronBinary = locateElectronBinary(projectRoot);

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const nativeProblem = electronBinary ? nativeModulesProblemUnderElectron(projectRoot) : null;

export const skipReason: string | false = !electronBinary
  ? 'no Electron binary on this machine (its download is not part of npm install: run `npm run electron:download` where the network allows)'
  : !hasDisplay
    ? 'Electron is installed but there is no display; run under xvfb-run or with DISPLAY set'
    : nativeProblem
      ? `Electron is installed but ${nativeProblem}`
      : !existsSync(mainScript)
        ? `${mainScript} is missing: run \`npm run build\` first`
        : false;

/** The environment Electron runs in: never as plain Node. */
export function electronEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env = { ...process.env, ...extra } as Record<string, string>;
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}
