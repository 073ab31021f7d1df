// Deskew: the projective map from an upright rectangle onto the page's quadrilateral (a
// homography, solved from the four corner pairs), sampled bilinearly into a new RGBA buffer.
import type { Point, Quad } from './document-quad.ts';

/** Row-major 3×3 with h[8] = 1: (x, y) = ((h0 u + h1 v + h2) / w, (h3 u + h4 v + h5) / w), w = h6 u + h7 v + 1. */
export type Homography = number[];

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (Math.abs(m[pivot]![col]!) < 1e-12) throw new Error('the four corners are degenerate (three on a line)');
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / m[col]![col]!;
      for (let k = col; k <= n; k++) m[r]![k]! -= f * m[col]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/** The homography taking each `from` point to the `to` point of the same index. */
export function homography(from: readonly Point[], to: readonly Point[]): Homography {
  const a: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const { x: u, y: v } = from[i]!;
    const { x, y } = to[i]!;
    a.push([u, v, 1, 0, 0, 0, -u * x, -v * x]);
    b.push(x);
    a.push([0, 0, 0, u, v, 1, -u * y, -v * y]);
    b.push(y);
  }
  return [...solve(a, b), 1];
}

export function project(h: Homography, p: Point): Point {
  const w = h[6]! * p.x + h[7]! * p.y + 1;
  return { x: (h[0]! * p.x + h[1]! * p.y + h[2]!) / w, y: (h[3]! * p.x + h[4]! * p.y + h[5]!) / w };
}

/** The upright page's size: its longer opposite sides, scaled down to fit `maxSide`. */
export function uprightSize(quad: Quad, maxSide: number): { width: number; height: number } {
  const dist = (p: Point, q: Point) => Math.hypot(p.x - q.x, p.y - q.y);
  const [tl, tr, br, bl] = quad;
  const width = Math.max(dist(tl, tr), dist(bl, br));
  const height = Math.max(dist(tl, bl), dist(tr, br));
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** The page inside `quad` of `source`, straightened into a `width`×`height` image. */
export function warpToRectangle(source: RgbaImage, quad: Quad, width: number, height: number): RgbaImage {
  const h = homography(
    [
      { x: 0, y: 0 },
      { x: width, y: 0 },
      { x: width, y: height },
      { x: 0, y: height },
    ],
    quad,
  );
  const out = new Uint8ClampedArray(width * height * 4);
  const sw = source.width;
  const sh = source.height;
  const src = source.data;
  for (let v = 0; v < height; v++) {
    for (let u = 0; u < width; u++) {
      // Pixel centres on both sides: output (u + ½, v + ½) samples the source around (x, y).
      const p = project(h, { x: u + 0.5, y: v + 0.5 });
      const x = Math.min(sw - 1, Math.max(0, p.x - 0.5));
      const y = Math.min(sh - 1, Math.max(0, p.y - 0.5));
      const x0 = Math.floor(x);
      const y0 = Math.floor(y);
      const x1 = Math.min(sw - 1, x0 + 1);
      const y1 = Math.min(sh - 1, y0 + 1);
      const fx = x - x0;
      const fy = y - y0;
      const o = (v * width + u) * 4;
      for (let c = 0; c < 4; c++) {
        const top = src[(y0 * sw + x0) * 4 + c]! * (1 - fx) + src[(y0 * sw + x1) * 4 + c]! * fx;
        const bottom = src[(y1 * sw + x0) * 4 + c]! * (1 - fx) + src[(y1 * sw + x1) * 4 + c]! * fx;
        out[o + c] = top * (1 - fy) + bottom * fy;
      }
    }
  }
  return { width, height, data: out };
}
