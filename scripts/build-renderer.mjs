// Builds the renderer (vite.config.ts) for `npm run build` / `npm start` without disturbing a
// kiosk that is serving dist/renderer at the same time (issue 21): Vite writes into
// dist/renderer.next-<pid>, which is then swapped in whole (swap-build-dir.mjs).
//   node scripts/build-renderer.mjs [--out DIR] [--logLevel warn]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { nextDirFor, removeStaleBuilds, swapIn } from './swap-build-dir.mjs';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist/renderer' }, logLevel: { type: 'string', default: 'info' } } });
const target = resolve(values.out);
const next = nextDirFor(target);

removeStaleBuilds(target);
try {
  await build({ configFile: resolve('vite.config.ts'), logLevel: values.logLevel, build: { outDir: next, emptyOutDir: true } });
  swapIn(target, next);
} catch (err) {
  removeStaleBuilds(target); // this process's own next-<pid>: the served build stays as it was
  console.error(`renderer build failed; ${target} was left as it was: ${err.message}`);
  process.exit(1);
}
