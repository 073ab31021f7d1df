// A minimal Chrome DevTools Protocol client over the pipe Chromium opens with
// --remote-debugging-pipe: it reads commands on its fd 3 and writes answers and events on fd 4,
// each message one JSON text ended by a NUL byte. No TCP port is opened, so no other process on
// the kiosk (nor a page in the browser) can reach the browser this way: only the core that started
// it holds the pipe. Used for one thing: a screenshot of the kiosk page on an admin's command.
import type { Readable, Writable } from 'node:stream';

/** Splits what the pipe brought so far into whole messages and the unfinished rest. */
export function splitFrames(pending: Buffer): { messages: string[]; rest: Buffer } {
  const messages: string[] = [];
  let start = 0;
  for (let end = pending.indexOf(0, start); end !== -1; end = pending.indexOf(0, start)) {
    messages.push(pending.subarray(start, end).toString('utf8'));
    start = end + 1;
  }
  return { messages, rest: pending.subarray(start) };
}

/** One command as it goes down the pipe. */
export function encodeFrame(message: { id: number; method: string; params?: object; sessionId?: string }): Buffer {
  return Buffer.concat([Buffer.from(JSON.stringify(message), 'utf8'), Buffer.from([0])]);
}

export interface CdpConnection {
  send<T = Record<string, unknown>>(method: string, params?: object, sessionId?: string): Promise<T>;
  /** Fails whatever is still waiting (the browser ended). */
  close(reason: string): void;
}

export function connectCdpPipe(toBrowser: Writable, fromBrowser: Readable, timeoutMs = 15_000): CdpConnection {
  let nextId = 1;
  let pending = Buffer.alloc(0);
  let closedBecause: string | null = null;
  const waiting = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();

  const close = (reason: string) => {
    if (closedBecause) return;
    closedBecause = reason;
    for (const [id, call] of waiting) {
      clearTimeout(call.timer);
      call.reject(new Error(reason));
      waiting.delete(id);
    }
  };
  fromBrowser.on('data', (chunk: Buffer) => {
    const { messages, rest } = splitFrames(pending.length ? Buffer.concat([pending, chunk]) : chunk);
    pending = Buffer.from(rest);
    for (const text of messages) {
      let message: { id?: number; result?: unknown; error?: { message?: string } };
      try {
        message = JSON.parse(text);
      } catch {
        continue;
      }
      const call = message.id === undefined ? undefined : waiting.get(message.id);
      if (!call) continue; // an event: none is asked for
      waiting.delete(message.id!);
      clearTimeout(call.timer);
      if (message.error) call.reject(new Error(`Chromium refused: ${message.error.message ?? 'unknown error'}`));
      else call.resolve(message.result as never);
    }
  });
  fromBrowser.on('error', () => close('the browser closed its debugging pipe'));
  fromBrowser.on('close', () => close('the browser closed its debugging pipe'));
  toBrowser.on('error', () => close('the browser closed its debugging pipe'));

  return {
    send<T>(method: string, params: object = {}, sessionId?: string): Promise<T> {
      if (closedBecause) return Promise.reject(new Error(closedBecause));
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error(`Chromium did not answer ${method} within ${timeoutMs / 1000} s`));
        }, timeoutMs);
        waiting.set(id, { resolve: resolve as (v: never) => void, reject, timer });
        toBrowser.write(encodeFrame({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
      });
    },
    close,
  };
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * A PNG of the kiosk page as it is on the screen (its viewport: the whole screen in kiosk mode).
 * With the X display's size, cut to it: the window is one row taller than the display
 * (chromium-flags.ts windowFlags), a row nobody sees.
 */
export async function capturePage(cdp: CdpConnection, pageOrigin: string, screen: { width: number; height: number } | null = null): Promise<Buffer> {
  const { targetInfos } = await cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
  const page = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(pageOrigin));
  if (!page) throw new Error('the kiosk page is not open in Chromium');
  const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId: page.targetId, flatten: true });
  try {
    const clip = screen ? { clip: { x: 0, y: 0, width: screen.width, height: screen.height, scale: 1 } } : {};
    const { data } = await cdp.send<{ data: string }>('Page.captureScreenshot', { format: 'png', ...clip }, sessionId);
    return Buffer.from(data, 'base64');
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}
