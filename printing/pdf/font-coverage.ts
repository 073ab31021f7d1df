// Which characters of a certificate the shipped CJK font cannot draw. A name with a rare character
// (CJK extension B and beyond) would otherwise print as a blank box on an official paper: the
// kiosk refuses to print it instead and sends the resident to the counter.
import * as fontkit from 'fontkit';
import { cjkFontFiles } from './cjk-font.ts';

let font: fontkit.Font | null = null;

function certificateFont(): fontkit.Font {
  if (!font) {
    const opened = fontkit.openSync(cjkFontFiles().regular);
    font = 'fonts' in opened ? opened.fonts[0]! : opened;
  }
  return font;
}

/** The distinct characters of `texts` the font has no glyph for (white space aside). */
export function charactersMissingFromFont(texts: string[]): string[] {
  const missing = new Set<string>();
  const f = certificateFont();
  for (const text of texts) {
    for (const ch of text) {
      if (/\s/.test(ch)) continue;
      if (!f.hasGlyphForCodePoint(ch.codePointAt(0)!)) missing.add(ch);
    }
  }
  return [...missing];
}
