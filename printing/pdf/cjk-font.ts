// The Chinese font embedded in certificates: Noto Sans CJK SC (as "Noto Sans Hans", OTF/CFF, SIL
// Open Font License 1.1) shipped inside the npm package @embedpdf/fonts-sc, so the app carries
// it on every platform and no system font is needed. pdfkit embeds only the glyphs a certificate
// uses (a subset of some tens of kB), so any PDF reader shows the text.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface CjkFontFiles {
  regular: string;
  bold: string;
}

let files: CjkFontFiles | null = null;

/** Found on first use, not at load: a kiosk that never prints certificates never looks. */
export function cjkFontFiles(): CjkFontFiles {
  if (!files) {
    // In the Electron main bundle (CommonJS) import.meta.url is empty and __filename is the bundle.
    const from = import.meta.url ?? __filename;
    const fontsDir = join(dirname(createRequire(from).resolve('@embedpdf/fonts-sc')), '..', 'fonts');
    files = { regular: join(fontsDir, 'NotoSansHans-Regular.otf'), bold: join(fontsDir, 'NotoSansHans-Bold.otf') };
  }
  return files;
}
