// Where the hall's pages (counter, display) are on disk (issue 25), found from the URL of the code
// that serves them. Under tsx and in the Node bundle (dist/node/kiosk.mjs, whose modules keep their
// sources' URLs) that is this folder's `pages/`. Electron's main process is one CommonJS bundle,
// dist/electron/main.cjs, whose import.meta.url is the bundle itself, shipped without the sources:
// there the pages are the copy the build puts beside it, dist/hall-pages/ (scripts/build-electron.mjs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The first folder holding the pages, beside the sources or beside the bundle; null when neither. */
export function hallPagesDir(moduleUrl: string, exists: (path: string) => boolean = existsSync): string | null {
  for (const relative of ['./pages/', '../hall-pages/']) {
    const dir = fileURLToPath(new URL(relative, moduleUrl));
    if (exists(dir + 'counter.html')) return dir;
  }
  return null;
}
