// Stroke geometry shared by the handwriting model's build (scripts/build-handwriting-model.ts) and
// the recogniser: a written character and a reference character are brought to the same frame
// (fitted into the unit square, aspect kept, centred) and every stroke to the same number of
// points evenly spaced along it, so two strokes compare point by point whatever their size or the
// speed they were drawn at.

/** x to the right, y downwards (screen order; the reference data's y-up is flipped when built). */
export type Point = readonly [number, number];
export type Stroke = readonly Point[];

/** Points per stroke after resampling: enough for a hook or a bend, few enough to stay small. */
export const POINTS_PER_STROKE = 8;

/**
 * Fits the character into [0,1]² by its larger side and centres it: a flat 一 stays flat, a tall
 * 丨 stays thin. Where the writer put the character in the box, and how big, no longer matters.
 */
export function normalize(strokes: readonly Stroke[]): Point[][] {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const stroke of strokes) {
    for (const [x, y] of stroke) {
      minX = Math.min(minX, x); maxX = Math.max(maxX, x);
      minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    }
  }
  const side = Math.max(maxX - minX, maxY - minY) || 1;
  const offX = (side - (maxX - minX)) / 2 - minX;
  const offY = (side - (maxY - minY)) / 2 - minY;
  return strokes.map((stroke) => stroke.map(([x, y]) => [(x + offX) / side, (y + offY) / side] as Point));
}

/** `count` points evenly spaced along the stroke's length, its first and last point included. */
export function resample(stroke: Stroke, count = POINTS_PER_STROKE): Point[] {
  if (stroke.length === 0) throw new Error('resample: a stroke needs at least one point');
  const lengths = [0];
  for (let i = 1; i < stroke.length; i++) lengths.push(lengths[i - 1]! + Math.hypot(stroke[i]![0] - stroke[i - 1]![0], stroke[i]![1] - stroke[i - 1]![1]));
  const total = lengths.at(-1)!;
  if (total === 0) return Array.from({ length: count }, () => stroke[0]!); // a dot
  const out: Point[] = [];
  let segment = 1;
  for (let k = 0; k < count; k++) {
    const at = (total * k) / (count - 1);
    while (segment < stroke.length - 1 && lengths[segment]! < at) segment++;
    const from = stroke[segment - 1]!, to = stroke[segment]!;
    const span = lengths[segment]! - lengths[segment - 1]!;
    const f = span === 0 ? 0 : Math.min(1, (at - lengths[segment - 1]!) / span);
    out.push([from[0] + (to[0] - from[0]) * f, from[1] + (to[1] - from[1]) * f]);
  }
  return out;
}

/** What the recogniser compares: normalized, then resampled. */
export function prepare(strokes: readonly Stroke[]): Point[][] {
  return normalize(strokes).map((stroke) => resample(stroke));
}
