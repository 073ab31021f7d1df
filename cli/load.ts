// `npm run load -- --url <kiosk ready url> --journeys N`: drives N complete queue-ticket journeys
// through KioskApi over the kiosk's WebSocket, exactly as the touch UI does, and prints one JSON
// line per journey: {"journey":1,"transactionId":"…","ticketNumber":"A001","ms":412}. A journey
// cut off by a kiosk restart prints {"journey":n,"finished":false,"error":"…"}; the driver then
// reconnects and carries on: to the same URL (a kiosk restarted with a fixed --port keeps its URL, the
// token is kept in its data dir), or to the newest one in --ready-file when the port changes.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import WebSocket from 'ws';
import type { KioskEventName, KioskMethod, RequestParams, ResponseTypes, ServerMessage } from '../terminal/api.ts';

export class KioskConnection {
  private nextId = 1;
  private pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private listeners = new Set<(name: KioskEventName, payload: unknown) => void>();
  closed = false;

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as ServerMessage;
      if (msg.type === 'event') for (const l of this.listeners) l(msg.name, msg.payload);
      else {
        const call = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.ok) call?.resolve(msg.result);
        else call?.reject(Object.assign(new Error(msg.error.message), { code: msg.error.code }));
      }
    });
    ws.on('close', () => {
      this.closed = true;
      for (const call of this.pending.values()) call.reject(new Error('the kiosk connection closed'));
      this.pending.clear();
    });
    ws.on('error', () => ws.terminate());
  }

  /** `readyUrl` is the `kiosk ready:` URL, http://127.0.0.1:PORT/?token=T. */
  static connect(readyUrl: string, timeoutMs = 5_000): Promise<KioskConnection> {
    const page = new URL(readyUrl);
    const socketUrl = `ws://${page.host}/api?token=${encodeURIComponent(page.searchParams.get('token') ?? '')}`;
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(socketUrl, { origin: page.origin, handshakeTimeout: timeoutMs });
      ws.once('open', () => resolve(new KioskConnection(ws)));
      ws.once('error', reject);
    });
  }

  call<M extends KioskMethod>(method: M, params: RequestParams<M>, timeoutMs = 30_000): Promise<ResponseTypes[M]> {
    if (this.closed) return Promise.reject(new Error('the kiosk connection closed'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (v) => (clearTimeout(timer), resolve(v as ResponseTypes[M])),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      this.ws.send(JSON.stringify({ type: 'request', id, method, params }));
    });
  }

  /** Resolves with the first event `name` whose payload passes `test`. */
  waitForEvent(name: KioskEventName, test: (payload: unknown) => boolean, timeoutMs = 10_000): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => (this.listeners.delete(listener), reject(new Error(`no ${name} event within ${timeoutMs} ms`))), timeoutMs);
      const listener = (n: KioskEventName, payload: unknown) => {
        if (n !== name || !test(payload)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(payload);
      };
      this.listeners.add(listener);
    });
  }

  close(): void {
    this.ws.close();
  }
}

export interface JourneyResult {
  journey: number;
  transactionId: string;
  ticketNumber: string;
  ms: number;
}

/** One resident: identify (simulated card, or anonymously when the queue allows), take a ticket, rate, leave. */
export async function runJourney(conn: KioskConnection, journey: number): Promise<JourneyResult> {
  const started = Date.now();
  const status = await conn.call('getStatus', {});
  const queue = status.services.find((s) => s.kind === 'queue-ticket' && s.built);
  if (!queue) throw new Error('the kiosk offers no queue-ticket service');
  if (status.session) await conn.call('endSession', {});
  if (queue.requiresIdentity) {
    const cards = status.simulator?.cards ?? [];
    if (cards.length === 0) throw new Error('the queue needs an ID card and the kiosk has no simulated cards (start it without device paths)');
    if (status.simulator) await conn.call('simRemoveCard', {});
    const identified = conn.waitForEvent('session', (p) => Boolean((p as { session: { resident: unknown } | null }).session?.resident), 15_000);
    // Together: when placing the card fails (a kiosk killed mid-journey), the wait for the
    // greeting must not time out later as an unhandled rejection.
    await Promise.all([identified, conn.call('simPlaceCard', { cardId: cards[journey % cards.length].id })]);
  } else {
    await conn.call('startAnonymousSession', {});
  }
  const chosen = await conn.call('chooseService', { serviceId: queue.id });
  if (!chosen.ok) throw new Error(`chooseService: ${chosen.reason}: ${chosen.message}`);
  const ticket = await conn.call('takeQueueTicket', { serviceId: queue.id });
  await conn.call('rateTransaction', { transactionId: ticket.transactionId, level: 5 });
  await conn.call('endSession', {});
  if (status.simulator && queue.requiresIdentity) await conn.call('simRemoveCard', {});
  return { journey, transactionId: ticket.transactionId, ticketNumber: ticket.ticketNumber, ms: Date.now() - started };
}

export interface LoadOptions {
  /** The kiosk's ready URL now; called again after the connection is lost. */
  url: () => string | Promise<string>;
  journeys: number;
  onFinished(result: JourneyResult): void;
  onUnfinished(journey: number, error: string): void;
  /** Give up when no connection can be made for this long. */
  reconnectTimeoutMs?: number;
}

export async function runLoad(opts: LoadOptions): Promise<{ finished: JourneyResult[]; unfinished: number }> {
  const finished: JourneyResult[] = [];
  let unfinished = 0;
  let conn: KioskConnection | null = null;
  let journey = 0;
  const connect = async () => {
    const until = Date.now() + (opts.reconnectTimeoutMs ?? 60_000);
    for (;;) {
      try {
        return await KioskConnection.connect(await opts.url());
      } catch (err) {
        if (Date.now() > until) throw new Error(`cannot reach the kiosk: ${(err as Error).message}`);
        await new Promise((r) => setTimeout(r, 300));
      }
    }
  };
  while (finished.length < opts.journeys) {
    if (!conn || conn.closed) conn = await connect();
    journey++;
    try {
      const result = await runJourney(conn, journey);
      finished.push(result);
      opts.onFinished(result);
    } catch (err) {
      unfinished++;
      opts.onUnfinished(journey, (err as Error).message);
      if (!conn.closed && unfinished > opts.journeys) throw new Error(`too many failed journeys; last: ${(err as Error).message}`);
    }
  }
  conn?.close();
  return { finished, unfinished };
}

/** The last `kiosk ready: URL` line in a file that collects the kiosk's stdout. */
export function readyUrlFromFile(file: string): string {
  const match = [...readFileSync(file, 'utf8').matchAll(/kiosk ready: (\S+)/g)].at(-1);
  if (!match) throw new Error(`no "kiosk ready:" line in ${file} yet`);
  return match[1];
}

const usage = `usage: npm run load -- --url URL --journeys N [--ready-file FILE]
  --url URL          the kiosk's "kiosk ready:" URL
  --journeys N       how many complete journeys to drive
  --ready-file FILE  a file collecting the kiosk's stdout: after a restart on another port the new URL is read from it`;

async function main(): Promise<void> {
  let values;
  try {
    values = parseArgs({ options: { url: { type: 'string' }, journeys: { type: 'string', default: '1' }, 'ready-file': { type: 'string' } } }).values;
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    process.exit(2);
  }
  const journeys = Number(values.journeys);
  if (!Number.isInteger(journeys) || journeys < 1) {
    console.error(`--journeys must be a positive whole number, got "${values.journeys}"\n${usage}`);
    process.exit(2);
  }
  const readyFile = values['ready-file'];
  if (!values.url && !readyFile) {
    console.error(`--url is required\n${usage}`);
    process.exit(2);
  }
  let first = true;
  const url = () => {
    if (readyFile && (!first || !values.url)) return readyUrlFromFile(readyFile);
    first = false;
    return values.url!;
  };
  try {
    const result = await runLoad({
      url,
      journeys,
      onFinished: (r) => console.log(JSON.stringify(r)),
      onUnfinished: (journey, error) => console.log(JSON.stringify({ journey, finished: false, error })),
    });
    console.error(`load: ${result.finished.length} journeys finished, ${result.unfinished} cut off`);
  } catch (err) {
    console.error(`load: ${(err as Error).message}`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
