// Is a captured page readable? Two cheap measures a clerk's eye agrees with: mean brightness (a
// dark frame: lid shut, hand over the lens, lamp off) and the variance of the Laplacian (a blurred
// frame: the page moved, or is out of focus), the usual focus measure (Pech-Pacheco et al., 2000).
import type { GrayImage } from './gray-image.ts';

/** Below this mean luma the page is too dark to read (0–255). */
export const MIN_BRIGHTNESS = 50;
/** Above it the page is washed out (a reflection of the lamp on glossy paper). */
export const MAX_BRIGHTNESS = 245;
/**
 * Below this Laplacian variance (on the frame shrunk to about 640 px) the text is a smear. Printed
 * text at that size measures in the hundreds; a 3-px blur brings it under 30 (tests/renderer/imaging).
 */
export const MIN_SHARPNESS = 60;

export function meanBrightness(image: GrayImage): number {
  let sum = 0;
  for (const v of image.data) sum += v;
  return image.data.length ? sum / image.data.length : 0;
}

/** Variance of the 4-neighbour Laplacian over the inner pixels. */
export function laplacianVariance(image: GrayImage): number {
  const { width: w, height: h, data } = image;
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const lap = data[i - 1]! + data[i + 1]! + data[i - w]! + data[i + w]! - 4 * data[i]!;
      sum += lap;
      sumSq += lap * lap;
      n++;
    }
  }
  if (n === 0) return 0;
  const mean = sum / n;
  return sumSq / n - mean * mean;
}

export type FrameVerdict = { ok: true; brightness: number; sharpness: number } | { ok: false; reason: 'too-dark' | 'too-bright' | 'blurred'; brightness: number; sharpness: number };

export function judgeFrame(image: GrayImage): FrameVerdict {
  const brightness = meanBrightness(image);
  const sharpness = laplacianVariance(image);
  if (brightness < MIN_BRIGHTNESS) return { ok: false, reason: 'too-dark', brightness, sharpness };
  if (brightness > MAX_BRIGHTNESS) return { ok: false, reason: 'too-bright', brightness, sharpness };
  if (sharpness < MIN_SHARPNESS) return { ok: false, reason: 'blurred', brightness, sharpness };
  return { ok: true, brightness, sharpness };
}
