// The keyboard's pinyin: what the dictionary adds to the install, how long loading it takes, and how
// long one keystroke's candidates take while a resident types real phrases letter by letter —
// beside the obvious alternative, a linear scan over the same entries. Goals (issue 10): under 5 ms
// a keystroke on this class of machine, under 3 MB on disk.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { buildPinyinDictionary, loadOrBuildPinyinDictionary } from '../scripts/build-pinyin-dictionary.ts';
import { parsePinyinDictionary } from '../renderer/components/keyboard/pinyin-engine.ts';

interface BenchTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  note?: string;
}

/** What residents type at a township hall, each typed one letter at a time. */
const PHRASES = ['zhengwufuwu', 'shequ', 'yanglaobaoxian', 'shenfenzheng', 'hukou', 'zf', 'ylbx', 'woyaobanli', 'nihao', 'dizhi', 'lianxidianhua', 'xian', 'lvse', 'jiehundengji', 'dibao'];
const KEYSTROKES = PHRASES.flatMap((p) => Array.from({ length: p.length }, (_, i) => p.slice(0, i + 1)));

const ms = (n: number) => n.toFixed(2);
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;

function percentiles(times: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.floor(sorted.length * 0.95)]!, max: sorted.at(-1)! };
}

/** Wall time of each keystroke; the CPU time of them all goes to `cpu` (less hurt by a busy machine). */
function timeEach(lookup: (letters: string) => unknown, cpu: number[]): number[] {
  const cpuBefore = process.cpuUsage();
  const times = KEYSTROKES.map((letters) => {
    const started = performance.now();
    lookup(letters);
    return performance.now() - started;
  });
  const used = process.cpuUsage(cpuBefore);
  cpu.push((used.user + used.system) / 1000 / KEYSTROKES.length);
  return times;
}

/** Heap that `make`'s result keeps alive, after full collections (the gc function is enabled here). */
function retainedHeap(make: () => unknown): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = make();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (!kept) throw new Error('nothing was made');
  return (after - before) / 2 ** 20;
}

/** The alternative: every entry checked against the letters, spelled out or as initials. */
function linearScan(text: string): (letters: string) => string[] {
  const entries = text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [word, ...syllables] = line.split(' ');
      return { word: word!, spelled: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
    });
  return (letters) => entries.filter((e) => e.spelled.startsWith(letters) || e.initials === letters).map((e) => e.word);
}

export async function run(): Promise<BenchTable[]> {
  const jiebaDict = readFileSync(join(dirname(createRequire(import.meta.url).resolve('@node-rs/jieba/package.json')), 'dict.txt'), 'utf8');
  let started = performance.now();
  const generated = buildPinyinDictionary(jiebaDict);
  const generateMs = performance.now() - started;
  const { text } = loadOrBuildPinyinDictionary();
  // The chunk as Vite wrote it into dist when the renderer was built, else the same module made here.
  const assets = 'dist/renderer/assets';
  const built = existsSync(assets) ? readdirSync(assets).find((f) => f.includes('pinyin-dictionary') && f.endsWith('.js')) : undefined;
  const chunk = built ? readFileSync(join(assets, built)) : Buffer.from(`export default ${JSON.stringify(text)};`);

  const parseTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    started = performance.now();
    parsePinyinDictionary(text);
    parseTimes.push(performance.now() - started);
  }
  const engine = parsePinyinDictionary(text);
  const [coldCpu, warmCpu, scanCpu]: number[][] = [[], [], []];
  const cold = timeEach((l) => engine.candidates(l), coldCpu); // first use builds each first syllable's subtree
  const warm = Array.from({ length: 5 }, () => timeEach((l) => engine.candidates(l), warmCpu)).flat();
  // As the keyboard does in idle time after loading: everything built before the first keystroke.
  const builtAhead = parsePinyinDictionary(text);
  started = performance.now();
  while (builtAhead.buildAhead(5));
  const buildAheadMs = performance.now() - started;
  const retainedMb = retainedHeap(() => {
    const whole = parsePinyinDictionary(text);
    while (whole.buildAhead(50));
    return whole;
  });
  const [readyCpu]: number[][] = [[]];
  const ready = timeEach((l) => builtAhead.candidates(l), readyCpu);
  const scan = linearScan(text);
  const scanTimes = Array.from({ length: 2 }, () => timeEach(scan, scanCpu)).flat();

  const row = (name: string, times: number[], cpu: number[]) => {
    const p = percentiles(times);
    const cpuMean = cpu.reduce((a, b) => a + b, 0) / cpu.length;
    return [name, times.length, ms(p.p50), ms(p.p95), ms(p.max), ms(cpuMean), p.p95 < 5 ? 'yes' : 'no'];
  };
  return [
    {
      title: 'Pinyin dictionary: size and load',
      columns: ['what', 'value'],
      rows: [
        ['entries (words + character readings)', engine.size],
        ['dictionary text', `${generated.length === text.length ? '' : '(cache differs!) '}${kb(Buffer.byteLength(text))}`],
        [built ? `lazy chunk in dist (${built})` : 'lazy chunk (not built yet: as Vite would make it)', kb(chunk.length)],
        ['lazy chunk gzip', kb(gzipSync(chunk).length)],
        ['generate at build time (from jieba dict.txt + pinyin-pro)', `${Math.round(generateMs)} ms`],
        ['parse when the keyboard first opens, median of 5', `${ms(percentiles(parseTimes).p50)} ms`],
        ['idle build of the whole trie after parse (in slices)', `${Math.round(buildAheadMs)} ms`],
        ['memory held by the engine, whole trie built (text not counted)', `${retainedMb.toFixed(1)} MiB`],
      ],
      note: 'Goal: under 3 MB added to the install. The chunk loads only when a pinyin keyboard is shown.',
    },
    {
      title: 'Pinyin candidates per keystroke (ms)',
      columns: ['lookup', 'keystrokes', 'p50', 'p95', 'max', 'CPU mean', 'p95 < 5 ms'],
      rows: [
        row('trie, first pass, nothing built ahead', cold, coldCpu),
        row('trie, first pass after the idle build', ready, readyCpu),
        row('trie, warm', warm, warmCpu),
        row('linear scan over the same entries', scanTimes, scanCpu)],
      note: `${PHRASES.length} phrases typed letter by letter (${PHRASES.join(', ')}). The scan finds spelled prefixes and exact initials only (no phrases, no ranking by coverage). Load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores during the run: the max column is the machine's, not the lookup's, when it is high.`,
    },
  ];
}
