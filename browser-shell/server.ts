// The browser shell: the built UI and KioskApi on 127.0.0.1, for Chromium in --kiosk mode (and for
// the end-to-end tests). Loopback only; the WebSocket needs the random token from the page URL and
// the shell's own Origin, so neither another local program nor a web page can drive the kiosk.
import { createServer, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { WebSocketServer } from 'ws';
import type { KioskApi } from '../terminal/api.ts';
import { createAccessToken, tokenMatches } from './access-token.ts';
import { serveStatic } from './static-files.ts';
import { serveApiSocket } from './api-socket.ts';

export interface BrowserShellOptions {
  api: KioskApi;
  /** 0 = any free port. */
  port: number;
  host?: '127.0.0.1';
  rendererDir?: string;
  /** Normally random; a caller restarting the shell on the same port may keep the page's token. */
  token?: string;
}

export interface BrowserShell {
  /** http://127.0.0.1:PORT/?token=… — the only URL that can use the kiosk. */
  url: string;
  port: number;
  close(): Promise<void>;
}

const defaultRendererDir = fileURLToPath(new URL('../dist/renderer', import.meta.url));
/**
 * Requests are a few hundred bytes, except a page from the document camera (issue 24): at most
 * 500 kB of JPEG, about 683 kB as base64 in JSON. Anything over this is not the UI talking.
 */
const maxMessageBytes = 1024 * 1024;
/** One kiosk screen; a few more allow for a reload racing the old page's close. */
const maxClients = 4;

export function securityHeaders(port: number): Record<string, string> {
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "font-src 'self'",
      "img-src 'self' data:",
      // Voice guidance: the core's WAV clips are played from blob: URLs the page makes.
      "media-src 'self' blob:",
      `connect-src 'self' ws://127.0.0.1:${port}`,
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // camera=(self): the document camera (高拍仪, issue 24) for the kiosk's own page, no frame or other origin.
    'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), usb=(), serial=()',
  };
}

function refuseUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export async function startBrowserShell(opts: BrowserShellOptions): Promise<BrowserShell> {
  const host = opts.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new Error(`browser shell: host must be 127.0.0.1 (loopback only), got "${host}"`);
  const rendererDir = opts.rendererDir ?? defaultRendererDir;
  if (opts.token !== undefined && !/^[A-Za-z0-9_-]{32,128}$/.test(opts.token)) {
    throw new Error('browser shell: token must be 32 to 128 characters of A-Z a-z 0-9 _ -');
  }
  const token = opts.token ?? createAccessToken();
  let port = 0;
  let headers: Record<string, string> = {};
  const origin = () => `http://${host}:${port}`;
  // A page on another name for this address (DNS rebinding) must not be served.
  const hostAllowed = (req: IncomingMessage) => req.headers.host === `${host}:${port}`;

  const server = createServer((req, res) => {
    if (!hostAllowed(req)) {
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('wrong host');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    serveStatic(rendererDir, req, res, headers).catch(() => {
      if (!res.headersSent) res.writeHead(500, headers);
      res.end();
    });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', origin());
    if (url.pathname !== '/api') return refuseUpgrade(socket, '404 Not Found');
    if (!hostAllowed(req) || req.headers.origin !== origin()) return refuseUpgrade(socket, '403 Forbidden');
    if (!tokenMatches(token, url.searchParams.get('token'))) return refuseUpgrade(socket, '403 Forbidden');
    if (wss.clients.size >= maxClients) return refuseUpgrade(socket, '503 Service Unavailable');
    wss.handleUpgrade(req, socket, head, (ws) => serveApiSocket(opts.api, ws));
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port, host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('browser shell: no TCP address after listen');
  port = address.port;
  headers = securityHeaders(port);

  let closed: Promise<void> | null = null;
  return {
    url: `${origin()}/?token=${token}`,
    port,
    close() {
      closed ??= new Promise<void>((resolveClose) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.close(() => resolveClose());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

