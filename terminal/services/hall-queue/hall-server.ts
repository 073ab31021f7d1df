// The hall's pages on the hall's network (issue 25): /counter for each window's clerk, /display for
// the hall TV, their JSON calls under /hall/, and one Server-Sent Events stream that tells both of
// every change (EventSource reconnects by itself after the host restarts). Plain HTTP: see the
// README's "The hall's queue" for why not TLS on a closed hall LAN, and what stands in for it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { HallConfig } from '../../../config/hall-schema.ts';
import { verifyPin } from '../../technician/pin-hash.ts';
import type { SpeakRequest, SpeakResult } from '../../voice/voice-service.ts';
import { hallPagesDir } from './pages-dir.ts';
import { counterActionSchema } from './counter-action.ts';
import { callSentence } from './call-speech.ts';
import type { HallQueue } from './hall-queue.ts';
import { kioskTicketRequestSchema, type KioskNumbers } from './kiosk-numbers.ts';
import { createSignInGuard, isHallAddress, issueToken, readToken, type HallRole } from './hall-access.ts';

export interface HallServerOptions {
  queue: HallQueue;
  hall(): HallConfig;
  /** Signs the counters' and displays' tokens (boot derives it from the store key). */
  key: Buffer;
  speak?(req: SpeakRequest): Promise<SpeakResult>;
  /** Numbers for the hall's other kiosks (kiosk-numbers.ts); absent: they are refused. */
  kioskNumbers?: KioskNumbers;
  now(): number;
  /** 0: any free port (tests). */
  port: number;
  host?: string;
}

/** Found once, at the first page asked for (pages-dir.ts: the sources' folder or the bundle's copy). */
let pagesFolder: string | null | undefined;
const pagesDir = () => (pagesFolder === undefined ? (pagesFolder = hallPagesDir(import.meta.url)) : pagesFolder);
const pages: Record<string, [string, string]> = {
  '/counter': ['counter.html', 'text/html; charset=utf-8'],
  '/display': ['display.html', 'text/html; charset=utf-8'],
  '/hall/counter.js': ['counter.js', 'text/javascript; charset=utf-8'],
  '/hall/display.js': ['display.js', 'text/javascript; charset=utf-8'],
  '/hall/hall.css': ['hall.css', 'text/css; charset=utf-8'],
};
const headers = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; media-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

const signInSchema = z.strictObject({ counterId: z.string().max(40), pin: z.string().max(12) });
const enrollSchema = z.strictObject({ code: z.string().max(40) });

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

async function body(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 4096) throw new Error('too large');
  }
  return JSON.parse(text || '{}');
}

export async function startHallServer(opts: HallServerOptions) {
  const guard = createSignInGuard(opts.now);
  const streams = new Set<ServerResponse>();
  const send = (name: string, data: unknown) => {
    for (const res of streams) res.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  const detach = opts.queue.onChange((call) => send(call ? 'call' : 'board', { call, board: opts.queue.board() }));
  const role = (req: IncomingMessage, url: URL): HallRole | null =>
    readToken(opts.key, url.searchParams.get('token') ?? req.headers.authorization?.replace(/^Bearer /, ''), opts.now());

  /** A display or another kiosk signs in with a code of the hall's; five wrong tries lock it a minute. */
  function codeSignIn(res: ServerResponse, given: unknown, role: HallRole & { kind: 'display' | 'kiosk' }, hash: string | undefined, say: { locked: string; wrong: string; unset: string }) {
    const parsed = enrollSchema.safeParse(given);
    if (guard.locked(role.kind)) return json(res, 429, { message: say.locked });
    if (!parsed.success || !hash || !verifyPin(parsed.data.code, hash)) {
      guard.failed(role.kind);
      return json(res, 403, { message: hash ? say.wrong : say.unset });
    }
    guard.succeeded(role.kind);
    return json(res, 200, { token: issueToken(opts.key, role, opts.now()) });
  }

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const page = pages[url.pathname];
    const dir = pagesDir();
    if (page && dir && req.method === 'GET') {
      res.writeHead(200, { ...headers, 'Content-Type': page[1] }).end(await readFile(dir + page[0]));
      return;
    }
    if (url.pathname === '/hall/sign-in' && req.method === 'POST') {
      const parsed = signInSchema.safeParse(await body(req));
      if (!parsed.success) return json(res, 400, { message: '请输入窗口和密码。' });
      const { counterId, pin } = parsed.data;
      if (guard.locked(counterId)) return json(res, 429, { message: '密码错误次数过多，请一分钟后再试。' });
      const counter = opts.hall().counters.find((c) => c.id === counterId);
      if (!counter || !verifyPin(pin, counter.pinHash)) {
        guard.failed(counterId);
        return json(res, 403, { message: '窗口或密码不对。' });
      }
      guard.succeeded(counterId);
      return json(res, 200, { token: issueToken(opts.key, { kind: 'counter', counterId }, opts.now()) });
    }
    if (url.pathname === '/hall/enroll' && req.method === 'POST') {
      return codeSignIn(res, await body(req), { kind: 'display' }, opts.hall().displayCodeHash, { locked: '登记码错误次数过多，请一分钟后再试。', wrong: '登记码不对。', unset: '登记码不对。' });
    }
    if (url.pathname === '/hall/kiosk/sign-in' && req.method === 'POST') {
      // Another kiosk of the hall, with the hall's kiosk code (its hash is in this host's hall config);
      // the technician reads these in English with the kiosk's other diagnostics.
      return codeSignIn(res, await body(req), { kind: 'kiosk' }, opts.hall().kioskCodeHash, {
        locked: 'hall kiosk code: too many wrong tries, wait a minute',
        wrong: 'hall kiosk code is wrong',
        unset: 'this queue host has no hall.kioskCodeHash: no other kiosk may take numbers here',
      });
    }
    const who = role(req, url);
    if (!who) return json(res, 401, { message: '请重新登录。' });
    if (who.kind === 'kiosk' && url.pathname === '/hall/kiosk/ticket' && req.method === 'POST') {
      const parsed = kioskTicketRequestSchema.safeParse(await body(req));
      if (!parsed.success || !opts.kioskNumbers) return json(res, 400, { ok: false, reason: 'bad-request', message: 'not a ticket request' });
      const outcome = opts.kioskNumbers.issue(parsed.data);
      return json(res, outcome.ok ? 200 : 409, outcome);
    }
    if (who.kind === 'kiosk' && url.pathname === '/hall/kiosk/waiting' && req.method === 'GET') {
      return json(res, 200, { waiting: opts.queue.waitingCounts() });
    }
    if (url.pathname === '/hall/events' && req.method === 'GET') {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
      res.write(`retry: 2000\nevent: board\ndata: ${JSON.stringify({ call: null, board: opts.queue.board() })}\n\n`);
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (url.pathname === '/hall/whoami' && req.method === 'GET') {
      const { callRepeats, secondLanguage } = opts.hall();
      return json(res, 200, { role: who, settings: { callRepeats, secondLanguage: secondLanguage ?? null } });
    }
    if (who.kind === 'counter' && url.pathname === '/hall/counter' && req.method === 'GET') {
      const view = opts.queue.counterView(who.counterId);
      return view ? json(res, 200, { ...view, queueNames: opts.queue.board().waiting }) : json(res, 401, { message: '这个窗口已不在登记中，请联系管理员。' });
    }
    if (who.kind === 'counter' && url.pathname === '/hall/counter' && req.method === 'POST') {
      const parsed = counterActionSchema.safeParse(await body(req));
      if (!parsed.success) return json(res, 400, { ok: false, reason: 'bad-request', message: '这个操作看不懂。' });
      const outcome = opts.queue.act(who.counterId, parsed.data);
      return json(res, outcome.ok ? 200 : 409, outcome);
    }
    const audio = /^\/hall\/call-audio\/(\d+)$/.exec(url.pathname);
    if (who.kind === 'display' && audio && req.method === 'GET') {
      const call = opts.queue.call(Number(audio[1]));
      const locale = url.searchParams.get('locale') === opts.hall().secondLanguage ? opts.hall().secondLanguage! : 'zh-CN';
      if (!call) return json(res, 404, { message: '没有这次叫号。' });
      const clip = await opts.speak?.({ text: callSentence(call.number, call.counterNumber, locale), locale, fallbackText: callSentence(call.number, call.counterNumber, 'zh-CN') });
      if (!clip?.audio) return json(res, 503, { message: '本机没有语音。' });
      res.writeHead(200, { ...headers, 'Content-Type': 'audio/wav' }).end(clip.audio);
      return;
    }
    json(res, 404, { message: '没有这个页面。' });
  }

  const server = createServer((req, res) => {
    // The hall's own network only: a request from anywhere else gets nothing.
    if (!isHallAddress(req.socket.remoteAddress)) {
      res.writeHead(403).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://hall');
    handle(req, res, url).catch(() => {
      if (!res.headersSent) json(res, 400, { message: '请求有误。' });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '0.0.0.0', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    port,
    async close() {
      detach();
      for (const res of streams) res.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type HallServer = Awaited<ReturnType<typeof startHallServer>>;
