// Bundles the Electron main and preload scripts (esbuild: Vite's job is the renderer, see
// vite.config.ts). Well under a second, so `npm start` and `npm test` always build. The bundles
// never load the 'electron' package at build time: it is external and resolved inside Electron.
// `--outdir DIR` builds elsewhere than dist/electron (tests build their own copy this way).
import { build } from 'esbuild';
import { cpSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist/electron' } } });
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outdir: values.outdir,
  outExtension: { '.js': '.cjs' },
  // Native modules and Electron itself are loaded at run time, never bundled; so are pdfkit and
  // fontkit (证明打印), which read their own data files next to their code.
  external: ['electron', 'better-sqlite3', 'serialport', '@serialport/*', 'fsevents', '@electric-sql/pglite', 'pg', 'pdfkit', 'fontkit'],
  define: {
    // A CommonJS bundle has no import.meta.url to find package.json from: the version the kiosk
    // reports to central is written in here (terminal/sync/software-version.ts).
    __KIOSK_VERSION__: JSON.stringify(version),
    // import.meta.url means "this file" in the sources (ESM); in the CommonJS bundle it is the bundle.
    'import.meta.url': '__bundleUrl',
  },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});

// The hall's counter and display pages (issue 25) are files the main process serves, not code it
// bundles: a copy beside the bundle's folder, where terminal/services/hall-queue/pages-dir.ts looks.
cpSync('terminal/services/hall-queue/pages', join(dirname(values.outdir), 'hall-pages'), { recursive: true });
