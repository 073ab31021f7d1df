// Bundles the renderer (Preact) for the browser shell and Electron, and the Electron main and
// preload scripts. esbuild takes well under a second, so `npm start` and `npm test` always build.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = 'dist';
// `--renderer-only`: the UI tests rebuild just what they load.
const rendererOnly = process.argv.includes('--renderer-only');
rmSync(`${out}/renderer`, { recursive: true, force: true });
mkdirSync(`${out}/renderer`, { recursive: true });

// Chromium reads woff2; the .woff fallbacks in @fontsource's CSS would only double dist's size.
const woff2Only = {
  name: 'woff2-only',
  setup(b) {
    b.onLoad({ filter: /@fontsource[\\/].*\.css$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/g, ''),
      loader: 'css',
    }));
  },
};

await build({
  entryPoints: ['renderer/main.tsx'],
  plugins: [woff2Only],
  bundle: true,
  // A classic script, not a module: it loads the same from http:// (browser shell) and from
  // file:// or a custom protocol (Electron), where module scripts meet CORS rules.
  format: 'iife',
  target: 'chrome110',
  outfile: `${out}/renderer/app.js`,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  loader: { '.woff2': 'file', '.woff': 'file' },
  assetNames: 'assets/[name]-[hash]',
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
});
cpSync('renderer/index.html', `${out}/renderer/index.html`);

if (!rendererOnly && existsSync('electron/main.ts')) {
  await build({
    entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: `${out}/electron`,
    outExtension: { '.js': '.cjs' },
    // Native modules and Electron itself are loaded at run time, never bundled.
    external: ['electron', 'better-sqlite3', 'serialport', '@serialport/*', 'fsevents', '@electric-sql/pglite', 'pg'],
    logLevel: 'warning',
  });
}
