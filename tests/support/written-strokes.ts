// A character "written" from its reference strokes as an unsteady hand would write it: the whole
// character a little scaled, sheared and turned, each stroke a little off its place, each point
// trembling, sampled densely as a finger on glass is. Seeded, so a failure can be replayed.
import type { Point } from '../../renderer/components/keyboard/handwriting/strokes.ts';

/** mulberry32: a small seeded generator, enough for test jitter. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Jitter {
  /** Each axis scaled by up to ± this share. */
  scale: number;
  /** Turned by up to ± this many degrees. */
  rotateDegrees: number;
  /** Each stroke moved by up to ± this share of the character's box, each axis. */
  strokeShift: number;
  /** Each point moved by up to ± this share of the box, each axis. */
  tremble: number;
}

/** About what a resident's finger does in a large box: visible wobble, the character still legible. */
export const ORDINARY_JITTER: Jitter = { scale: 0.12, rotateDegrees: 6, strokeShift: 0.03, tremble: 0.012 };

/** Points along the reference stroke every `step` units, as a finger samples it. */
function densify(stroke: readonly Point[], step: number): Point[] {
  const out: Point[] = [stroke[0]!];
  for (let i = 1; i < stroke.length; i++) {
    const [x0, y0] = stroke[i - 1]!, [x1, y1] = stroke[i]!;
    const parts = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
    for (let k = 1; k <= parts; k++) out.push([x0 + ((x1 - x0) * k) / parts, y0 + ((y1 - y0) * k) / parts]);
  }
  return out;
}

/** `strokes` (in a box of side `box`, y down) as written by an unsteady hand. */
export function writeWithJitter(strokes: readonly (readonly Point[])[], random: () => number, jitter: Jitter = ORDINARY_JITTER, box = 1024): Point[][] {
  const within = (limit: number) => (random() * 2 - 1) * limit;
  const sx = 1 + within(jitter.scale), sy = 1 + within(jitter.scale);
  const angle = (within(jitter.rotateDegrees) * Math.PI) / 180;
  const cos = Math.cos(angle), sin = Math.sin(angle);
  const c = box / 2;
  return strokes.map((stroke) => {
    const dx = within(jitter.strokeShift) * box, dy = within(jitter.strokeShift) * box;
    return densify(stroke, box / 40).map(([x, y]) => {
      const ux = (x - c) * sx, uy = (y - c) * sy;
      return [c + ux * cos - uy * sin + dx + within(jitter.tremble) * box, c + ux * sin + uy * cos + dy + within(jitter.tremble) * box] as Point;
    });
  });
}
