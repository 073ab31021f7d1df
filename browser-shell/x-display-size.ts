// The size of an X display in pixels, from the X server's own connection-setup reply: the same
// numbers xdpyinfo prints, with nothing to install on a minimal kiosk image (X and one browser).
// Chromium without a window manager needs them to fill the screen (see chromium-flags.ts).
import { connect, type Socket } from 'node:net';
import { readDisplayCookie } from './x-authority.ts';

export interface DisplayAddress {
  /** Empty (or "unix") for the local socket, else a TCP host. */
  host: string;
  display: number;
  screen: number;
}

export type DisplaySize = { ok: true; width: number; height: number } | { ok: false; reason: string };

/** ":0", ":1.0", "unix:0", "localhost:10.0" → parts; null for anything else (e.g. a Wayland name). */
export function parseDisplayName(name: string): DisplayAddress | null {
  const match = /^([^:]*):(\d+)(?:\.(\d+))?$/.exec(name.trim());
  if (!match) return null;
  return { host: match[1], display: Number(match[2]), screen: match[3] ? Number(match[3]) : 0 };
}

const pad4 = (n: number) => (n + 3) & ~3;

export function setupRequest(cookie: Buffer | null): Buffer {
  const name = cookie ? Buffer.from('MIT-MAGIC-COOKIE-1', 'latin1') : Buffer.alloc(0);
  const data = cookie ?? Buffer.alloc(0);
  const header = Buffer.alloc(12);
  header.write('l', 0, 'latin1'); // little-endian replies
  header.writeUInt16LE(11, 2); // protocol 11.0
  header.writeUInt16LE(0, 4);
  header.writeUInt16LE(name.length, 6);
  header.writeUInt16LE(data.length, 8);
  return Buffer.concat([header, name, Buffer.alloc(pad4(name.length) - name.length), data, Buffer.alloc(pad4(data.length) - data.length)]);
}

/** Bytes of the whole setup reply once its 8-byte header is in, or null before that. */
export function setupReplyLength(head: Buffer): number | null {
  return head.length < 8 ? null : 8 + 4 * head.readUInt16LE(6);
}

/** Reads the size of `screen` from a complete setup reply. */
export function parseSetupReply(reply: Buffer, screen: number): DisplaySize {
  const status = reply[0];
  if (status === 0) return { ok: false, reason: `the X server refused the connection: ${reply.toString('latin1', 8, 8 + reply[1]).trim()}` };
  if (status !== 1) return { ok: false, reason: 'the X server asks for an authentication this kiosk does not speak' };
  const vendorLength = reply.readUInt16LE(24);
  const screenCount = reply[28];
  const formatCount = reply[29];
  if (screen >= screenCount) return { ok: false, reason: `the X server has ${screenCount} screen(s); DISPLAY names screen ${screen}` };
  let at = 40 + pad4(vendorLength) + 8 * formatCount;
  for (let i = 0; i < screen; i++) {
    const depthCount = reply[at + 39];
    at += 40;
    for (let d = 0; d < depthCount; d++) at += 8 + 24 * reply.readUInt16LE(at + 2);
  }
  return { ok: true, width: reply.readUInt16LE(at + 20), height: reply.readUInt16LE(at + 22) };
}

function openSocket(address: DisplayAddress): Socket {
  if (address.host && address.host !== 'unix') return connect({ host: address.host, port: 6000 + address.display });
  return connect({ path: `/tmp/.X11-unix/X${address.display}` });
}

/** Asks the X server named by `displayName` (normally $DISPLAY) for its size; never throws. */
export function readDisplaySize(displayName: string, opts: { timeoutMs?: number; cookie?: Buffer | null; connectTo?: () => Socket } = {}): Promise<DisplaySize> {
  const address = parseDisplayName(displayName);
  if (!address) return Promise.resolve({ ok: false, reason: `DISPLAY "${displayName}" is not an X display name like :0` });
  const cookie = opts.cookie !== undefined ? opts.cookie : readDisplayCookie(address.display);
  return new Promise((resolve) => {
    const socket = opts.connectTo ? opts.connectTo() : openSocket(address);
    let received = Buffer.alloc(0);
    const finish = (result: DisplaySize) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: `display ${displayName} did not answer within ${opts.timeoutMs ?? 2000} ms` }), opts.timeoutMs ?? 2000);
    socket.on('connect', () => socket.write(setupRequest(cookie)));
    socket.on('error', (err: NodeJS.ErrnoException) => finish({ ok: false, reason: `cannot connect to display ${displayName} (${err.code ?? err.message})` }));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const length = setupReplyLength(received);
      if (length === null || received.length < length) return;
      try {
        finish(parseSetupReply(received.subarray(0, length), address.screen));
      } catch {
        finish({ ok: false, reason: `display ${displayName} sent a setup reply this kiosk cannot read` });
      }
    });
    socket.on('close', () => finish({ ok: false, reason: `display ${displayName} closed the connection before it answered` }));
  });
}
