// Recognises one handwritten character against the model (model.ts), entirely offline.
//
// 1. Only characters whose stroke count is within ±2 of what was written are considered: a
//    resident may join two strokes or lift the finger once too often, rarely more.
// 2. A cheap pass ranks them all by each stroke's start and end points, aligned in writing order.
// 3. The best PREFILTER_KEEP are compared point by point (every resampled point of every stroke),
//    twice: aligned in writing order, with a stroke missing or extra allowed at a price (an edit
//    distance over strokes), and order-free (each written stroke paired with its nearest reference
//    stroke, a small price per stroke written out of order). The better of the two counts, so a
//    character written in the wrong stroke order is still found.
import type { HandwritingModel } from './model.ts';
import { POINTS_PER_STROKE, prepare, type Stroke } from './strokes.ts';

/** Stroke counts considered beyond the written one, each way. */
const STROKE_WINDOW = 2;
const PREFILTER_KEEP = 80;
/** The price of a reference stroke not written, or a written stroke the reference lacks (unit-square distance). */
const MISSING_STROKE = 0.3;
const EXTRA_STROKE = 0.3;
/** The price of each pair of strokes written in the other order. */
const OUT_OF_ORDER = 0.04;

const STRIDE = POINTS_PER_STROKE * 2;
const LAST = STRIDE - 2;

const hypot = (dx: number, dy: number) => Math.sqrt(dx * dx + dy * dy); // Math.hypot is several times slower

/** Mean distance between two strokes' corresponding points. */
function strokeDistance(a: Float32Array, ai: number, b: Float32Array, bi: number): number {
  let sum = 0;
  for (let k = 0; k < STRIDE; k += 2) sum += hypot(a[ai + k]! - b[bi + k]!, a[ai + k + 1]! - b[bi + k + 1]!);
  return sum / POINTS_PER_STROKE;
}

/** Distance between two strokes' start and end points only: the prefilter's. */
function endsDistance(a: Float32Array, ai: number, b: Float32Array, bi: number): number {
  return (hypot(a[ai]! - b[bi]!, a[ai + 1]! - b[bi + 1]!) + hypot(a[ai + LAST]! - b[bi + LAST]!, a[ai + LAST + 1]! - b[bi + LAST + 1]!)) / 2;
}

/** cost[i * m + j]: written stroke i against reference stroke j. */
function costMatrix(written: Float32Array, n: number, ref: Float32Array, m: number, distance: typeof strokeDistance, cost: Float64Array): void {
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) cost[i * m + j] = distance(written, i * STRIDE, ref, j * STRIDE);
}

/** Edit distance over strokes in writing order, per stroke of the longer of the two. */
function inOrder(cost: Float64Array, n: number, m: number, row: Float64Array): number {
  // One row of the table at a time; row[j] holds the cost of the written strokes so far against ref[0…j).
  for (let j = 0; j <= m; j++) row[j] = j * MISSING_STROKE;
  for (let i = 1; i <= n; i++) {
    let diagonal = row[0]!;
    row[0] = i * EXTRA_STROKE;
    for (let j = 1; j <= m; j++) {
      const above = row[j]!;
      row[j] = Math.min(diagonal + cost[(i - 1) * m + j - 1]!, above + EXTRA_STROKE, row[j - 1]! + MISSING_STROKE);
      diagonal = above;
    }
  }
  return row[m]! / Math.max(n, m);
}

/** Each written stroke paired greedily with its nearest free reference stroke, whatever the order. */
function orderFree(cost: Float64Array, n: number, m: number, pairedWith: Int16Array, refTaken: Uint8Array): number {
  pairedWith.fill(-1, 0, n);
  refTaken.fill(0, 0, m);
  const pairs = Math.min(n, m);
  let total = 0;
  for (let p = 0; p < pairs; p++) {
    let best = Infinity, bi = 0, bj = 0;
    for (let i = 0; i < n; i++) {
      if (pairedWith[i] !== -1) continue;
      for (let j = 0; j < m; j++) {
        if (!refTaken[j] && cost[i * m + j]! < best) (best = cost[i * m + j]!), (bi = i), (bj = j);
      }
    }
    pairedWith[bi] = bj;
    refTaken[bj] = 1;
    total += best;
  }
  let inversions = 0;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) if (pairedWith[a]! >= 0 && pairedWith[b]! >= 0 && pairedWith[a]! > pairedWith[b]!) inversions++;
  }
  total += (n - pairs) * EXTRA_STROKE + (m - pairs) * MISSING_STROKE + inversions * OUT_OF_ORDER;
  return total / Math.max(n, m);
}

export interface Recognizer {
  /** The likeliest characters for the strokes written so far, best first. */
  recognize(strokes: readonly Stroke[], limit?: number): string[];
}

export function createRecognizer(model: HandwritingModel): Recognizer {
  const byCount = new Map<number, number[]>();
  model.strokeCounts.forEach((count, index) => {
    if (!byCount.has(count)) byCount.set(count, []);
    byCount.get(count)!.push(index);
  });
  const maxStrokes = Math.max(...model.strokeCounts);
  // Scratch space reused by every comparison: recognising allocates almost nothing.
  const longest = maxStrokes + STROKE_WINDOW + 2;
  const row = new Float64Array(longest + 1);
  const cost = new Float64Array(longest * longest);
  const pairedWith = new Int16Array(longest);
  const refTaken = new Uint8Array(longest);

  function recognize(strokes: readonly Stroke[], limit = 10): string[] {
    const drawn = strokes.filter((s) => s.length > 0);
    const n = Math.min(drawn.length, longest - STROKE_WINDOW - 2);
    if (n === 0) return [];
    const written = Float32Array.from(prepare(drawn.slice(0, n)).flat(2));
    const rough: { index: number; score: number }[] = [];
    for (let count = Math.max(1, n - STROKE_WINDOW); count <= n + STROKE_WINDOW; count++) {
      for (const index of byCount.get(count) ?? []) {
        costMatrix(written, n, model.points[index]!, count, endsDistance, cost);
        rough.push({ index, score: inOrder(cost, n, count, row) });
      }
    }
    rough.sort((a, b) => a.score - b.score);
    return rough
      .slice(0, PREFILTER_KEEP)
      .map(({ index }) => {
        const ref = model.points[index]!;
        const m = model.strokeCounts[index]!;
        costMatrix(written, n, ref, m, strokeDistance, cost);
        return { index, score: Math.min(inOrder(cost, n, m, row), orderFree(cost, n, m, pairedWith, refTaken)) };
      })
      .sort((a, b) => a.score - b.score)
      .slice(0, limit)
      .map(({ index }) => model.chars[index]!);
  }
  return { recognize };
}
