// Whether a build is older than any of its sources: the e2e project's global setup rebuilds the
// kiosk renderer and the admin console only then (npm test has just built both).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export function buildIsStale(builtFile: string, sources: string[]): boolean {
  let built = 0;
  try {
    built = statSync(builtFile).mtimeMs;
  } catch {
    return true; // no build yet
  }
  return built <= Math.max(...sources.map(newestMtime));
}
