// Real-time commands as an ESC/POS printer handles them: picked out of the byte stream the moment
// they arrive, ahead of whatever still waits in the receive buffer, which is why a stopped printer
// can still answer DLE EOT or clear its buffer. Declared here independently of the driver, from the
// command reference, so the simulator checks the driver's bytes rather than echoing its constants.
// Like a real printer it matches these sequences anywhere, even inside another command's data.

const DLE = 0x10;
/** DLE EOT n (n = 1…4): real-time status transmission. */
const EOT = 0x04;
/** DLE DC4 fn = 8 d1…d7 = 1 3 20 1 6 2 8: clear buffer(s); the answer is 37h 25h 00h. */
const DC4 = 0x14;
const CLEAR_BUFFER_TAIL = [0x08, 0x01, 0x03, 0x14, 0x01, 0x06, 0x02, 0x08];

export type RealtimeCommand = { kind: 'status-request'; n: 1 | 2 | 3 | 4 } | { kind: 'clear-buffer' };
export type StreamPiece = { kind: 'data'; bytes: Uint8Array } | { kind: 'realtime'; command: RealtimeCommand };

/** How a sequence starting with DLE at `i` reads: a command and its length, 'more' (cut off), or not one. */
function realtimeAt(b: Uint8Array, i: number): { command: RealtimeCommand; length: number } | 'more' | null {
  if (i + 1 >= b.length) return 'more';
  if (b[i + 1] === EOT) {
    if (i + 2 >= b.length) return 'more';
    const n = b[i + 2];
    return n >= 1 && n <= 4 ? { command: { kind: 'status-request', n: n as 1 | 2 | 3 | 4 }, length: 3 } : null;
  }
  if (b[i + 1] === DC4) {
    for (let k = 0; k < CLEAR_BUFFER_TAIL.length; k++) {
      if (i + 2 + k >= b.length) return 'more';
      if (b[i + 2 + k] !== CLEAR_BUFFER_TAIL[k]) return null; // another DLE DC4 function (e.g. pulse): data
    }
    return { command: { kind: 'clear-buffer' }, length: 2 + CLEAR_BUFFER_TAIL.length };
  }
  return null;
}

export class RealtimeScanner {
  private pending = new Uint8Array(0);

  /** Splits received bytes into print data and real-time commands, in arrival order. */
  push(chunk: Uint8Array): StreamPiece[] {
    const b = new Uint8Array(this.pending.length + chunk.length);
    b.set(this.pending);
    b.set(chunk, this.pending.length);
    const out: StreamPiece[] = [];
    let dataStart = 0;
    let i = 0;
    while (i < b.length) {
      if (b[i] !== DLE) {
        i++;
        continue;
      }
      const found = realtimeAt(b, i);
      if (found === 'more') break; // keep the start of a possible command for the next chunk
      if (found === null) {
        i++;
        continue;
      }
      if (i > dataStart) out.push({ kind: 'data', bytes: b.slice(dataStart, i) });
      out.push({ kind: 'realtime', command: found.command });
      i += found.length;
      dataStart = i;
    }
    if (i > dataStart) out.push({ kind: 'data', bytes: b.slice(dataStart, i) });
    this.pending = b.slice(i);
    return out;
  }
}
