// Bundles the Electron main and preload scripts (esbuild: Vite's job is the renderer, see
// vite.config.ts). Well under a second, so `npm start` and `npm test` always build. The bundles
// never load the 'electron' package at build time: it is external and resolved inside Electron.
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
  // Native modules and Electron itself are loaded at run time, never bundled; so are pdfkit and
  // fontkit (证明打印), which read their own data files next to their code.
  external: ['electron', 'better-sqlite3', 'serialport', '@serialport/*', 'fsevents', '@electric-sql/pglite', 'pg', 'pdfkit', 'fontkit'],
  // import.meta.url means "this file" in the sources (ESM); in the CommonJS bundle it is the bundle.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
