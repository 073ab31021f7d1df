// A local receiver of the hub's signed POSTs (webhooks, the generic SMS gateway) that misbehaves on
// cue: each request takes the next behaviour from a script (then `accept` for ever after). It
// checks every signature as a real receiver would and keeps what it accepted, in arrival order.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, verifySignature } from '../../../central/notify/signature.ts';

/**
 * accept: 200. status N: that answer. hang: no answer (the hub times out). lose-answer: the
 * receiver takes the request, then the connection drops before the hub hears back.
 */
export type Behaviour = 'accept' | 'hang' | 'lose-answer' | { status: number; retryAfter?: string };

export interface Received {
  body: string;
  json: { id?: string; type?: string; data?: Record<string, unknown>; to?: string; text?: string };
  headers: IncomingMessage['headers'];
  signatureOk: boolean;
}

export interface FaultReceiver {
  url: string;
  /** Requests taken (accepted or lost-answer), in arrival order; refused and hung ones are not. */
  taken: Received[];
  /** Every request that arrived, whatever the answer. */
  arrivals: number;
  script: Behaviour[];
  secret: string;
  /** The receiver's clock ahead of the real one (as the hub's may be moved), for the replay window. */
  clockOffsetMs: number;
  /** Resolves once `check` holds (checked at each arrival), or rejects after `ms`. */
  until(check: () => boolean, ms?: number, what?: string): Promise<void>;
  close(): Promise<void>;
}

export async function startFaultReceiver(script: Behaviour[] = [], options: { path?: string } = {}): Promise<FaultReceiver> {
  const waiters = new Set<() => void>();
  const hung: import('node:http').ServerResponse[] = [];
  const receiver = {
    url: '',
    taken: [] as Received[],
    arrivals: 0,
    script: [...script],
    secret: '',
    clockOffsetMs: 0,
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      receiver.arrivals++;
      const body = Buffer.concat(chunks).toString('utf8');
      const behaviour = receiver.script.shift() ?? 'accept';
      const take = () => receiver.taken.push({ body, json: JSON.parse(body), headers: request.headers, signatureOk: verifySignature(receiver.secret, request.headers[SIGNATURE_HEADER] as string, body, Date.now() + receiver.clockOffsetMs).ok });
      if (behaviour === 'accept') {
        take();
        response.writeHead(200).end('{}');
      } else if (behaviour === 'hang') {
        hung.push(response);
      } else if (behaviour === 'lose-answer') {
        take();
        request.socket.destroy();
      } else {
        response.writeHead(behaviour.status, behaviour.retryAfter ? { 'retry-after': behaviour.retryAfter } : {}).end('{"error":"busy"}');
      }
      for (const wake of waiters) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${options.path ?? '/hook'}`;
  return Object.assign(receiver, {
    until(check: () => boolean, ms = 20_000, what = 'the receiver to get what it waits for') {
      if (check()) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`timed out waiting for ${what} (${receiver.taken.length} taken, ${receiver.arrivals} arrived)`));
        }, ms);
        const wake = () => {
          if (!check()) return;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve();
        };
        waiters.add(wake);
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const r of hung) r.socket?.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
