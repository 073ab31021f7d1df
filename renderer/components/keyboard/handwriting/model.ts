// The handwriting model as text, small enough to ship: one line per character, the character and
// then its strokes, each as POINTS_PER_STROKE points of two base-64 digits (x, y quantized to
// 0…63 in the normalized unit square). 3 500 characters take about 0.6 MB (0.3 MB gzipped)
// instead of the 47 MB of SVG paths hanzi-writer-data ships.
import { POINTS_PER_STROKE, type Point } from './strokes.ts';

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LEVELS = DIGITS.length - 1;
const STROKE_CHARS = POINTS_PER_STROKE * 2;

export interface HandwritingModel {
  /** The characters, in the order of the model's lines. */
  chars: string[];
  /** Each character's strokes: x, y of every point, stroke after stroke (POINTS_PER_STROKE a stroke). */
  points: Float32Array[];
  /** Each character's stroke count. */
  strokeCounts: Uint8Array;
}

/** One model line from a character's prepared strokes (normalized and resampled: strokes.ts). */
export function encodeCharacter(char: string, strokes: readonly (readonly Point[])[]): string {
  const digit = (v: number) => DIGITS[Math.max(0, Math.min(LEVELS, Math.round(v * LEVELS)))]!;
  return char + strokes.map((stroke) => {
    if (stroke.length !== POINTS_PER_STROKE) throw new Error(`${char}: a stroke has ${stroke.length} points, not ${POINTS_PER_STROKE}`);
    return stroke.map(([x, y]) => digit(x) + digit(y)).join('');
  }).join('');
}

export function decodeModel(text: string): HandwritingModel {
  const chars: string[] = [];
  const points: Float32Array[] = [];
  const counts: number[] = [];
  const value = new Float32Array(128).fill(-1);
  for (let i = 0; i < DIGITS.length; i++) value[DIGITS.charCodeAt(i)] = i / LEVELS;
  for (const line of text.split('\n')) {
    if (!line) continue;
    const char = String.fromCodePoint(line.codePointAt(0)!);
    const body = line.slice(char.length);
    if (body.length === 0 || body.length % STROKE_CHARS !== 0) throw new Error(`handwriting model line ${chars.length + 1} (${char}) is cut short`);
    const xy = new Float32Array(body.length);
    for (let i = 0; i < body.length; i++) {
      const v = value[body.charCodeAt(i)] ?? -1;
      if (v < 0) throw new Error(`handwriting model line ${chars.length + 1} (${char}) has a stray "${body[i]}"`);
      xy[i] = v;
    }
    chars.push(char);
    points.push(xy);
    counts.push(body.length / STROKE_CHARS);
  }
  return { chars, points, strokeCounts: Uint8Array.from(counts) };
}
