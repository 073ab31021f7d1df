// The packages electron-builder collects into the app: the project's dependencies and
// optionalDependencies (an installed optional dependency ships like any other, `electron` too),
// and theirs, transitively, as npm laid them out in node_modules. devDependencies never ship.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

interface Manifest {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
}

/** Node's lookup for a package directory: <dir>/node_modules/<name>, then each parent's. */
export function findPackageDir(name: string, fromDir: string): string | null {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/** Package directories relative to the project, with '/' (node_modules/a, node_modules/a/node_modules/b…). */
export function productionModules(projectRoot: string): string[] {
  const found = new Set<string>();
  const visit = (dir: string) => {
    const manifest = readManifest(dir);
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      // A missing one is an optional dependency for another platform (fsevents…): nothing to ship.
      const packageDir = findPackageDir(name, dir);
      if (!packageDir || found.has(packageDir)) continue;
      found.add(packageDir);
      visit(packageDir);
    }
  };
  visit(projectRoot);
  return [...found].map((dir) => relative(projectRoot, dir).split(sep).join('/')).sort();
}
