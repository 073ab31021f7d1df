// The handwriting pad's model as a Vite virtual module: `import('virtual:handwriting-model')` gives
// its text, built from hanzi-writer-data at build time (see build-handwriting-model.ts). Imported
// dynamically, it becomes a chunk of its own that loads only when a 手写 pad is first shown.
import type { Plugin } from 'vite';
import { loadOrBuildHandwritingModel } from './build-handwriting-model.ts';
import { textModule } from './text-module-plugin.ts';

export const handwritingModel = (): Plugin => textModule('kiosk-handwriting-model', 'virtual:handwriting-model', () => loadOrBuildHandwritingModel().text);
