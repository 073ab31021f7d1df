// Test support for the browser shell on a real X display: a virtual one (Xvfb, Debian package
// xvfb) with no window manager, and screenshots of the whole screen (xwd, Debian package
// x11-apps) read as pixels.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

export const neededPackages = 'xvfb x11-apps';

/** Fails, naming the Debian packages, when Xvfb or xwd is missing: never a silent skip. */
export function requireXTools(): void {
  const missing = ['Xvfb', 'xwd'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
  if (missing.length > 0) {
    throw new Error(`${missing.join(' and ')} not installed: this test needs a virtual X display and screenshots (apt-get install -y ${neededPackages})`);
  }
}

export interface VirtualDisplay {
  /** e.g. ":99", for DISPLAY */
  name: string;
  stop(): Promise<void>;
}

/** Starts Xvfb with a black root window (so any uncovered part shows as black) and no window manager. */
export async function startXvfb(width: number, height: number): Promise<VirtualDisplay> {
  // -displayfd: Xvfb picks a free display number and writes it here, so parallel runs never collide.
  // -noreset: by default the server resets when its last client leaves (a browser just killed,
  // between two screenshots) and refuses connections for that moment.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-br', '-noreset', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let stderr = '';
  xvfb.stderr!.on('data', (d) => (stderr += String(d)));
  const number = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start within 10 s\n${stderr}`)), 10_000);
    (xvfb.stdio[3] as NodeJS.ReadableStream).on('data', (d) => {
      out += String(d);
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(out.trim());
      }
    });
    xvfb.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited with ${code} before it was ready\n${stderr}`));
    });
  });
  return {
    name: `:${number}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (xvfb.exitCode !== null || xvfb.signalCode !== null) return resolve();
        xvfb.once('exit', () => resolve());
        xvfb.kill('SIGTERM');
      }),
  };
}

export interface Screenshot {
  width: number;
  height: number;
  /** 0xRRGGBB */
  pixel(x: number, y: number): number;
}

/** An XWD file (X Window Dump, as xwd writes it) of a 24/32-bit TrueColor screen. */
export function parseXwd(file: Buffer): Screenshot {
  const field = (i: number) => file.readUInt32BE(i * 4);
  const headerSize = field(0);
  const width = field(4);
  const height = field(5);
  const lsbFirst = field(7) === 0;
  const bitsPerPixel = field(11);
  const bytesPerLine = field(12);
  const [redMask, greenMask, blueMask] = [field(14), field(15), field(16)];
  const colormapEntries = field(19);
  if (bitsPerPixel !== 32) throw new Error(`xwd: ${bitsPerPixel} bits per pixel; start Xvfb with a 24-bit screen`);
  const data = headerSize + colormapEntries * 12;
  const channel = (value: number, mask: number) => {
    const shift = 31 - Math.clz32(mask & -mask);
    return ((value & mask) >>> shift) & 0xff;
  };
  return {
    width,
    height,
    pixel(x, y) {
      const at = data + y * bytesPerLine + x * 4;
      const value = lsbFirst ? file.readUInt32LE(at) : file.readUInt32BE(at);
      return (channel(value, redMask) << 16) | (channel(value, greenMask) << 8) | channel(value, blueMask);
    },
  };
}

/** A screenshot of the whole screen. xwd walks the windows for their colour maps, so a window
 * closing during the capture (a browser just killed) fails it with BadWindow: then it is taken again. */
export async function captureScreen(display: string): Promise<Screenshot> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await captureOnce(display);
    } catch (err) {
      if (attempt >= 5 || !/BadWindow|BadDrawable|BadMatch/.test((err as Error).message)) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

function captureOnce(display: string): Promise<Screenshot> {
  return new Promise((resolve, reject) => {
    const xwd = spawn('xwd', ['-root', '-silent', '-display', display], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    xwd.stdout.on('data', (d: Buffer) => chunks.push(d));
    xwd.stderr.on('data', (d) => (stderr += String(d)));
    xwd.once('error', reject);
    xwd.once('close', (code) => {
      if (code !== 0) return reject(new Error(`xwd failed (${code}): ${stderr}`));
      resolve(parseXwd(Buffer.concat(chunks)));
    });
  });
}

/** Share (0..1) of the pixels on each outermost row and column that have `color`. */
export function edgeShares(shot: Screenshot, color: number): { top: number; bottom: number; left: number; right: number } {
  const share = (points: Array<[number, number]>) => points.filter(([x, y]) => shot.pixel(x, y) === color).length / points.length;
  const row = (y: number) => Array.from({ length: shot.width }, (_, x): [number, number] => [x, y]);
  const column = (x: number) => Array.from({ length: shot.height }, (_, y): [number, number] => [x, y]);
  return { top: share(row(0)), bottom: share(row(shot.height - 1)), left: share(column(0)), right: share(column(shot.width - 1)) };
}

/** Pixels that differ between two screenshots inside a rectangle. */
export function differingPixels(a: Screenshot, b: Screenshot, area: { x: number; y: number; width: number; height: number }): number {
  let count = 0;
  for (let y = area.y; y < area.y + area.height; y++) {
    for (let x = area.x; x < area.x + area.width; x++) if (a.pixel(x, y) !== b.pixel(x, y)) count++;
  }
  return count;
}

/** The smallest rectangle holding every pixel that differs inside `area` (for a failure message). */
export function differingBox(a: Screenshot, b: Screenshot, area: { x: number; y: number; width: number; height: number }): { left: number; top: number; right: number; bottom: number } {
  const box = { left: Infinity, top: Infinity, right: -1, bottom: -1 };
  for (let y = area.y; y < area.y + area.height; y++) {
    for (let x = area.x; x < area.x + area.width; x++) {
      if (a.pixel(x, y) === b.pixel(x, y)) continue;
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
    }
  }
  return box;
}

/** Writes a screenshot as a PNG, so a failed screen check leaves a picture to look at. */
export function saveScreenshot(shot: Screenshot, path: string): string {
  const png = new PNG({ width: shot.width, height: shot.height });
  for (let y = 0; y < shot.height; y++) {
    for (let x = 0; x < shot.width; x++) {
      const at = (y * shot.width + x) * 4;
      const rgb = shot.pixel(x, y);
      png.data[at] = rgb >> 16;
      png.data[at + 1] = (rgb >> 8) & 0xff;
      png.data[at + 2] = rgb & 0xff;
      png.data[at + 3] = 0xff;
    }
  }
  writeFileSync(path, PNG.sync.write(png));
  return path;
}
