// One captured frame to one upright page: find the page on a shrunk copy, map its corners back to
// the full frame and straighten it. A frame where no page stands out is kept whole (the resident
// framed it by hand, or laid a page larger than the view): never a lost capture.
import { findDocumentQuad, type Quad } from './document-quad.ts';
import { grayOf, shrink } from './gray-image.ts';
import { judgeFrame, type FrameVerdict } from './frame-quality.ts';
import { uprightSize, warpToRectangle, type RgbaImage } from './perspective.ts';

/** Finding the page works on a frame shrunk to this; 640 px keeps it near 50 ms on a kiosk PC. */
export const DETECTION_SIDE = 640;
/** A4 at about 190 dpi: a clerk reads 5-point print, and a page stays well under 500 kB as JPEG. */
export const PAGE_MAX_SIDE = 2200;

export interface CroppedPage {
  page: RgbaImage;
  /** The page's corners in the frame, or null when the whole frame was kept. */
  quad: Quad | null;
  verdict: FrameVerdict;
}

export function cropPage(frame: RgbaImage, maxSide = PAGE_MAX_SIDE): CroppedPage {
  const { image: small, scale } = shrink(grayOf(frame.data, frame.width, frame.height), DETECTION_SIDE);
  const found = findDocumentQuad(small);
  const quad = found ? (found.map((p) => ({ x: p.x * scale, y: p.y * scale })) as Quad) : null;
  const region: Quad = quad ?? [
    { x: 0, y: 0 },
    { x: frame.width, y: 0 },
    { x: frame.width, y: frame.height },
    { x: 0, y: frame.height },
  ];
  const size = uprightSize(region, maxSide);
  const page = warpToRectangle(frame, region, size.width, size.height);
  // Judged on the page itself, so the dark base around it does not count as "too dark".
  const verdict = judgeFrame(shrink(grayOf(page.data, page.width, page.height), DETECTION_SIDE).image);
  return { page, quad, verdict };
}
