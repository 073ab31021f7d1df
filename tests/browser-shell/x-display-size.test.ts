// Reading the X display's size from the server's setup reply, against a fake X server built from
// the X11 protocol's connection-setup layout (the real Xvfb is in the end-to-end test).
import { describe, test, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDisplayName, readDisplaySize } from '../../browser-shell/x-display-size.ts';
import { cookieForDisplay, familyLocal, familyWild, parseXAuthority } from '../../browser-shell/x-authority.ts';

interface FakeScreen {
  width: number;
  height: number;
  /** Visuals per depth: the reader has to skip these to reach the next screen. */
  depths: number[];
}

const u16 = (n: number) => Buffer.from([n & 0xff, n >> 8]);
const padded = (b: Buffer) => Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4)]);

function successReply(screens: FakeScreen[]): Buffer {
  const vendorName = 'Fake X Server, for tests';
  const vendor = padded(Buffer.from(vendorName));
  const fixed = Buffer.alloc(32);
  fixed.writeUInt16LE(vendorName.length, 16);
  fixed[20] = screens.length;
  fixed[21] = 2; // formats
  const formats = Buffer.alloc(16, 1);
  const screenBytes = screens.map((s) => {
    const head = Buffer.alloc(40, 0xee);
    head.writeUInt16LE(s.width, 20);
    head.writeUInt16LE(s.height, 22);
    head[39] = s.depths.length;
    const depths = s.depths.map((visuals) => {
      const d = Buffer.alloc(8 + 24 * visuals, 0xdd);
      d[0] = 24;
      d.writeUInt16LE(visuals, 2);
      return d;
    });
    return Buffer.concat([head, ...depths]);
  });
  const body = Buffer.concat([fixed, vendor, formats, ...screenBytes]);
  return Buffer.concat([Buffer.from([1, 0]), u16(11), u16(0), u16(body.length / 4), body]);
}

function failedReply(reason: string): Buffer {
  const text = padded(Buffer.from(reason));
  return Buffer.concat([Buffer.from([0, reason.length]), u16(11), u16(0), u16(text.length / 4), text]);
}

const dir = mkdtempSync(join(tmpdir(), 'fake-x-'));
const servers: Server[] = [];
afterAll(() => {
  for (const s of servers) s.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A fake X server that answers the setup request with `reply` (split in two writes), or never. */
async function fakeServer(reply: Buffer | null): Promise<{ connectTo: () => ReturnType<typeof connect>; requests: Buffer[] }> {
  const path = join(dir, `X${servers.length}`);
  const requests: Buffer[] = [];
  const server = createServer((socket) => {
    socket.once('data', (request) => {
      requests.push(request);
      if (!reply) return;
      socket.write(reply.subarray(0, 20));
      setTimeout(() => socket.end(reply.subarray(20)), 5);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return { connectTo: () => connect({ path }), requests };
}

describe('X display size', () => {
  test('DISPLAY names: local, with a screen, a TCP host; a Wayland name is not one', () => {
    assert.deepEqual(parseDisplayName(':0'), { host: '', display: 0, screen: 0 });
    assert.deepEqual(parseDisplayName(':1.1'), { host: '', display: 1, screen: 1 });
    assert.deepEqual(parseDisplayName('localhost:10.0'), { host: 'localhost', display: 10, screen: 0 });
    assert.equal(parseDisplayName('wayland-0'), null);
  });

  test('reads a portrait 1080×1920 screen', async () => {
    const x = await fakeServer(successReply([{ width: 1080, height: 1920, depths: [2, 1] }]));
    assert.deepEqual(await readDisplaySize(':0', { connectTo: x.connectTo, cookie: null }), { ok: true, width: 1080, height: 1920 });
  });

  test('screen 1 of two: the first screen and its visuals are skipped', async () => {
    const x = await fakeServer(
      successReply([
        { width: 800, height: 600, depths: [3, 1, 4] },
        { width: 1920, height: 1080, depths: [1] },
      ]),
    );
    assert.deepEqual(await readDisplaySize(':0.1', { connectTo: x.connectTo, cookie: null }), { ok: true, width: 1920, height: 1080 });
    assert.match((await readDisplaySize(':0.2', { connectTo: x.connectTo, cookie: null }) as { reason: string }).reason, /has 2 screen\(s\); DISPLAY names screen 2/);
  });

  test('sends the MIT-MAGIC-COOKIE-1 cookie in the setup request', async () => {
    const x = await fakeServer(successReply([{ width: 1, height: 1, depths: [] }]));
    const cookie = Buffer.from('0123456789abcdef');
    await readDisplaySize(':0', { connectTo: x.connectTo, cookie });
    const request = x.requests[0];
    assert.equal(request.toString('latin1', 0, 1), 'l');
    assert.equal(request.readUInt16LE(2), 11);
    assert.equal(request.toString('latin1', 12, 12 + request.readUInt16LE(6)), 'MIT-MAGIC-COOKIE-1');
    assert.equal(request.readUInt16LE(8), 16);
    assert.deepEqual(request.subarray(32, 48), cookie);
  });

  test("a refusal carries the server's reason, for the log", async () => {
    const x = await fakeServer(failedReply('Authorization required, but no authorization protocol specified'));
    const size = await readDisplaySize(':0', { connectTo: x.connectTo, cookie: null });
    assert.equal(size.ok, false);
    assert.match((size as { reason: string }).reason, /refused the connection: Authorization required/);
  });

  test('a server that never answers times out instead of holding up the launch', async () => {
    const x = await fakeServer(null);
    const size = await readDisplaySize(':0', { connectTo: x.connectTo, cookie: null, timeoutMs: 100 });
    assert.match((size as { reason: string }).reason, /did not answer within 100 ms/);
  });

  test('no X server on that display: the reason names the display', async () => {
    const size = await readDisplaySize(':0', { connectTo: () => connect({ path: join(dir, 'nothing-here') }), cookie: null });
    assert.match((size as { reason: string }).reason, /cannot connect to display :0 \(ENOENT\)/);
  });
});

describe('Xauthority', () => {
  const entry = (family: number, address: string, number: string, data: string) =>
    Buffer.concat([Buffer.from([family >> 8, family & 0xff]), ...[address, number, 'MIT-MAGIC-COOKIE-1', data].flatMap((s) => [Buffer.from([0, s.length]), Buffer.from(s, 'latin1')])]);

  test("picks this host's cookie for the display, else a wildcard one, else another host's local one", () => {
    const file = Buffer.concat([entry(familyLocal, 'other', '0', 'OTHER'), entry(familyLocal, 'kiosk-17', '1', 'WRONG-DISPLAY'), entry(familyLocal, 'kiosk-17', '0', 'MINE'), entry(familyWild, '', '0', 'WILD')]);
    const entries = parseXAuthority(file);
    assert.equal(entries.length, 4);
    assert.equal(cookieForDisplay(entries, 0, 'kiosk-17')?.toString(), 'MINE');
    assert.equal(cookieForDisplay(entries, 0, 'renamed')?.toString(), 'WILD');
    assert.equal(cookieForDisplay(entries.slice(0, 2), 0, 'renamed')?.toString(), 'OTHER');
    assert.equal(cookieForDisplay(entries, 5, 'kiosk-17'), null);
  });

  test('a truncated file keeps the entries before the damage', () => {
    const whole = entry(familyLocal, 'kiosk-17', '0', 'MINE');
    assert.equal(parseXAuthority(Buffer.concat([whole, whole.subarray(0, 9)])).length, 1);
  });
});
