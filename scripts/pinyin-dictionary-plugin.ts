// The keyboard's pinyin dictionary as a Vite virtual module: `import('virtual:pinyin-dictionary')`
// gives its text, built from the source packages at build time (see build-pinyin-dictionary.ts).
// Imported dynamically, it becomes a chunk of its own that loads only when a pinyin keyboard opens,
// so the attract screen never waits for it.
import type { Plugin } from 'vite';
import { loadOrBuildPinyinDictionary } from './build-pinyin-dictionary.ts';
import { textModule } from './text-module-plugin.ts';

export const pinyinDictionary = (): Plugin => textModule('kiosk-pinyin-dictionary', 'virtual:pinyin-dictionary', () => loadOrBuildPinyinDictionary().text);
