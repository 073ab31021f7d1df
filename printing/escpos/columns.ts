// Column arithmetic for a thermal printer in Chinese mode. The printer draws every single-byte
// (ASCII) character in a half-width cell and every multi-byte GB18030 character in a full-width
// cell, so the rule is exact: ASCII = 1 column, anything else = 2. Double width doubles both.

/** Paper widths in font-A columns: 58 mm = 32, 76 mm = 42, 80 mm = 48. */
export type PaperColumns = 32 | 42 | 48;

export function charColumns(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : 2;
}

export function textColumns(text: string, multiplier = 1): number {
  let n = 0;
  for (const ch of text) n += charColumns(ch);
  return n * multiplier;
}

/** Characters that must not begin a line in Chinese typesetting (避头点). */
const NO_LINE_START = new Set('，。、；：？！）》」』】〕…,.;:?!)]}%'.split(''));

/** Control characters would be taken as printer commands: make them plain spaces. */
export function sanitize(text: string): string {
  return text.replace(/[\x00-\x1f\x7f]/g, ' ');
}

type Unit = { text: string; space: boolean };

/** A Latin word stays one unit; each CJK character is its own unit (a break may fall between any two). */
function units(text: string): Unit[] {
  const out: Unit[] = [];
  let word = '';
  const flush = () => {
    if (word) out.push({ text: word, space: false });
    word = '';
  };
  for (const ch of text) {
    if (ch === ' ') {
      flush();
      out.push({ text: ch, space: true });
    } else if (charColumns(ch) === 1) word += ch;
    else {
      flush();
      out.push({ text: ch, space: false });
    }
  }
  flush();
  return out;
}

/**
 * Wraps text to `columns` of paper (pass the paper width and the
 * width multiplier). Never splits a character; prefers spaces for Latin words; a word wider than
 * a line is split between characters. Spaces at a break are dropped, nothing else is.
 */
export function wrapText(text: string, columns: number, multiplier = 1): string[] {
  const width = Math.floor(columns / multiplier);
  if (width < 2) throw new Error(`cannot wrap text into ${columns} columns at ${multiplier}× width`);
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    lines.push(...wrapParagraph(sanitize(paragraph), width));
  }
  return lines;
}

function wrapParagraph(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const breakLine = () => {
    lines.push(line.replace(/ +$/, ''));
    line = '';
    used = 0;
  };
  for (const unit of units(paragraph)) {
    const w = textColumns(unit.text);
    if (unit.space) {
      if (used === 0 && lines.length > 0) continue; // no leading space on a continuation line
      if (used + 1 > width) {
        breakLine();
        continue;
      }
      line += ' ';
      used += 1;
      continue;
    }
    if (used + w <= width) {
      line += unit.text;
      used += w;
      continue;
    }
    if (w <= width) {
      const moved = keepPunctuationOffLineStart(unit.text, line, width);
      if (moved) {
        line = moved.kept;
        breakLine();
        line = moved.carried + unit.text;
        used = textColumns(line);
        continue;
      }
      if (used > 0) breakLine();
      line = unit.text;
      used = w;
      continue;
    }
    // A word longer than a whole line: split it between characters.
    for (const ch of unit.text) {
      if (used + 1 > width) breakLine();
      line += ch;
      used += 1;
    }
  }
  if (line.length > 0 || lines.length === 0) lines.push(line.replace(/ +$/, ''));
  return lines;
}

/** If `next` is closing punctuation, carry the previous character down with it so the new line
 * does not start with "，" (only when that still fits and leaves something behind). */
function keepPunctuationOffLineStart(next: string, line: string, width: number): { kept: string; carried: string } | null {
  if (!NO_LINE_START.has(next)) return null;
  const chars = [...line];
  const last = chars[chars.length - 1];
  // Only a full-width character is carried: carrying a letter would split a Latin word.
  if (chars.length < 2 || last === undefined || charColumns(last) !== 2 || NO_LINE_START.has(last)) return null;
  if (charColumns(last) + textColumns(next) > width) return null;
  return { kept: chars.slice(0, -1).join(''), carried: last };
}

/** Pads `text` with spaces so it sits in the middle of `columns`. */
export function centreLine(text: string, columns: number, multiplier = 1): string {
  const free = Math.floor(columns / multiplier) - textColumns(text);
  return free > 0 ? ' '.repeat(Math.floor(free / 2)) + text : text;
}

/**
 * "label ……… value": label on the left, value flush right, `fill` between. When both do not fit
 * on one line, the label wraps on its own and the value goes flush right below it.
 */
export function pairLines(label: string, value: string, columns: number, fill = ' '): string[] {
  const l = sanitize(label);
  const v = sanitize(value);
  const gap = columns - textColumns(l) - textColumns(v);
  if (textColumns(fill) !== 1) throw new Error(`the fill between label and value must be one column wide, got "${fill}"`);
  if (gap >= 1) return [l + fill.repeat(gap) + v];
  const out = wrapText(l, columns);
  for (const valueLine of wrapText(v, columns)) {
    out.push(' '.repeat(columns - textColumns(valueLine)) + valueLine);
  }
  return out;
}
