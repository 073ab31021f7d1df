// The packages the built Electron bundles load at run time: every literal require('…') in
// dist/electron/*.cjs, followed into the packages it reaches and through their own files. Node
// built-ins and 'electron' (the runtime itself) are not packages to ship. A require with a
// computed name cannot be followed; the addons loaded that way are checked by native-abi.ts's
// list instead. A package whose files are read by path (a font: createRequire(…).resolve('…'))
// ships too: a literal resolve('<package>') that resolves into node_modules counts as a load.
import { readFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { basename, join, relative, sep } from 'node:path';

const requireCall = /\brequire\(\s*(['"])([^'"\n]+)\1\s*\)/g;
// `.resolve("name")` with a package-looking name; path.resolve('dist') and the like do not resolve
// to a package and are skipped below like any specifier that does not resolve.
const resolveCall = /\.resolve\(\s*(['"])((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)\1\s*\)/g;

/** node_modules/<name> (or a nested node_modules/…/node_modules/<name>) holding this file. */
function packageDirOf(relativeFile: string): string | null {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(relativeFile);
  return match ? match[1] : null;
}

/**
 * Package directories relative to the project, with '/', that the bundles reach. The bundles may
 * have been built elsewhere (a test's temporary folder): they resolve as if in dist/electron.
 */
export function packagesRequiredBy(projectRoot: string, bundles: readonly string[]): string[] {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, resolveBase = file) => {
    if (seen.has(file) || !/\.(c|m)?js$/.test(file)) return;
    seen.add(file);
    const resolveFrom = createRequire(resolveBase);
    const source = readFileSync(file, 'utf8');
    for (const [, , specifier] of [...source.matchAll(requireCall), ...source.matchAll(resolveCall)]) {
      if (isBuiltin(specifier) || specifier === 'electron') continue;
      let target: string;
      try {
        target = resolveFrom.resolve(specifier);
      } catch {
        continue; // optional and absent (debug's supports-color): guarded by a try where it is required
      }
      const packageDir = packageDirOf(relative(projectRoot, target).split(sep).join('/'));
      if (packageDir) packages.add(packageDir);
      visit(target);
    }
  };
  for (const bundle of bundles) visit(bundle, join(projectRoot, 'dist', 'electron', basename(bundle)));
  return [...packages].sort();
}
