// How fast the SAM frame parser takes frames apart: whole frames per push (a fast USB adapter)
// against one byte per push (a slow or chatty link), for the small find reply and the 1295-byte
// text+photo read reply.
import { SamFrameParser } from '../drivers/idcard-sam/frame-parser.ts';
import { encodeResponse } from '../drivers/idcard-sam/frame.ts';
import { encodeReadData } from '../drivers/idcard-sam/responses.ts';

interface BenchTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  note?: string;
}

function measure(frame: Uint8Array, byteByByte: boolean, minMs = 300): { framesPerSecond: number; mbPerSecond: number } {
  const parser = new SamFrameParser();
  const singles = byteByByte ? Array.from(frame, (b) => Uint8Array.of(b)) : [frame];
  let frames = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 50; i++) {
      for (const piece of singles) for (const e of parser.push(piece)) if (e.kind === 'frame') frames++;
    }
    elapsed = performance.now() - started;
  }
  const perSecond = (frames / elapsed) * 1000;
  return { framesPerSecond: Math.round(perSecond), mbPerSecond: Number(((perSecond * frame.length) / 1e6).toFixed(2)) };
}

export async function run(): Promise<BenchTable[]> {
  const find = encodeResponse(0x9f, new Uint8Array(4));
  const read = encodeResponse(0x90, encodeReadData(new Uint8Array(256).fill(0x20), new Uint8Array(1024).fill(0x5a)));
  const rows: (string | number)[][] = [];
  for (const [name, frame] of [['find reply', find], ['text+photo read reply', read]] as const) {
    for (const byteByByte of [false, true]) {
      const r = measure(frame, byteByByte);
      rows.push([name, frame.length, byteByByte ? 'one byte per push' : 'whole frame per push', r.framesPerSecond, r.mbPerSecond]);
    }
  }
  return [
    {
      title: 'SAM frame parser throughput',
      columns: ['frame', 'bytes', 'feeding', 'frames/s', 'MB/s'],
      rows,
      note: 'A reader at 115200 baud delivers about 11.5 kB/s, i.e. under 9 read replies per second at most.',
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const table of await run()) {
    console.log(table.title);
    console.log(table.columns.join('\t'));
    for (const row of table.rows) console.log(row.join('\t'));
    if (table.note) console.log(table.note);
  }
}
