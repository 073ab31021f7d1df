// Builds the handwriting pad's model at build time, from published data, never by hand:
//   - which characters: the 3 500 of the 通用规范汉字表's level 1 (scripts/data/tongyong-guifan-level-1.txt);
//   - how each is written: the stroke medians of hanzi-writer-data (Make Me a Hanzi's data, Arphic
//     Public License), one JSON file per character, in a 1024 box with y up.
// Each character's medians are flipped to y down, normalized and resampled (the recogniser's own
// code: renderer/components/keyboard/handwriting/strokes.ts) and written one line a character
// (model.ts). Run by the Vite plugin (scripts/handwriting-model-plugin.ts), the unit test and the
// bench; cached under node_modules/.cache by the data's version and the text of the files that shape it.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedText } from './build-cache.ts';
import { encodeCharacter } from '../renderer/components/keyboard/handwriting/model.ts';
import { prepare, type Point } from '../renderer/components/keyboard/handwriting/strokes.ts';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LIST = join(root, 'scripts', 'data', 'tongyong-guifan-level-1.txt');
const SHAPING_FILES = [fileURLToPath(import.meta.url), LIST, join(root, 'renderer/components/keyboard/handwriting/model.ts'), join(root, 'renderer/components/keyboard/handwriting/strokes.ts')];
const dataDir = () => dirname(require.resolve('hanzi-writer-data/package.json'));

/** The 3 500 common characters, in the table's order. */
export function commonCharacters(): string[] {
  const chars = [...readFileSync(LIST, 'utf8').split('\n').filter((line) => !line.startsWith('#')).join('')];
  if (chars.length !== 3500 || new Set(chars).size !== 3500) throw new Error(`${LIST}: expected 3 500 distinct characters, found ${chars.length}`);
  return chars;
}

/** A character's reference strokes (its medians) as the screen has them: y down. */
export function referenceStrokes(char: string): Point[][] {
  const data = JSON.parse(readFileSync(join(dataDir(), `${char}.json`), 'utf8')) as { medians: [number, number][][] };
  return data.medians.map((stroke) => stroke.map(([x, y]) => [x, 1024 - y] as Point));
}

export function buildHandwritingModel(chars: readonly string[] = commonCharacters()): string {
  return chars.map((char) => encodeCharacter(char, prepare(referenceStrokes(char)))).join('\n') + '\n';
}

/** The model text, from the cache when neither the data nor the code that shapes it changed. */
export function loadOrBuildHandwritingModel(): { text: string; path: string } {
  const hash = createHash('sha256');
  for (const file of SHAPING_FILES) hash.update(readFileSync(file));
  const version = (JSON.parse(readFileSync(join(dataDir(), 'package.json'), 'utf8')) as { version: string }).version;
  const path = join(root, 'node_modules', '.cache', 'kiosk-handwriting', `model-hanzi-writer-data-${version}_${hash.digest('hex').slice(0, 12)}.txt`);
  return cachedText(path, () => buildHandwritingModel());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const { text, path } = loadOrBuildHandwritingModel();
  console.log(`${path}: ${text.split('\n').length - 1} characters, ${Buffer.byteLength(text)} bytes, ${Math.round(performance.now() - started)} ms`);
}
