// Bundles the Node command lines (the kiosk core, the hub, kioskctl, the supervisor) into
// dist/node/*.mjs with esbuild, so they start from one file instead of transpiling some two hundred
// TypeScript modules through tsx at each start: a kiosk core is ready in about 1 s of CPU instead of
// 4 (`npm start`, the supervisor's kiosk in an installed release, and every test that starts a
// kiosk, a hub or kioskctl as a process).
//   node scripts/build-node-entries.mjs [--outdir DIR]
// npm packages stay external (resolved from node_modules as before, native modules included).
// `import.meta.url` keeps meaning "this source file": each module's is written in as its .ts file's
// place relative to the bundle, so paths next to the code (dist/renderer, package.json, samples,
// fonts) resolve as they do under tsx, wherever the app directory is unpacked (a release installed
// under /opt/kiosk/releases/<version>/ runs its own dist/node/kiosk.mjs).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { nextDirFor, removeStaleBuilds, swapIn } from './swap-build-dir.mjs';
import { nodeEntries } from './node-entries.mjs';

/** The helper each bundle imports once to turn a relative URL back into a path. */
const toPath = '__sourcePath';

/** Each module's own location, as tsx would give it, relative to the bundle in `outdir`. */
function sourceLocation(outdir) {
  const from = (path) => JSON.stringify(relative(outdir, path).split(sep).join('/'));
  return {
    name: 'source-location',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.')) return { contents: source, loader: 'ts' };
        const contents = source
          .replaceAll('import.meta.url', `new URL(${from(args.path)}, import.meta.url).href`)
          .replaceAll('import.meta.dirname', `${toPath}(new URL(${from(dirname(args.path))}, import.meta.url))`)
          .replaceAll('import.meta.filename', `${toPath}(new URL(${from(args.path)}, import.meta.url))`);
        return { contents, loader: 'ts' };
      });
    },
  };
}

export async function buildNodeEntries(outdir = 'dist/node') {
  const target = resolve(outdir);
  const next = nextDirFor(target);
  removeStaleBuilds(target);
  await build({
    entryPoints: nodeEntries,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: next,
    outExtension: { '.js': '.mjs' },
    packages: 'external',
    plugins: [sourceLocation(target)],
    banner: { js: `import { fileURLToPath as ${toPath} } from 'node:url';` },
    logLevel: 'warning',
  });
  // Swapped in whole: a kiosk started from the old bundle keeps running while the next is built.
  swapIn(target, next);
  return target;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist/node' } } });
  await buildNodeEntries(values.outdir);
}
