// The shape of a language's on-screen keyboard layout, as data for renderer/components/keyboard/.
// Rows follow the physical keyboard (number row, then the three letter rows), so a resident who
// knows the layout from a PC finds each letter where they expect it.
export interface KeyboardLayoutData {
  locale: 'bo' | 'ug';
  name: string;
  direction: 'ltr' | 'rtl';
  /** Where the layout comes from and under which licence (see README.md beside this file). */
  source: string;
  /**
   * Layers of rows of keys. Each key is the text it types; '' is a key without a character on that
   * layer; LATCH is the key that shows the next layer for one keystroke (Tibetan: the subjoined
   * letters, typed after the letter they stack under).
   */
  layers: Record<string, string[][]>;
}

export const LATCH = '{latch}';
