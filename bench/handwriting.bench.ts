// The 手写 pad (issue 22): what the model adds to the install, and how well and how fast the
// recogniser finds each of the 3 500 common characters written from its reference strokes by an
// unsteady hand (tests/support/written-strokes.ts) — top-1 and top-5, and the time from the last
// stroke to the candidates — beside the pinyin keyboard's time for the same characters' syllables.
// Goal: candidates within 300 ms of the last stroke on this class of machine.
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { pinyin } from 'pinyin-pro';
import { buildHandwritingModel, commonCharacters, loadOrBuildHandwritingModel, referenceStrokes } from '../scripts/build-handwriting-model.ts';
import { loadOrBuildPinyinDictionary } from '../scripts/build-pinyin-dictionary.ts';
import { decodeModel } from '../renderer/components/keyboard/handwriting/model.ts';
import { createRecognizer, type Recognizer } from '../renderer/components/keyboard/handwriting/recognizer.ts';
import type { Point } from '../renderer/components/keyboard/handwriting/strokes.ts';
import { parsePinyinDictionary } from '../renderer/components/keyboard/pinyin-engine.ts';
import { ORDINARY_JITTER, seededRandom, writeWithJitter, type Jitter } from '../tests/support/written-strokes.ts';
import type { BenchTable } from './run.ts';

/** A hand twice as unsteady as the ordinary one: strokes well off their place, visibly trembling. */
const SHAKY: Jitter = { scale: 0.2, rotateDegrees: 10, strokeShift: 0.06, tremble: 0.03 };

const ms = (n: number) => n.toFixed(1);
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)} %`;

function percentiles(times: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.floor(sorted.length * 0.95)]!, max: sorted.at(-1)! };
}

interface Run {
  name: string;
  chars: string[];
  jitter: Jitter;
  /** Swap the first two strokes (a stroke-order slip). */
  swapFirstTwo?: boolean;
}

function measure(recognizer: Recognizer, run: Run): (string | number)[] {
  const random = seededRandom(22);
  let top1 = 0;
  let top5 = 0;
  const times: number[] = [];
  for (const char of run.chars) {
    const strokes: Point[][] = writeWithJitter(referenceStrokes(char), random, run.jitter);
    if (run.swapFirstTwo) [strokes[0], strokes[1]] = [strokes[1]!, strokes[0]!];
    const started = performance.now();
    const found = recognizer.recognize(strokes, 5);
    times.push(performance.now() - started);
    if (found[0] === char) top1++;
    if (found.includes(char)) top5++;
  }
  const p = percentiles(times);
  return [run.name, run.chars.length, pct(top1, run.chars.length), pct(top5, run.chars.length), ms(p.p50), ms(p.p95), ms(p.max)];
}

export async function run(): Promise<BenchTable[]> {
  const chars = commonCharacters();
  let started = performance.now();
  const text = buildHandwritingModel(chars);
  const buildMs = performance.now() - started;
  if (text !== loadOrBuildHandwritingModel().text) throw new Error('the cached handwriting model differs from a fresh build');
  started = performance.now();
  const model = decodeModel(text);
  const recognizer = createRecognizer(model);
  const loadMs = performance.now() - started;

  const everyFifth = chars.filter((_, i) => i % 5 === 0);
  const rows = [
    measure(recognizer, { name: 'ordinary hand, all 3 500', chars, jitter: ORDINARY_JITTER }),
    measure(recognizer, { name: 'shaky hand, every 5th', chars: everyFifth, jitter: SHAKY }),
    measure(recognizer, { name: 'shaky hand, first two strokes swapped, every 5th', chars: everyFifth.filter((c) => model.strokeCounts[model.chars.indexOf(c)]! > 1), jitter: SHAKY, swapFirstTwo: true }),
  ];

  // The pinyin keyboard, for the same characters: candidates for each one's whole syllable.
  const engine = parsePinyinDictionary(loadOrBuildPinyinDictionary().text);
  while (engine.buildAhead(50));
  const syllables = chars.map((c) => pinyin(c, { toneType: 'none', v: true }));
  const pinyinTimes = syllables.map((s) => {
    const t0 = performance.now();
    engine.candidates(s);
    return performance.now() - t0;
  });
  const p = percentiles(pinyinTimes);

  return [
    {
      title: 'Handwriting model: size and load',
      columns: ['what', 'value'],
      rows: [
        ['characters (通用规范汉字表 level 1)', model.chars.length],
        ['model text (lazy chunk)', `${Math.round(Buffer.byteLength(text) / 1024)} KiB`],
        ['model gzip', `${Math.round(gzipSync(text).length / 1024)} KiB`],
        ['build from hanzi-writer-data (3 500 JSON files)', `${Math.round(buildMs)} ms`],
        ['decode when a 手写 pad first opens', `${Math.round(loadMs)} ms`],
      ],
      note: 'hanzi-writer-data itself is 47 MB (9 580 characters with SVG outlines); only resampled medians ship.',
    },
    {
      title: 'Handwriting: recognition of characters written from reference strokes with jitter',
      columns: ['written by', 'characters', 'top-1', 'top-5', 'p50 ms', 'p95 ms', 'max ms'],
      rows: [...rows, ['(pinyin keyboard: candidates for each one\'s syllable, trie built)', chars.length, '', '', ms(p.p50), ms(p.p95), ms(p.max)]],
      note: `Time is from the last stroke to the candidates (recognition only; drawing them is one render). Goal: p95 under 300 ms. Ordinary hand: each axis scaled ±${ORDINARY_JITTER.scale * 100} %, turned ±${ORDINARY_JITTER.rotateDegrees}°, strokes moved ±${ORDINARY_JITTER.strokeShift * 100} %, points ±${ORDINARY_JITTER.tremble * 100} % of the box; shaky: ±${SHAKY.scale * 100} %, ±${SHAKY.rotateDegrees}°, ±${SHAKY.strokeShift * 100} %, ±${SHAKY.tremble * 100} %. Strokes are written whole and in number (no joined or broken strokes). Load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores during the run.`,
    },
  ];
}
