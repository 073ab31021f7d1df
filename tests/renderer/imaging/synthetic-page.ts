// Test frames made here: a light page with lines of "print" lying at a known quadrilateral on a
// dark 高拍仪 base, so a found corner can be compared with the true one.
import type { Point, Quad } from '../../../renderer/imaging/document-quad.ts';
import { homography, project, type RgbaImage } from '../../../renderer/imaging/perspective.ts';

const inside = (q: readonly Point[], x: number, y: number): boolean => {
  let sign = 0;
  for (let i = 0; i < 4; i++) {
    const a = q[i]!;
    const b = q[(i + 1) % 4]!;
    const c = (b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x);
    if (c === 0) continue;
    if (sign === 0) sign = Math.sign(c);
    else if (Math.sign(c) !== sign) return false;
  }
  return true;
};

/** Page ink at page coordinates (0..1, 0..1): text lines in the upper two thirds, a dark block at the bottom left. */
function ink(u: number, v: number): boolean {
  if (u > 0.1 && u < 0.9 && v > 0.1 && v < 0.6) return Math.floor(v * 60) % 3 === 0 && Math.floor(u * 80) % 5 !== 0;
  return u > 0.1 && u < 0.45 && v > 0.7 && v < 0.9;
}

/** `base` gray of the background, `paper` of the page; 2×2 supersampled edges. */
export function pageFrame(width: number, height: number, quad: Quad, opts: { base?: number; paper?: number; seed?: number } = {}): RgbaImage {
  const base = opts.base ?? 45;
  const paper = opts.paper ?? 215;
  const toPage = homography(quad, [
    { x: 0, y: 0 },
    { x: 1, y: 0 },
    { x: 1, y: 1 },
    { x: 0, y: 1 },
  ]);
  let seed = opts.seed ?? 7;
  const noise = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed / 0x7fffffff - 0.5) * 12;
  };
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (const [dx, dy] of [[0.25, 0.25], [0.75, 0.25], [0.25, 0.75], [0.75, 0.75]] as const) {
        const px = x + dx;
        const py = y + dy;
        if (!inside(quad, px, py)) {
          sum += base;
          continue;
        }
        const p = project(toPage, { x: px, y: py });
        sum += ink(p.x, p.y) ? 30 : paper;
      }
      const g = sum / 4 + noise();
      const o = (y * width + x) * 4;
      data[o] = g;
      data[o + 1] = g;
      data[o + 2] = g;
      data[o + 3] = 255;
    }
  }
  return { width, height, data };
}

export function boxBlur(image: RgbaImage, radius: number): RgbaImage {
  const { width: w, height: h, data } = image;
  const out = new Uint8ClampedArray(data.length);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let sum = 0;
      let n = 0;
      for (let dy = -radius; dy <= radius; dy++) {
        for (let dx = -radius; dx <= radius; dx++) {
          const xx = Math.min(w - 1, Math.max(0, x + dx));
          const yy = Math.min(h - 1, Math.max(0, y + dy));
          sum += data[(yy * w + xx) * 4]!;
          n++;
        }
      }
      const o = (y * w + x) * 4;
      out[o] = out[o + 1] = out[o + 2] = sum / n;
      out[o + 3] = 255;
    }
  }
  return { width: w, height: h, data: out };
}
