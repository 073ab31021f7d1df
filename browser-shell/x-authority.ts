// The X server's cookie for a display, read from the Xauthority file (the format libXau writes:
// big-endian length-prefixed fields). A display started by a display manager or `startx` refuses
// clients without it; Xvfb without -auth needs none.
import { readFileSync } from 'node:fs';
import { homedir, hostname } from 'node:os';
import { join } from 'node:path';

export interface XAuthEntry {
  family: number;
  address: string;
  /** The display number as text; empty matches every display. */
  number: string;
  name: string;
  data: Buffer;
}

export const familyLocal = 256;
export const familyWild = 65535;
const cookieProtocol = 'MIT-MAGIC-COOKIE-1';

export function parseXAuthority(file: Buffer): XAuthEntry[] {
  const entries: XAuthEntry[] = [];
  let at = 0;
  const field = (): Buffer => {
    const length = file.readUInt16BE(at);
    const value = file.subarray(at + 2, at + 2 + length);
    if (value.length !== length) throw new RangeError('truncated');
    at += 2 + length;
    return value;
  };
  try {
    while (at + 2 <= file.length) {
      const family = file.readUInt16BE(at);
      at += 2;
      const address = field().toString('latin1');
      const number = field().toString('latin1');
      const name = field().toString('latin1');
      entries.push({ family, address, number, name, data: Buffer.from(field()) });
    }
  } catch {
    // A truncated last entry (a file being rewritten) is dropped; the ones before it still count.
  }
  return entries;
}

/** The cookie for a local display: this host's entry, else a wildcard one, else any local one. */
export function cookieForDisplay(entries: XAuthEntry[], displayNumber: number, host: string = hostname()): Buffer | null {
  const usable = entries.filter((e) => e.name === cookieProtocol && (e.number === '' || e.number === String(displayNumber)));
  const pick =
    usable.find((e) => e.family === familyLocal && e.address === host) ??
    usable.find((e) => e.family === familyWild) ??
    // A container or a renamed machine has another hostname than the one the cookie was made for.
    usable.find((e) => e.family === familyLocal);
  return pick?.data ?? null;
}

export function readDisplayCookie(displayNumber: number, env: NodeJS.ProcessEnv = process.env): Buffer | null {
  const file = env.XAUTHORITY || join(env.HOME || homedir(), '.Xauthority');
  try {
    return cookieForDisplay(parseXAuthority(readFileSync(file)), displayNumber);
  } catch {
    return null; // no file: the server may not need one (Xvfb, xhost +local:)
  }
}
