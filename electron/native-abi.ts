// Can the native modules in node_modules load under the installed Electron? better-sqlite3 is
// compiled against one ABI at a time: `npm install` builds it for Node's, Electron needs its own
// (`npx @electron/rebuild`), and each build fails to load in the other runtime. `npm start` asks
// this before it picks the Electron shell, so a Node build falls back to the browser shell with a
// hint instead of an Electron window that dies on start.
// Plain Node, no Electron: it reads the compiled addons and node_modules/electron/abi_version.
// An addon built against a Node ABI exports `node_register_module_v<ABI>`; an N-API addon (the
// serialport binding) exports `napi_register_module_v1` and loads under any runtime.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type AddonAbi = { kind: 'napi' } | { kind: 'node'; abi: number };

/** The ABI a compiled addon (.node file contents) was built for, or null if it says neither. */
export function addonAbi(binary: Buffer): AddonAbi | null {
  const text = binary.toString('latin1');
  const node = /node_register_module_v(\d+)/.exec(text);
  if (node) return { kind: 'node', abi: Number(node[1]) };
  return text.includes('napi_register_module_v1') ? { kind: 'napi' } : null;
}

/** The native addons the kiosk's main process loads, and where their loaders look, in order. */
export const nativeAddons: ReadonlyArray<{ packageName: string; candidates: (packageDir: string) => string[] }> = [
  {
    // Found by the 'bindings' package, which tries these folders in this order.
    packageName: 'better-sqlite3',
    candidates: (dir) => ['build', 'build/Debug', 'build/Release', 'out/Debug', 'Debug', 'out/Release', 'Release', 'build/default'].map((sub) => join(dir, sub, 'better_sqlite3.node')),
  },
  {
    // node-gyp-build: a local build first, then the prebuilt binaries for this platform.
    packageName: '@serialport/bindings-cpp',
    candidates: (dir) => {
      for (const sub of ['build/Release', 'build/Debug', `prebuilds/${process.platform}-${process.arch}`]) {
        const folder = join(dir, sub);
        const files = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.node')) : [];
        if (files.length > 0) return files.map((name) => join(folder, name));
      }
      return [];
    },
  },
];

/** The addon file a package's loader would pick (the first candidate that exists), or null. */
export function locateAddon(projectRoot: string, packageName: string): string | null {
  const addon = nativeAddons.find((a) => a.packageName === packageName);
  if (!addon) return null;
  return addon.candidates(join(projectRoot, 'node_modules', packageName)).find((file) => existsSync(file)) ?? null;
}

function readElectron(projectRoot: string): { abi: number; version: string } | null {
  try {
    const dir = join(projectRoot, 'node_modules', 'electron');
    const abi = Number(readFileSync(join(dir, 'abi_version'), 'utf8').trim());
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
    return Number.isInteger(abi) && abi > 0 ? { abi, version } : null;
  } catch {
    return null;
  }
}

/**
 * Why the native modules would not load under the installed Electron, as one line that says what
 * to do; null when they would (or when Electron's ABI is not recorded, so only trying can tell).
 */
export function nativeModulesProblemUnderElectron(projectRoot: string): string | null {
  const electron = readElectron(projectRoot);
  if (!electron) return null;
  for (const { packageName } of nativeAddons) {
    if (!existsSync(join(projectRoot, 'node_modules', packageName))) continue;
    const file = locateAddon(projectRoot, packageName);
    if (!file) return `${packageName} has no compiled addon (run \`npm rebuild ${packageName}\`)`;
    const abi = addonAbi(readFileSync(file));
    if (!abi || abi.kind === 'napi' || abi.abi === electron.abi) continue;
    const builtFor = abi.abi === Number(process.versions.modules) ? `Node ${process.versions.node}` : 'another runtime';
    return (
      `${packageName} is built for ${builtFor} (ABI ${abi.abi}), not Electron ${electron.version} (ABI ${electron.abi}); ` +
      `for the Electron shell, rebuild it in a separate copy: README "Electron shell: two native builds"`
    );
  }
  return null;
}
