// One command, one reply, over a managed port: writes a SAM frame and waits for the module's
// response frame. Fails as a value (timeout, bad checksum, port unavailable), never by throwing,
// so the polling loop can retry a bounded number of times.
import type { ManagedPort } from '../serial/managed-port.ts';
import { decodeResponse, type ResponseBody } from './frame.ts';
import { SamFrameParser } from './frame-parser.ts';

export type Exchange =
  | { ok: true; response: ResponseBody }
  | { ok: false; error: 'timeout' | 'bad-checksum' | 'unavailable' | 'malformed'; detail: string };

export interface SamLinkOptions {
  /** Give up when no byte arrives for this long (default 600 ms). */
  idleTimeoutMs?: number;
  /**
   * Give up after this long in any case (default 15 s). Bytes that keep coming mean the module is
   * answering, however slowly (a 9600-baud module, or one that sends in small bursts); the idle
   * timeout catches a dead link, this only bounds one that dribbles without ever finishing.
   */
  totalTimeoutMs?: number;
}

export class SamLink {
  private readonly parser: SamFrameParser;
  private waiter: ((result: Exchange) => void) | undefined;
  private lastByteAt = 0;
  private readonly idleTimeoutMs: number;
  private readonly totalTimeoutMs: number;
  private readonly onData = (chunk: Buffer) => this.receive(chunk);

  constructor(
    private readonly port: ManagedPort,
    opts: SamLinkOptions = {},
  ) {
    this.idleTimeoutMs = opts.idleTimeoutMs ?? 600;
    this.totalTimeoutMs = opts.totalTimeoutMs ?? 15_000;
    this.parser = new SamFrameParser({ timeoutMs: this.idleTimeoutMs });
    this.attach();
  }

  /** Listens to the port (again, after detach). */
  attach(): void {
    this.port.off('data', this.onData);
    this.port.on('data', this.onData);
  }

  detach(): void {
    this.port.off('data', this.onData);
    this.finish({ ok: false, error: 'unavailable', detail: 'link closed' });
  }

  async exchange(frame: Uint8Array): Promise<Exchange> {
    if (this.waiter) return { ok: false, error: 'malformed', detail: 'an exchange is already in progress' };
    // Bytes left from an earlier, abandoned reply must not be taken for this one's answer.
    this.parser.reset();
    const started = Date.now();
    this.lastByteAt = started;
    const result = new Promise<Exchange>((resolve) => (this.waiter = resolve));
    const timer = setInterval(() => {
      const now = Date.now();
      if (now - this.lastByteAt >= this.idleTimeoutMs || now - started >= this.totalTimeoutMs) {
        this.finish({ ok: false, error: 'timeout', detail: `no complete reply within ${now - started} ms` });
      }
    }, Math.max(10, Math.min(100, this.idleTimeoutMs / 4)));
    try {
      await this.port.write(frame);
    } catch (err) {
      this.finish({ ok: false, error: 'unavailable', detail: (err as Error).message });
    }
    try {
      return await result;
    } finally {
      clearInterval(timer);
    }
  }

  private finish(result: Exchange): void {
    const w = this.waiter;
    this.waiter = undefined;
    w?.(result);
  }

  private receive(chunk: Buffer): void {
    if (!this.waiter) return; // unsolicited bytes: nobody asked, nothing to answer
    this.lastByteAt = Date.now();
    for (const event of this.parser.push(chunk)) {
      if (event.kind === 'frame') {
        const response = decodeResponse(event.body);
        this.finish(response ? { ok: true, response } : { ok: false, error: 'malformed', detail: 'reply shorter than a status word' });
        return;
      }
      if (event.reason === 'bad-checksum') {
        this.finish({ ok: false, error: 'bad-checksum', detail: 'reply failed its checksum' });
        return;
      }
    }
  }
}
