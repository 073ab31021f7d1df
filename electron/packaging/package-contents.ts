// What electron-builder would put into app.asar, compared with what the Electron bundles load:
// the packaging check behind tests/electron/packaging.test.ts. Every package shipped but never
// loaded is weight on every kiosk and every update (and, on a build machine, `electron` would bring
// the whole Electron runtime a second time); every package loaded but not shipped is a kiosk that
// fails on start.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readBuilderConfig } from './builder-config.ts';
import { packagesRequiredBy } from './bundle-requires.ts';
import { exclusions, isAppFilePackaged, isNodeModuleDirExcluded, isNodeModuleFilePackaged } from './file-filter.ts';
import { productionModules } from './production-modules.ts';
import { locateAddon, nativeAddons } from '../native-abi.ts';

export interface PackagedModule {
  /** node_modules/<name>, relative to the project. */
  dir: string;
  /** Bytes of its files that would be packaged (before asar's own overhead). */
  bytes: number;
}

export interface PackageContents {
  /** App files (dist/…, package.json) that would be packaged; dist/ only once built (npm run build). */
  appFiles: string[];
  appBytes: number;
  modules: PackagedModule[];
  /** Packaged, but no bundle loads them. */
  unused: PackagedModule[];
  /** Loaded by a bundle, but not packaged. */
  missing: string[];
  /** Native addons the bundles load whose compiled file would not be packaged. */
  missingAddons: string[];
}

function walk(dir: string, relativeDir: string, visit: (relativePath: string, bytes: number) => void, skipDir: (relativeDir: string) => boolean = () => false): void {
  if (skipDir(relativeDir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const relativePath = `${relativeDir}/${entry.name}`;
    // A nested node_modules holds packages of their own, counted as such.
    if (entry.isDirectory() && entry.name !== 'node_modules') walk(join(dir, entry.name), relativePath, visit, skipDir);
    else if (entry.isFile()) visit(relativePath, statSync(join(dir, entry.name)).size);
  }
}

/**
 * `files` defaults to electron-builder.yml's; a test passes others to show what they would ship.
 * `bundles` are the built main and preload scripts.
 */
export function packageContents(projectRoot: string, bundles: readonly string[], files = readBuilderConfig(projectRoot).files): PackageContents {
  const excluded = exclusions(files);
  const modules: PackagedModule[] = [];
  for (const dir of productionModules(projectRoot)) {
    let bytes = 0;
    let shipped = false;
    walk(
      join(projectRoot, dir),
      dir,
      (path, size) => {
        if (!isNodeModuleFilePackaged(path, excluded)) return;
        shipped = true;
        bytes += size;
      },
      (relativeDir) => isNodeModuleDirExcluded(relativeDir, excluded),
    );
    if (shipped) modules.push({ dir, bytes });
  }
  const shippedDirs = new Set(modules.map((m) => m.dir));
  const required = new Set(packagesRequiredBy(projectRoot, bundles));

  const appFiles: string[] = [];
  let appBytes = 0;
  for (const top of ['dist', 'package.json']) {
    const visit = (path: string, size: number) => {
      if (!isAppFilePackaged(path, files)) return;
      appFiles.push(path);
      appBytes += size;
    };
    if (top === 'package.json') visit(top, statSync(join(projectRoot, top)).size);
    else if (existsSync(join(projectRoot, top))) walk(join(projectRoot, top), top, visit);
  }

  const missingAddons = nativeAddons
    .filter(({ packageName }) => required.has(`node_modules/${packageName}`))
    .map(({ packageName }) => locateAddon(projectRoot, packageName))
    .filter((file): file is string => file !== null)
    .map((file) => file.slice(projectRoot.length + 1).split('\\').join('/'))
    .filter((path) => !isNodeModuleFilePackaged(path, excluded));

  return {
    appFiles,
    appBytes,
    modules,
    unused: modules.filter((m) => !required.has(m.dir)),
    missing: [...required].filter((dir) => !shippedDirs.has(dir)),
    missingAddons,
  };
}
