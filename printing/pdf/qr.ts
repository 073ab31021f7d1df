// Draws a QR code into a pdfkit page as vector squares (sharp at any printer resolution), from
// the module matrix of the maintained `qrcode` package.
import QRCode from 'qrcode';

/** Anything with pdfkit's rect/fill drawing calls. */
interface Canvas {
  rect(x: number, y: number, w: number, h: number): unknown;
  fill(color: string): unknown;
}

/** Draws `text` as a QR code `size` points wide (quiet zone included) at (x, y). */
export function drawQrCode(doc: Canvas, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4; // the standard's white border, in modules: scanners need it
  const cell = size / (modules.size + 2 * quiet);
  doc.rect(x, y, size, size);
  doc.fill('white');
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
    }
  }
  doc.fill('black');
}
