// CODE128 data for GS k m=73. The printer draws the bars; we choose the code sets: runs of four or
// more digits go in set C (two digits per symbol), which keeps ticket numbers with dates narrow
// enough for 58 mm paper. "{A"/"{B"/"{C" switch sets and "{{" is a literal "{" (Epson GS k).

export interface Code128Payload {
  /** Bytes for GS k after the length byte. */
  bytes: Uint8Array;
  /** Symbols between the start and check characters (data plus set switches). */
  symbols: number;
}

export function encodeCode128(data: string): Code128Payload {
  if (data.length === 0) throw new Error('a barcode needs some data');
  if (!/^[\x20-\x7e]+$/.test(data)) {
    throw new Error(`CODE128 takes printable ASCII only; got "${data.replace(/[^\x20-\x7e]/g, '?')}"`);
  }
  const out: number[] = [];
  let set: 'B' | 'C' | '' = '';
  let symbols = 0;
  const switchTo = (next: 'B' | 'C') => {
    if (set === next) return;
    if (set !== '') symbols += 1; // the start character is free; later switches cost a symbol
    out.push(0x7b, next.charCodeAt(0));
    set = next;
  };
  let i = 0;
  while (i < data.length) {
    let run = 0;
    while (i + run < data.length && data[i + run] >= '0' && data[i + run] <= '9') run++;
    if (run >= 4) {
      if (run % 2 === 1) {
        switchTo('B');
        out.push(data.charCodeAt(i));
        symbols++;
        i++;
        run--;
      }
      switchTo('C');
      for (let j = 0; j < run; j += 2) {
        out.push(Number(data.slice(i + j, i + j + 2)));
        symbols++;
      }
      i += run;
      continue;
    }
    switchTo('B');
    const ch = data[i];
    if (ch === '{') out.push(0x7b, 0x7b);
    else out.push(ch.charCodeAt(0));
    symbols++;
    i++;
  }
  if (out.length > 255) throw new Error(`barcode data too long (${data.length} characters)`);
  return { bytes: Uint8Array.from(out), symbols };
}

/** Width in modules: start, symbols, check (11 each), stop (13) and two 10-module quiet zones. */
export function code128Modules(payload: Code128Payload): number {
  return 11 * (payload.symbols + 2) + 13 + 20;
}
