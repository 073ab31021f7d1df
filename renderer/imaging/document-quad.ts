// Where is the page in the frame? A 高拍仪 looks straight down at a dark base, so the page is the
// largest light region: Otsu's threshold splits page from base, the page's outline gives a convex
// hull, the hull's longest chord is one diagonal and the points farthest from it on either side
// are the other two corners. Each side is then re-fitted by least squares through the outline
// pixels along it (not only the four extreme pixels), and the corners are the sides' intersections,
// so a rounded or dog-eared corner or a ragged threshold moves a corner by a pixel, not ten.
// No OpenCV (not in node_modules, and 8 MB of wasm for this); plain arithmetic on a small frame.
import type { GrayImage } from './gray-image.ts';

export interface Point {
  x: number;
  y: number;
}

/** Top-left, top-right, bottom-right, bottom-left, in the frame's pixels. */
export type Quad = [Point, Point, Point, Point];

/** A page covering less of the frame than this is not found (a hand, a pen, a glare spot). */
export const MIN_PAGE_AREA_SHARE = 0.12;

export function otsuThreshold(image: GrayImage): number {
  const histogram = new Float64Array(256);
  for (const v of image.data) histogram[Math.max(0, Math.min(255, Math.round(v)))]!++;
  const total = image.data.length;
  let sumAll = 0;
  for (let t = 0; t < 256; t++) sumAll += t * histogram[t]!;
  let sumBelow = 0;
  let countBelow = 0;
  let best = 0;
  let bestVariance = -1;
  for (let t = 0; t < 256; t++) {
    countBelow += histogram[t]!;
    if (countBelow === 0) continue;
    const countAbove = total - countBelow;
    if (countAbove === 0) break;
    sumBelow += t * histogram[t]!;
    const meanBelow = sumBelow / countBelow;
    const meanAbove = (sumAll - sumBelow) / countAbove;
    const variance = countBelow * countAbove * (meanBelow - meanAbove) ** 2;
    if (variance > bestVariance) {
      bestVariance = variance;
      best = t;
    }
  }
  return best + 0.5;
}

/** The largest 4-connected region above the threshold, as a mask (1 = page). */
function largestLightRegion(image: GrayImage, threshold: number): { mask: Uint8Array; size: number } {
  const { width: w, height: h, data } = image;
  const label = new Int32Array(w * h);
  const stack = new Int32Array(w * h);
  let bestLabel = 0;
  let bestSize = 0;
  let next = 0;
  for (let start = 0; start < w * h; start++) {
    if (label[start] !== 0 || data[start]! <= threshold) continue;
    next++;
    let size = 0;
    let top = 0;
    stack[top++] = start;
    label[start] = next;
    while (top > 0) {
      const i = stack[--top]!;
      size++;
      const x = i % w;
      const neighbours = [x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, i >= w ? i - w : -1, i + w < w * h ? i + w : -1];
      for (const j of neighbours) {
        if (j >= 0 && label[j] === 0 && data[j]! > threshold) {
          label[j] = next;
          stack[top++] = j;
        }
      }
    }
    if (size > bestSize) {
      bestSize = size;
      bestLabel = next;
    }
  }
  const mask = new Uint8Array(w * h);
  for (let i = 0; i < mask.length; i++) mask[i] = label[i] === bestLabel && bestLabel !== 0 ? 1 : 0;
  return { mask, size: bestSize };
}

/** Centres of the region's pixels that touch the outside (or the frame's edge). */
function outline(mask: Uint8Array, w: number, h: number): Point[] {
  const points: Point[] = [];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      if (!mask[i]) continue;
      if (x === 0 || y === 0 || x === w - 1 || y === h - 1 || !mask[i - 1] || !mask[i + 1] || !mask[i - w] || !mask[i + w]) {
        points.push({ x: x + 0.5, y: y + 0.5 });
      }
    }
  }
  return points;
}

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Andrew's monotone chain. */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (sorted.length < 3) return sorted;
  const lower: Point[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/** Four hull points: the longest chord's ends and the farthest point from it on each side. */
function roughCorners(hull: readonly Point[]): Point[] | null {
  let a = hull[0]!;
  let c = hull[0]!;
  let longest = -1;
  for (let i = 0; i < hull.length; i++) {
    for (let j = i + 1; j < hull.length; j++) {
      const d = (hull[i]!.x - hull[j]!.x) ** 2 + (hull[i]!.y - hull[j]!.y) ** 2;
      if (d > longest) {
        longest = d;
        a = hull[i]!;
        c = hull[j]!;
      }
    }
  }
  let b: Point | null = null;
  let d: Point | null = null;
  let bestLeft = 0;
  let bestRight = 0;
  for (const p of hull) {
    const side = cross(a, c, p);
    if (side > bestLeft) {
      bestLeft = side;
      b = p;
    } else if (side < bestRight) {
      bestRight = side;
      d = p;
    }
  }
  return b && d ? [a, b, c, d] : null;
}

/** Top-left first, then clockwise on screen (y grows downwards). */
export function orderCorners(points: readonly Point[]): Quad {
  const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
  const clockwise = [...points].sort((p, q) => Math.atan2(p.y - cy, p.x - cx) - Math.atan2(q.y - cy, q.x - cx));
  let first = 0;
  clockwise.forEach((p, i) => {
    if (p.x + p.y < clockwise[first]!.x + clockwise[first]!.y) first = i;
  });
  return [0, 1, 2, 3].map((k) => clockwise[(first + k) % 4]!) as Quad;
}

interface Line {
  /** A point on the line and its unit direction. */
  p: Point;
  d: Point;
}

/** Total least squares through the outline points lying along the side from `from` to `to`. */
function fitSide(from: Point, to: Point, points: readonly Point[], centre: Point): Line | null {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length < 4) return null;
  const ux = (to.x - from.x) / length;
  const uy = (to.y - from.y) / length;
  const near = points.filter((p) => {
    const along = (p.x - from.x) * ux + (p.y - from.y) * uy;
    const across = Math.abs(-(p.x - from.x) * uy + (p.y - from.y) * ux);
    // The middle of the side only: near a corner the other side's pixels would bend the fit.
    return along > 0.12 * length && along < 0.88 * length && across < Math.max(2, 0.03 * length);
  });
  if (near.length < 5) return null;
  const mx = near.reduce((s, p) => s + p.x, 0) / near.length;
  const my = near.reduce((s, p) => s + p.y, 0) / near.length;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of near) {
    sxx += (p.x - mx) ** 2;
    syy += (p.y - my) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const d = { x: Math.cos(angle), y: Math.sin(angle) };
  // Outline pixels' centres lie half a pixel inside the page's true edge: move the line out.
  let nx = -d.y;
  let ny = d.x;
  if ((centre.x - mx) * nx + (centre.y - my) * ny > 0) {
    nx = -nx;
    ny = -ny;
  }
  return { p: { x: mx + 0.5 * nx, y: my + 0.5 * ny }, d };
}

function intersect(l1: Line, l2: Line): Point | null {
  const det = l1.d.x * l2.d.y - l1.d.y * l2.d.x;
  if (Math.abs(det) < 1e-6) return null;
  const t = ((l2.p.x - l1.p.x) * l2.d.y - (l2.p.y - l1.p.y) * l2.d.x) / det;
  return { x: l1.p.x + t * l1.d.x, y: l1.p.y + t * l1.d.y };
}

function quadArea(q: readonly Point[]): number {
  let s = 0;
  for (let i = 0; i < 4; i++) s += q[i]!.x * q[(i + 1) % 4]!.y - q[(i + 1) % 4]!.x * q[i]!.y;
  return Math.abs(s) / 2;
}

/** The page's four corners in this image's pixels, or null when no page-like region is found. */
export function findDocumentQuad(image: GrayImage): Quad | null {
  const { width: w, height: h } = image;
  const { mask, size } = largestLightRegion(image, otsuThreshold(image));
  if (size < MIN_PAGE_AREA_SHARE * w * h) return null;
  // The page fills the frame: nothing to crop, and the "corners" would be the frame's own.
  if (size > 0.97 * w * h) return null;
  const edge = outline(mask, w, h);
  const rough = roughCorners(convexHull(edge));
  if (!rough) return null;
  const corners = orderCorners(rough);
  const centre = { x: corners.reduce((s, p) => s + p.x, 0) / 4, y: corners.reduce((s, p) => s + p.y, 0) / 4 };
  const sides = corners.map((p, i) => fitSide(p, corners[(i + 1) % 4]!, edge, centre));
  const refined = corners.map((p, i) => {
    const before = sides[(i + 3) % 4];
    const after = sides[i];
    const q = before && after ? intersect(before, after) : null;
    // A refit that lands far from the hull's corner is a bad fit (a torn edge): keep the hull's.
    return q && Math.hypot(q.x - p.x, q.y - p.y) < 0.05 * Math.max(w, h) ? q : p;
  }) as Quad;
  if (quadArea(refined) < MIN_PAGE_AREA_SHARE * w * h) return null;
  return refined;
}
