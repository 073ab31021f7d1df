// Which files electron-builder copies into app.asar, modelled on app-builder-lib 26's
// fileMatcher.ts, util/filter.ts and util/NodeModuleCopyHelper.ts. For node_modules it applies
// only the exclusions ("!…") of `files`, after an implicit "**/*", plus exclusions of its own
// (object files, TypeScript declarations, build intermediates): a file ships unless one matches
// its path relative to the app directory (node_modules/<package>/…).
// Patterns are minimatch globs, as there; path.matchesGlob is Node's copy of minimatch.
import { matchesGlob } from 'node:path';

/** electron-builder's own node_modules exclusions that matter for size: excludedExts, and Release/{obj.target,.deps}. */
const builtInExclusion = /\.(iml|hprof|orig|pyc|pyo|rbc|swp|csproj|sln|suo|xproj|cc|d\.ts|mk|a|o|obj|forge-meta|pdb)$|\/Release\/(obj\.target|\.deps)(\/|$)/;

export function exclusions(files: readonly string[]): string[] {
  return files.filter((p) => p.startsWith('!')).map((p) => p.slice(1).replace(/^\.\//, ''));
}

/**
 * minimatch with electron-builder's { dot: true }: Node's copy lets no wildcard match a name that
 * starts with a dot, so the path is also tried with those dots disguised. A pattern that names a
 * dot-file outright still matches the path as it is.
 */
function matches(path: string, pattern: string): boolean {
  if (matchesGlob(path, pattern)) return true;
  const disguised = path.replace(/(^|\/)\./g, '$1\uE000');
  return disguised !== path && matchesGlob(disguised, pattern);
}

/** Whether a node_modules file (path relative to the project, with '/') is packaged. */
export function isNodeModuleFilePackaged(relativePath: string, excludePatterns: readonly string[]): boolean {
  return !builtInExclusion.test(relativePath) && !excludePatterns.some((pattern) => matches(relativePath, pattern));
}

/**
 * Whether nothing under a node_modules directory is packaged: an exclusion "…/**" matches
 * whatever is in it. electron-builder does not descend into such a directory either.
 */
export function isNodeModuleDirExcluded(relativeDir: string, excludePatterns: readonly string[]): boolean {
  return builtInExclusion.test(relativeDir) || excludePatterns.some((pattern) => pattern.endsWith('/**') && matches(`${relativeDir}/\uE001any.name`, pattern));
}

/** Whether an app file (dist/…, package.json) is packaged: matched by an inclusion and by no exclusion. */
export function isAppFilePackaged(relativePath: string, files: readonly string[]): boolean {
  const included = files.filter((p) => !p.startsWith('!')).some((pattern) => matches(relativePath, pattern));
  return included && !exclusions(files).some((pattern) => matches(relativePath, pattern));
}
