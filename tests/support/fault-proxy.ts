// A fault-injecting HTTP proxy on loopback, between a kiosk and its hub. Each request is forwarded
// or broken according to a script: faults queued with next() are used first (in order, by the
// requests they match), then the default fault (a fixed one or a function, e.g. random).
// "refuse" closes the listener itself, so the kiosk sees ECONNREFUSED, as with a hub that is down.
// setThrottle() reads request bodies at a fixed rate (a slow uplink: the sender's socket fills and
// waits, as on a 3 Mbit/s line); "stall" takes half a body and then nothing more (a dead link).
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fault =
  | { kind: 'pass' }
  /** Wait before forwarding (a slow link; longer than the kiosk's timeout = a timeout). */
  | { kind: 'delay'; ms: number }
  /** Forward; the hub processes the request; the answer is cut after its headers and half its body. */
  | { kind: 'reset-mid-response' }
  /** Answer 500 without forwarding. */
  | { kind: 'status'; status: number }
  /** Answer 429 with Retry-After (seconds, or an HTTP-date string) without forwarding. */
  | { kind: 'too-many'; retryAfter: number | string }
  /** Forward; the hub accepts; the answer is dropped (socket destroyed before a byte is written). */
  | { kind: 'drop-answer' }
  /** Forward the request with its body damaged in transit (a byte early in it overwritten). */
  | { kind: 'corrupt-request' }
  /** Read half the request body, then neither read on nor answer (the link went dead mid-upload). */
  | { kind: 'stall' };

export type RequestMatcher = (method: string, path: string) => boolean;

export interface FaultLogEntry {
  method: string;
  path: string;
  fault: Fault['kind'];
  at: number;
  /** Request body bytes that reached the proxy (grows while a body arrives). */
  bytes: number;
}

export interface FaultProxy {
  url: string;
  port: number;
  /** Queue faults for the next matching requests (default: every request matches). */
  next(faults: Fault[], match?: RequestMatcher): void;
  /** The fault for requests no queued fault matched. */
  setDefault(fault: Fault | ((method: string, path: string) => Fault)): void;
  /** Read request bodies at most this fast (bytes per second, all requests together); null: no limit. */
  setThrottle(bytesPerSecond: number | null): void;
  /** Close the listening socket: new connections are refused until accept(). */
  refuse(): Promise<void>;
  accept(): Promise<void>;
  log: FaultLogEntry[];
  close(): Promise<void>;
}

export const onlyPath = (prefix: string): RequestMatcher => (_method, path) => path.startsWith(prefix);

export async function startFaultProxy(opts: { target: string; port?: number }): Promise<FaultProxy> {
  const target = new URL(opts.target);
  const queue: { fault: Fault; match: RequestMatcher }[] = [];
  let fallback: (method: string, path: string) => Fault = () => ({ kind: 'pass' });
  const log: FaultLogEntry[] = [];
  const sockets = new Set<Socket>();
  let throttle: number | null = null;
  /** When the throttled link is free to take the next bytes (ms since epoch). */
  let linkFreeAt = 0;

  const pick = (method: string, path: string): Fault => {
    const index = queue.findIndex((q) => q.match(method, path));
    if (index >= 0) return queue.splice(index, 1)[0].fault;
    return fallback(method, path);
  };

  const forward = (req: http.IncomingMessage, body: Buffer) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const upstream = http.request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      upstream.on('error', reject);
      upstream.end(body);
    });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    // Picked when the request starts, so a stall can cut its body half way.
    const fault = pick(method, path);
    const entry: FaultLogEntry = { method, path, fault: fault.kind, at: Date.now(), bytes: 0 };
    log.push(entry);
    const declared = Number(req.headers['content-length'] ?? 0);
    req.on('data', (c: Buffer) => {
      chunks.push(c);
      entry.bytes += c.length;
      if (fault.kind === 'stall' && entry.bytes >= declared / 2) return void req.pause();
      if (throttle === null) return;
      const now = Date.now();
      linkFreeAt = Math.max(now, linkFreeAt) + (c.length / throttle) * 1000;
      if (linkFreeAt > now) {
        req.pause();
        setTimeout(() => req.resume(), linkFreeAt - now);
      }
    });
    req.on('end', () => {
      void (async () => {
        if (fault.kind === 'stall') return; // never answers: the client's own timeout must notice
        try {
          if (fault.kind === 'status') return void res.writeHead(fault.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'injected', message: `injected ${fault.status}` }));
          if (fault.kind === 'too-many') {
            return void res
              .writeHead(429, { 'content-type': 'application/json', 'retry-after': String(fault.retryAfter) })
              .end(JSON.stringify({ error: 'too-many-requests', message: 'injected 429' }));
          }
          if (fault.kind === 'delay') await new Promise((r) => setTimeout(r, fault.ms));
          if (req.socket.destroyed) return;
          const body = Buffer.concat(chunks);
          if (fault.kind === 'corrupt-request' && body.length > 0) body[Math.min(1, body.length - 1)] = 0x7d; // '}' right after '{'
          const answer = await forward(req, body);
          if (fault.kind === 'drop-answer') return void req.socket.destroy();
          const headers = { ...answer.headers };
          delete headers['transfer-encoding'];
          delete headers['connection'];
          headers['content-length'] = String(answer.body.length);
          if (fault.kind === 'reset-mid-response') {
            res.writeHead(answer.status, headers);
            res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)));
            // Let the partial answer reach the client, then cut the connection.
            setTimeout(() => req.socket.destroy(), 20);
            return;
          }
          res.writeHead(answer.status, headers).end(answer.body);
        } catch {
          req.socket.destroy();
        }
      })();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.keepAliveTimeout = 1000;

  const listen = (port: number) => new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const s of sockets) s.destroy();
    });

  await listen(opts.port ?? 0);
  const port = (server.address() as AddressInfo).port;
  let listening = true;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log,
    next(faults, match = () => true) {
      for (const fault of faults) queue.push({ fault, match });
    },
    setDefault(fault) {
      fallback = typeof fault === 'function' ? fault : () => fault;
    },
    setThrottle(bytesPerSecond) {
      throttle = bytesPerSecond;
      linkFreeAt = 0;
    },
    async refuse() {
      if (!listening) return;
      listening = false;
      await stopListening();
    },
    async accept() {
      if (listening) return;
      await listen(port);
      listening = true;
    },
    async close() {
      if (listening) await stopListening();
      listening = false;
    },
  };
}
