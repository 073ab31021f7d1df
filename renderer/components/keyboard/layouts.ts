// The keys of each layout, row by row. Letters are lower case: pinyin is typed so, and fields that
// want capitals (a site code) convert what they receive.
import { tibetanLayout } from '../../i18n/keyboard-layouts/bo.ts';
import { uyghurLayout } from '../../i18n/keyboard-layouts/ug.ts';
import type { KeyboardLayoutData } from '../../i18n/keyboard-layouts/types.ts';

/** The keyboard's layouts: what a field may offer and the switcher names. */
export type KeyboardLayout = 'pinyin' | 'handwriting' | 'latin' | 'digits' | 'phone' | 'tibetan' | 'uyghur';

export const LETTER_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'].map((row) => [...row]);

/** Chinese punctuation beside the letters, for comments and addresses. */
export const PINYIN_PUNCTUATION = ['，', '。', '？', '、'];

export const LAYOUT_ROWS: Record<'pinyin' | 'latin' | 'digits', string[][]> = {
  pinyin: LETTER_ROWS,
  // Digits stay on the letters' page: site codes and searches mix the two.
  latin: [[...'1234567890'], ...LETTER_ROWS],
  digits: [[...'1234567890'], [...'-/:()@'], [...'.,?!#']],
};

/** A telephone's 3×4 pad, 1-2-3 on top; the last row is completed by the keyboard (0, delete…). */
export const PHONE_ROWS = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
];

/** Letters a composition may hold: beyond this a typo is likelier than a phrase. */
export const MAX_COMPOSITION = 32;

/**
 * The residents' own scripts, from xkeyboard-config (renderer/i18n/keyboard-layouts/): each layer
 * as rows of keys; LATCH shows the `subjoined` layer for one keystroke (Tibetan stacks), '' is a
 * blank key.
 */
export const SCRIPT_LAYOUTS: Record<'tibetan' | 'uyghur', KeyboardLayoutData> = {
  tibetan: tibetanLayout,
  uyghur: uyghurLayout,
};
export type ScriptLayout = keyof typeof SCRIPT_LAYOUTS;
export const isScriptLayout = (layout: string): layout is ScriptLayout => layout in SCRIPT_LAYOUTS;

/** The script a resident of a language writes in, if the keyboard has it. */
export function scriptLayoutFor(locale: string): ScriptLayout | undefined {
  return (Object.keys(SCRIPT_LAYOUTS) as ScriptLayout[]).find((name) => SCRIPT_LAYOUTS[name].locale === locale);
}

/** Languages written in Latin letters: their readers type in English letters, not in pinyin. */
const LATIN_LOCALES: ReadonlySet<string> = new Set(['en']);

/** Where a field offers pinyin it offers 手写 right after it: Chinese for those who never learned pinyin. */
function withHandwriting(layouts: readonly KeyboardLayout[]): readonly KeyboardLayout[] {
  if (!layouts.includes('pinyin') || layouts.includes('handwriting')) return layouts;
  return layouts.flatMap((layout) => (layout === 'pinyin' ? ['pinyin', 'handwriting'] as const : [layout]));
}

/**
 * What a field offers in a language: a Chinese field (one offering pinyin) also offers 手写 after
 * pinyin; a text field (one that offers letters) offers the language's own script first, when it
 * has one; in English the letters come first (an English reader opening on pinyin gets Chinese
 * characters for every word); number pads and fields already naming a script are unchanged.
 */
export function layoutsForLocale(given: readonly KeyboardLayout[], locale: string): readonly KeyboardLayout[] {
  const layouts = withHandwriting(given);
  const textField = layouts.includes('pinyin') || layouts.includes('latin');
  if (!textField || layouts.some(isScriptLayout)) return layouts;
  if (LATIN_LOCALES.has(locale)) return ['latin', ...layouts.filter((layout) => layout !== 'latin')];
  const script = scriptLayoutFor(locale);
  return script ? [script, ...layouts] : layouts;
}

/** The layer shown for a script layout: the shift or subjoined one when latched, else the plain keys. */
export function scriptRows(layout: ScriptLayout, layer: 'default' | 'shift' | 'subjoined'): string[][] {
  const layers = SCRIPT_LAYOUTS[layout].layers;
  return layers[layer] ?? layers.default!;
}
