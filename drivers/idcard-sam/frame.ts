// The SAM (GA 467 style) frame layout shared by the reader module and every program talking to it:
//   AA AA AA 96 69 | LEN (2 bytes, big-endian) | body | CHK
// LEN counts every byte after itself, the checksum included. CHK is the XOR of the LEN bytes and
// the body. A command body is CMD PARA [data]; a response body is SW1 SW2 SW3 [data].

export const PREAMBLE = Uint8Array.of(0xaa, 0xaa, 0xaa, 0x96, 0x69);
/** Preamble plus the two LEN bytes. */
export const HEADER_LENGTH = PREAMBLE.length + 2;
/** Largest LEN accepted: a fingerprint read (30 10) is 0x090A; leave room for module variants. */
export const MAX_LEN = 0x1000;

export const Command = {
  findCard: [0x20, 0x01],
  selectCard: [0x20, 0x02],
  readTextPhoto: [0x30, 0x01],
  readWithFingerprint: [0x30, 0x10],
  samId: [0x12, 0xff],
} as const satisfies Record<string, readonly [number, number]>;

export type CommandName = keyof typeof Command;

/** XOR of the LEN bytes and the body: what the CHK byte must equal. */
export function checksum(lenHi: number, lenLo: number, body: Uint8Array, start = 0, end = body.length): number {
  let x = lenHi ^ lenLo;
  for (let i = start; i < end; i++) x ^= body[i];
  return x;
}

/** Wraps a body (command or response) into a complete frame. */
export function encodeFrame(body: Uint8Array): Uint8Array {
  const len = body.length + 1;
  if (len > 0xffff) throw new RangeError(`SAM frame body of ${body.length} bytes does not fit a 16-bit length`);
  const out = new Uint8Array(HEADER_LENGTH + len);
  out.set(PREAMBLE, 0);
  out[5] = len >> 8;
  out[6] = len & 0xff;
  out.set(body, HEADER_LENGTH);
  out[out.length - 1] = checksum(out[5], out[6], body);
  return out;
}

export function encodeCommand(cmd: number, para: number, data: Uint8Array = new Uint8Array(0)): Uint8Array {
  const body = new Uint8Array(2 + data.length);
  body[0] = cmd;
  body[1] = para;
  body.set(data, 2);
  return encodeFrame(body);
}

export function commandFrame(name: CommandName): Uint8Array {
  const [cmd, para] = Command[name];
  return encodeCommand(cmd, para);
}

export function encodeResponse(sw3: number, data: Uint8Array = new Uint8Array(0), sw1 = 0, sw2 = 0): Uint8Array {
  const body = new Uint8Array(3 + data.length);
  body[0] = sw1;
  body[1] = sw2;
  body[2] = sw3;
  body.set(data, 3);
  return encodeFrame(body);
}

export interface CommandBody {
  cmd: number;
  para: number;
  data: Uint8Array;
}

export interface ResponseBody {
  sw1: number;
  sw2: number;
  sw3: number;
  data: Uint8Array;
}

export function decodeCommand(body: Uint8Array): CommandBody | undefined {
  if (body.length < 2) return undefined;
  return { cmd: body[0], para: body[1], data: body.subarray(2) };
}

export function decodeResponse(body: Uint8Array): ResponseBody | undefined {
  if (body.length < 3) return undefined;
  return { sw1: body[0], sw2: body[1], sw3: body[2], data: body.subarray(3) };
}

export function commandName(c: CommandBody): CommandName | undefined {
  for (const [name, [cmd, para]] of Object.entries(Command)) {
    if (c.cmd === cmd && c.para === para) return name as CommandName;
  }
  return undefined;
}
