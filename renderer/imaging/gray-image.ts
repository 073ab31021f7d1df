// A grayscale frame as plain numbers, so the document camera's checks and crop run (and are
// tested) in Node as well as on a canvas's ImageData in the renderer.
export interface GrayImage {
  width: number;
  height: number;
  /** Luma 0–255, row by row. */
  data: Float32Array;
}

/** Rec. 601 luma of an RGBA buffer (ImageData.data). */
export function grayOf(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): GrayImage {
  const data = new Float32Array(width * height);
  for (let i = 0, p = 0; i < data.length; i++, p += 4) data[i] = 0.299 * rgba[p]! + 0.587 * rgba[p + 1]! + 0.114 * rgba[p + 2]!;
  return { width, height, data };
}

/**
 * Box-averaged copy whose longer side is at most `maxSide`, and the factor back to the original.
 * Finding the page needs a few hundred pixels, not a 5-megapixel frame: a 2-core kiosk stays responsive.
 */
export function shrink(image: GrayImage, maxSide: number): { image: GrayImage; scale: number } {
  const factor = Math.max(1, Math.ceil(Math.max(image.width, image.height) / maxSide));
  if (factor === 1) return { image, scale: 1 };
  const width = Math.floor(image.width / factor);
  const height = Math.floor(image.height / factor);
  const data = new Float32Array(width * height);
  const area = factor * factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * image.width + x * factor;
        for (let dx = 0; dx < factor; dx++) sum += image.data[row + dx]!;
      }
      data[y * width + x] = sum / area;
    }
  }
  return { image: { width, height, data }, scale: factor };
}
