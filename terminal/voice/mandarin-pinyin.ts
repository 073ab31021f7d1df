// Mandarin text → numbered pinyin for eSpeak NG's `cmn-latn-pinyin` voice. eSpeak's own hanzi
// reading (the `cmn` voice) speaks most characters as English-read pinyin with tone digits ("king
// three" for 请); its pinyin voice, given syllables with tone numbers, speaks recognisable Mandarin.
// Readings come from pinyin-pro, which picks a polyphone's sound by the word around it (银行 háng,
// 进行 xíng, 还款 huán, 还有 hái); codes are read one character at a time, quantities as numbers.
import { pinyin } from 'pinyin-pro';

/**
 * Words pinyin-pro 3.29 reads wrongly (checked against 现代汉语词典): 还 is huán when something is
 * paid or given back, and the voice bar's 重听 is "hear again" (chóng tīng), not "hard of hearing".
 */
const readings: Record<string, string[]> = {
  重听: ['chong2', 'ting1'],
  还款: ['huan2', 'kuan3'],
  还钱: ['huan2', 'qian2'],
  还贷: ['huan2', 'dai4'],
  还书: ['huan2', 'shu1'],
};

const digitSyllables = ['ling2', 'yi1', 'er4', 'san1', 'si4', 'wu3', 'liu4', 'qi1', 'ba1', 'jiu3'];
const digitHanzi = '零一二三四五六七八九';

/**
 * A digit run followed by one of these is a quantity ("3 件", "20 秒", "5 号窗口") and is read as
 * a number; any other digit run is a code (ticket, phone, 办件编号) and is read digit by digit.
 */
const measureWords = ['件', '秒', '分钟', '小时', '天', '个', '次', '位', '人', '张', '份', '项', '页', '岁', '元', '号', '月', '日', '周', '条', '年'];
/** Before these a lone 2 is 两 (两件, 两秒); before 号/月/日 it stays 二 (二号, 二月). */
const countedWords = new Set(['件', '秒', '分钟', '小时', '天', '个', '次', '位', '人', '张', '份', '项', '页', '岁', '元', '周', '条', '年']);

/** 0 … 99 999 999 in Chinese characters, the way it is said: 十二 not 一十二, 一百零五, 两 is separate. */
export function numberInHanzi(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e8) throw new RangeError(`${n} is not a whole number below 10^8`);
  if (n === 0) return '零';
  const below10k = (v: number): string => {
    let out = '';
    let zero = false;
    for (const [unit, name] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
      const d = Math.floor(v / unit) % 10;
      if (d === 0) {
        zero = out !== '';
        continue;
      }
      if (zero) out += '零';
      zero = false;
      out += digitHanzi[d] + name;
    }
    return out;
  };
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  let out = high ? `${below10k(high)}万` : '';
  if (low) out += (high && low < 1000 ? '零' : '') + below10k(low);
  // 十二, not 一十二, at the start of a number.
  return out.startsWith('一十') ? out.slice(1) : out;
}

/** Full-width and ASCII punctuation: a clause ends (。！？；) or pauses briefly (，、：-). */
const stopMarks = /[。！？；!?;…]/;
const pauseMarks = /[，、：,:()（）《》“”"'‘’\-—/|·]/;

type Piece = { kind: 'han'; text: string } | { kind: 'said'; syllables: string[] } | { kind: 'pause'; mark: ',' | '.' };

/** A code's characters one by one: a digit as its Chinese name, a letter as itself (eSpeak's pinyin voice names letters the Chinese way: A ēi, B bì). */
function spelled(code: string): Piece[] {
  const out: Piece[] = [];
  for (const part of code.split('-')) {
    if (out.length) out.push({ kind: 'pause', mark: ',' });
    out.push({ kind: 'said', syllables: [...part].map((c) => (/\d/.test(c) ? digitSyllables[Number(c)]! : c.toUpperCase())) });
  }
  return out;
}

/** Splits text into Chinese runs (with quantities written out in hanzi), spelled codes and pauses. */
function pieces(input: string): Piece[] {
  const text = input.normalize('NFKC');
  const out: Piece[] = [];
  const add = (piece: Piece) => {
    const last = out[out.length - 1];
    if (piece.kind === 'han' && last?.kind === 'han') last.text += piece.text;
    else if (piece.kind === 'pause' && last?.kind === 'pause') last.mark = last.mark === '.' || piece.mark === '.' ? '.' : ',';
    else if (piece.kind !== 'pause' || last) out.push(piece);
  };
  // A code is letters and digits together (A012, K7M2, A4) or a digit run, with its hyphens (0991-1234).
  for (const m of text.matchAll(/[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|\s+|./gsu)) {
    const run = m[0];
    if (/^\s+$/.test(run)) continue;
    if (/^\d+$/.test(run)) {
      const after = text.slice(m.index + run.length).trimStart();
      const unit = measureWords.find((w) => after.startsWith(w));
      const ordinal = text.slice(0, m.index).trimEnd().endsWith('第');
      // A quantity: a measure word follows (or 第 comes before), no leading zero, and not a year's four digits.
      if ((unit || ordinal) && !(run.length > 1 && run.startsWith('0')) && run.length <= 8 && !(unit === '年' && run.length === 4)) {
        const n = Number(run);
        add({ kind: 'han', text: n === 2 && unit && countedWords.has(unit) && !ordinal ? '两' : numberInHanzi(n) });
        continue;
      }
    }
    if (/^[A-Za-z0-9]/.test(run)) spelled(run).forEach(add);
    else if (stopMarks.test(run)) add({ kind: 'pause', mark: '.' });
    else if (pauseMarks.test(run)) add({ kind: 'pause', mark: ',' });
    else if (/\p{Script=Han}/u.test(run)) add({ kind: 'han', text: run });
    // Anything else (emoji, other scripts) has no Mandarin sound: left out, never spelled.
  }
  return out;
}

const ownWords = new RegExp(`(${Object.keys(readings).join('|')})`);

/** pinyin-pro's syllables for a Chinese run, read by word; the neutral tone (0) becomes eSpeak's 5. */
function hanSyllables(text: string): string[] {
  // Split around the table's words (kept, at odd indexes), so pinyin-pro never sees them.
  return text.split(ownWords).flatMap((part, i) =>
    i % 2 ? readings[part]! : part ? pinyin(part, { toneType: 'num', type: 'array', v: true, nonZh: 'removed' }).map((s) => s.replace(/0$/, '5')) : [],
  );
}

/**
 * The engine input for Mandarin text: numbered pinyin syllables separated by spaces, capital
 * letters for a code's letters, and "," / "." where the text pauses or a sentence ends.
 * 请将身份证放在读卡区。 → "qing3 jiang1 shen1 fen4 zheng4 fang4 zai4 du2 ka3 qu1 ."
 */
export function mandarinToPinyin(text: string): string {
  const words: string[] = [];
  for (const piece of pieces(text)) {
    if (piece.kind === 'pause') words.push(piece.mark);
    else if (piece.kind === 'said') words.push(...piece.syllables);
    else words.push(...hanSyllables(piece.text));
  }
  return words.join(' ');
}
