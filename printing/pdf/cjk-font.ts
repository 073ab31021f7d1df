// The Chinese font embedded in certificates: Noto Sans CJK SC (as "Noto Sans Hans", OTF/CFF, SIL
// Open Font License 1.1) shipped inside the npm package @embedpdf/fonts-sc, so the app carries
// it on every platform and no system font is needed. pdfkit embeds only the glyphs a certificate
// uses (a subset of a few tens of kB), so any PDF reader shows the text.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const fontsDir = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '..', 'fonts');

export const cjkFontFiles = {
  regular: join(fontsDir, 'NotoSansHans-Regular.otf'),
  bold: join(fontsDir, 'NotoSansHans-Bold.otf'),
} as const;
