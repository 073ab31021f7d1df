// Builds the on-screen keyboard's pinyin dictionary from published packages, never by hand:
//   - words and their frequencies: jieba's dictionary (dict.txt, MIT), as shipped in @node-rs/jieba;
//   - readings: pinyin-pro (MIT), which reads polyphones by word (银行 yin hang, 重庆 chong qing).
// Output is plain text, one entry a line, most frequent first, so a word's line number is its
// frequency rank and no number needs storing: `政府 zheng fu`. ü is written v, as typed.
//
// Run by the Vite plugin in scripts/pinyin-dictionary-plugin.ts (so `npm run build`, `npm start`
// and `npm test` produce it on a clean clone without network) and by the unit tests and the bench.
// The result is cached under node_modules/.cache, keyed by the two packages' versions and this file.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { cachedText } from './build-cache.ts';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Words longer than this are rare as typed input and would only grow the file. */
const MAX_WORD_CHARS = 4;
/** Multi-character words kept, most frequent first: about 2 MB, the budget is 3 MB. */
const MAX_WORDS = 100_000;
/** A character's less common readings rank below its main one (jieba counts a character once). */
const SECONDARY_READING_SHARE = 0.05;

const HAN_ONLY = /^\p{Script=Han}+$/u;
const SYLLABLE = /^[a-z]+$/;

interface Entry {
  word: string;
  syllables: string[];
  frequency: number;
}

function readingOf(word: string): string[] | null {
  const syllables = pinyin(word, { toneType: 'none', type: 'array', v: true });
  return syllables.length === [...word].length && syllables.every((s) => SYLLABLE.test(s)) ? syllables : null;
}

function readingsOfCharacter(character: string): string[] {
  const all = pinyin(character, { toneType: 'none', type: 'array', v: true, multiple: true });
  return [...new Set(all)].filter((s) => SYLLABLE.test(s));
}

/** jieba's dict.txt: `word frequency part-of-speech` per line; a word may appear twice. */
function readFrequencies(dictText: string): Map<string, number> {
  const frequencies = new Map<string, number>();
  for (const line of dictText.split('\n')) {
    const [word, count] = line.split(' ');
    const frequency = Number(count);
    if (!word || !HAN_ONLY.test(word) || !Number.isFinite(frequency) || [...word].length > MAX_WORD_CHARS) continue;
    frequencies.set(word, (frequencies.get(word) ?? 0) + frequency);
  }
  return frequencies;
}

export function buildPinyinDictionary(dictText: string): string {
  const frequencies = readFrequencies(dictText);
  const entries: Entry[] = [];
  const words = [...frequencies].filter(([w]) => [...w].length > 1).sort((a, b) => b[1] - a[1]).slice(0, MAX_WORDS);
  for (const [word, frequency] of words) {
    const syllables = readingOf(word);
    if (syllables) entries.push({ word, syllables, frequency });
  }
  for (const [character, frequency] of frequencies) {
    if ([...character].length !== 1) continue;
    readingsOfCharacter(character).forEach((syllable, i) => {
      entries.push({ word: character, syllables: [syllable], frequency: i === 0 ? frequency : frequency * SECONDARY_READING_SHARE });
    });
  }
  entries.sort((a, b) => b.frequency - a.frequency || a.word.localeCompare(b.word));
  return entries.map((e) => `${e.word} ${e.syllables.join(' ')}`).join('\n') + '\n';
}

function versionOf(pkg: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
}

/** The dictionary text, from the cache when the source packages have not changed. */
export function loadOrBuildPinyinDictionary(): { text: string; path: string } {
  // A new version of either package, or a change to this script, makes a new dictionary.
  const script = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 12);
  const key = `jieba-${versionOf('@node-rs/jieba')}_pinyin-pro-${versionOf('pinyin-pro')}_${script}`;
  const path = join(root, 'node_modules', '.cache', 'kiosk-pinyin', `dictionary-${key}.txt`);
  return cachedText(path, () => buildPinyinDictionary(readFileSync(join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt'), 'utf8')));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const { text, path } = loadOrBuildPinyinDictionary();
  console.log(`${path}: ${text.split('\n').length - 1} entries, ${Buffer.byteLength(text)} bytes, ${Math.round(performance.now() - started)} ms`);
}
