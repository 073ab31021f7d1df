// Reads a PDF as a person would: its text through poppler's pdftotext, its QR codes by rendering
// each page (pdftoppm) and decoding the picture (jsqr). Needs Debian's poppler-utils.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';

// jsqr is CommonJS whose types declare an ES default export: take the function as Node loads it.
const jsQR = createRequire(import.meta.url)('jsqr') as typeof import('jsqr').default;

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

/** Every QR code found on any page, as decoded text. */
export function pdfQrCodes(file: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-qr-'));
  try {
    execFileSync('pdftoppm', ['-r', '150', '-png', file, join(dir, 'page')]);
    return readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const png = PNG.sync.read(readFileSync(join(dir, name)));
        const found = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength), png.width, png.height);
        return found ? [found.data] : [];
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
