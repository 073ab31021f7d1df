// The keyboard's pinyin dictionary as a Vite virtual module: `import('virtual:pinyin-dictionary')`
// gives its text, built from the source packages at build time (see build-pinyin-dictionary.ts).
// Imported dynamically, it becomes a chunk of its own that loads only when a pinyin keyboard opens,
// so the attract screen never waits for it.
import type { Plugin } from 'vite';
import { loadOrBuildPinyinDictionary } from './build-pinyin-dictionary.ts';

const MODULE_ID = 'virtual:pinyin-dictionary';
const RESOLVED_ID = `\0${MODULE_ID}`;

export function pinyinDictionary(): Plugin {
  return {
    name: 'kiosk-pinyin-dictionary',
    resolveId: (source) => (source === MODULE_ID ? RESOLVED_ID : null),
    load: (id) => (id === RESOLVED_ID ? `export default ${JSON.stringify(loadOrBuildPinyinDictionary().text)};` : null),
  };
}
