// The handwriting pad's model as a Vite virtual module: `import('virtual:handwriting-model')` gives
// its text, built from hanzi-writer-data at build time (see build-handwriting-model.ts). Imported
// dynamically, it becomes a chunk of its own that loads only when a 手写 pad is first shown.
// The model is derived from Arphic's font data, so the build ships the Arphic Public License
// beside it (licenses/ARPHICPL.TXT in dist), as that licence asks of every copy.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { loadOrBuildHandwritingModel } from './build-handwriting-model.ts';
import { textModule } from './text-module-plugin.ts';

export function handwritingModel(): Plugin {
  const licence = join(dirname(createRequire(import.meta.url).resolve('hanzi-writer-data/package.json')), 'ARPHICPL.TXT');
  return {
    ...textModule('kiosk-handwriting-model', 'virtual:handwriting-model', () => loadOrBuildHandwritingModel().text),
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'licenses/ARPHICPL.TXT', source: readFileSync(licence) });
    },
  };
}
