// The document camera (高拍仪) in the renderer (issue 24): every 高拍仪 presents itself as a UVC
// camera, so the page opens it with getUserMedia (the shells allow video for the kiosk's own
// origin only). A frame becomes an upright page here (renderer/imaging) and a JPEG of at most
// MAX_PAGE_BYTES: quality is stepped down, then the size, until it fits.
import { MAX_PAGE_BYTES } from '../../../../shared/contract/case-attachments.ts';
import { cropPage } from '../../../imaging/crop-page.ts';
import type { FrameVerdict } from '../../../imaging/frame-quality.ts';
import type { RgbaImage } from '../../../imaging/perspective.ts';

/** The camera, or null when there is none (or it was refused, or unplugged): materials at the counter. */
export async function openDocumentCamera(): Promise<MediaStream | null> {
  const media = navigator.mediaDevices;
  if (!media?.getUserMedia || !media.enumerateDevices) return null;
  try {
    if (!(await media.enumerateDevices()).some((d) => d.kind === 'videoinput')) return null;
    return await media.getUserMedia({ audio: false, video: { width: { ideal: 2592 }, height: { ideal: 1944 } } });
  } catch {
    return null;
  }
}

export function grabFrame(video: HTMLVideoElement): RgbaImage | null {
  const width = video.videoWidth;
  const height = video.videoHeight;
  if (!width || !height) return null;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(video, 0, 0);
  const { data } = ctx.getImageData(0, 0, width, height);
  return { width, height, data };
}

export interface EncodedPage {
  /** For the review on screen (CSP: img-src 'self' data:). */
  dataUrl: string;
  base64: string;
  bytes: number;
  quality: number;
  width: number;
  height: number;
  verdict: FrameVerdict;
  /** Whether a page was found and straightened (else the whole frame is kept). */
  cropped: boolean;
}

const QUALITIES = [0.82, 0.72, 0.62, 0.52];

function toJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the page could not be encoded'))), 'image/jpeg', quality));
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A preview shown again after 重拍 needs a moment before its first frame: a tap then waits for it. */
function firstFrame(video: HTMLVideoElement, timeoutMs = 3000): Promise<void> {
  // A frame presented in this element, not only its size known: before it, the canvas draws black.
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    const done = () => (clearTimeout(timer), resolve());
    const media = video as HTMLVideoElement & { requestVideoFrameCallback?: (callback: () => void) => number };
    if (typeof media.requestVideoFrameCallback === 'function') media.requestVideoFrameCallback(done);
    else if (video.videoWidth) done();
    else video.addEventListener('loadeddata', done, { once: true });
  });
}

export async function capturePage(video: HTMLVideoElement): Promise<EncodedPage | null> {
  await firstFrame(video);
  const frame = grabFrame(video);
  if (!frame) return null;
  const { page, quad, verdict } = cropPage(frame);
  const source = document.createElement('canvas');
  source.width = page.width;
  source.height = page.height;
  source.getContext('2d')!.putImageData(new ImageData(page.data as Uint8ClampedArray<ArrayBuffer>, page.width, page.height), 0, 0);
  let canvas = source;
  for (let scale = 1; scale > 0.3; scale *= 0.8) {
    if (scale < 1) {
      canvas = document.createElement('canvas');
      canvas.width = Math.round(source.width * scale);
      canvas.height = Math.round(source.height * scale);
      canvas.getContext('2d')!.drawImage(source, 0, 0, canvas.width, canvas.height);
    }
    for (const quality of QUALITIES) {
      const blob = await toJpeg(canvas, quality);
      if (blob.size <= MAX_PAGE_BYTES) {
        const base64 = await base64Of(blob);
        return { dataUrl: `data:image/jpeg;base64,${base64}`, base64, bytes: blob.size, quality, width: canvas.width, height: canvas.height, verdict, cropped: quad !== null };
      }
    }
  }
  return null;
}
