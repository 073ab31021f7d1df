// The browser shell as a local attacker or a broken client would meet it: wrong token, wrong
// origin, path traversal, garbage on the socket. And as the UI meets it: files, CSP, API, events.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { startBrowserShell, type BrowserShell } from '../../browser-shell/server.ts';
import { createFakeKioskApi, type FakeKioskApi } from '../support/fake-kiosk-api.ts';
import { decodeFrame } from '../../shared/binary-frame.ts';

const secret = 'SECRET-OUTSIDE-THE-RENDERER';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP GET: node's http.request sends the path exactly as given (no URL normalising). */
function rawGet(port: number, path: string, host = `127.0.0.1:${port}`): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function openSocket(url: string, origin: string | undefined): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, origin ? { headers: { Origin: origin } } : {});
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused: HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function nextMessage(ws: WebSocket, match: (m: Record<string, unknown>) => boolean = () => true): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no message within 3 s')), 3000);
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as Record<string, unknown>;
      if (!match(message)) return;
      clearTimeout(timer);
      ws.off('message', onMessage);
      resolve(message);
    };
    ws.on('message', onMessage);
  });
}

describe('browser shell server', () => {
  let dir: string;
  let shell: BrowserShell;
  let fake: FakeKioskApi;
  let apiUrl: string;
  let origin: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shell-test-'));
    mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'secret.txt'), secret);
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>自助服务终端</title>');
    writeFileSync(join(dir, 'renderer', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'renderer', 'assets', 'font-abc.woff2'), 'wOF2');
    fake = createFakeKioskApi();
    shell = await startBrowserShell({ api: fake, port: 0, rendererDir: join(dir, 'renderer') });
    const token = new URL(shell.url).searchParams.get('token');
    origin = `http://127.0.0.1:${shell.port}`;
    apiUrl = `ws://127.0.0.1:${shell.port}/api?token=${token}`;
  });

  afterAll(async () => {
    await shell.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the URL is loopback with a long random token', () => {
    const url = new URL(shell.url);
    assert.equal(url.hostname, '127.0.0.1');
    assert.equal(Number(url.port), shell.port);
    assert.match(url.searchParams.get('token') ?? '', /^[A-Za-z0-9_-]{32,}$/);
  });

  test('serves the page with its content type and a strict CSP', async () => {
    const res = await rawGet(shell.port, '/');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/html; charset=utf-8/);
    assert.match(res.body, /自助服务终端/);
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, new RegExp(`connect-src 'self' ws://127\\.0\\.0\\.1:${shell.port}(;|$)`));
    assert.match(csp, /font-src 'self'/);
    assert.match(csp, /img-src 'self' data:/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    const js = await rawGet(shell.port, '/app.js');
    assert.match(String(js.headers['content-type']), /^text\/javascript/);
    assert.ok(js.headers['content-security-policy']);
    const font = await rawGet(shell.port, '/assets/font-abc.woff2');
    assert.equal(font.headers['content-type'], 'font/woff2');
  });

  test('refuses path traversal in every spelling', async () => {
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/..\\secret.txt', '/%00index.html']) {
      const res = await rawGet(shell.port, path);
      assert.notEqual(res.status, 200, `${path} answered 200`);
      assert.ok(!res.body.includes(secret), `${path} leaked the file`);
    }
    assert.equal((await rawGet(shell.port, '/..%2fsecret.txt')).status, 403);
  });

  test('refuses unknown files, directories and other host names', async () => {
    assert.equal((await rawGet(shell.port, '/missing.js')).status, 404);
    assert.equal((await rawGet(shell.port, '/assets')).status, 404);
    assert.equal((await rawGet(shell.port, '/', `evil.example:${shell.port}`)).status, 421);
  });

  test('refuses a socket with a wrong or missing token, or a foreign origin', async () => {
    await assert.rejects(openSocket(apiUrl.replace(/token=.*/, 'token=wrong'), origin), /HTTP 403/);
    await assert.rejects(openSocket(`ws://127.0.0.1:${shell.port}/api`, origin), /HTTP 403/);
    await assert.rejects(openSocket(apiUrl, 'http://evil.example'), /HTTP 403/);
    await assert.rejects(openSocket(apiUrl, undefined), /HTTP 403/);
  });

  test('answers requests, and answers garbage with an error without dropping the link', async () => {
    const ws = await openSocket(apiUrl, origin);
    try {
      ws.send(JSON.stringify({ type: 'request', id: 1, method: 'getStatus', params: {} }));
      const status = await nextMessage(ws, (m) => m.id === 1);
      assert.equal(status.ok, true);
      assert.equal((status.result as { site: { name: string } }).site.name, fake.status.site.name);

      ws.send('{not json');
      const badJson = await nextMessage(ws, (m) => m.type === 'response');
      assert.equal(badJson.ok, false);
      assert.equal((badJson.error as { code: string }).code, 'bad-request');

      ws.send(JSON.stringify({ type: 'request', id: 2, method: 'formatDisk', params: {} }));
      const unknown = await nextMessage(ws, (m) => m.id === 2);
      assert.equal(unknown.ok, false);
      assert.match((unknown.error as { message: string }).message, /unknown method/);

      ws.send(JSON.stringify({ type: 'request', id: 3, method: 'chooseService', params: { serviceId: 5 } }));
      const badParams = await nextMessage(ws, (m) => m.id === 3);
      assert.equal((badParams.error as { code: string }).code, 'bad-request');

      ws.send(JSON.stringify({ type: 'request', id: 4, method: 'getStatus', params: {} }));
      assert.equal((await nextMessage(ws, (m) => m.id === 4)).ok, true, 'the link still works after garbage');
    } finally {
      ws.close();
    }
  });

  test('forwards core events to the page', async () => {
    const ws = await openSocket(apiUrl, origin);
    try {
      const event = nextMessage(ws, (m) => m.type === 'event');
      fake.emit('idle', { secondsLeft: 7 });
      assert.deepEqual(await event, { type: 'event', name: 'idle', payload: { secondsLeft: 7 } });
    } finally {
      ws.close();
    }
  });

  test('answers speak with the WAV as bytes in one binary frame, not base64 in JSON', async () => {
    const wav = new Uint8Array(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(400_000, 7)]));
    const speak = fake.speak;
    fake.speak = async (params) => ({ audio: wav, source: 'engine', locale: params.locale, durationMs: 12_500, fellBack: false });
    const ws = await openSocket(apiUrl, origin);
    try {
      const frame = new Promise<{ data: Buffer; isBinary: boolean }>((resolve) => ws.once('message', (data, isBinary) => resolve({ data: data as Buffer, isBinary })));
      ws.send(JSON.stringify({ type: 'request', id: 5, method: 'speak', params: { text: '请刷身份证', locale: 'zh-CN' } }));
      const { data, isBinary } = await frame;
      assert.equal(isBinary, true);
      assert.ok(data.byteLength < wav.byteLength + 300, `the clip travels as bytes (${data.byteLength} bytes for ${wav.byteLength})`);
      const message = decodeFrame(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer) as { id: number; ok: boolean; result: { audio: Uint8Array; durationMs: number } };
      assert.equal(message.id, 5);
      assert.equal(message.ok, true);
      assert.equal(message.result.durationMs, 12_500);
      assert.deepEqual(Buffer.from(message.result.audio), Buffer.from(wav));
    } finally {
      fake.speak = speak;
      ws.close();
    }
  });

  test('closes a socket that sends an oversized message, and keeps serving others', async () => {
    const ws = await openSocket(apiUrl, origin);
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send('x'.repeat(2 * 1024 * 1024));
    assert.equal(await closed, 1009);
    const again = await openSocket(apiUrl, origin);
    again.send(JSON.stringify({ type: 'request', id: 9, method: 'getStatus', params: {} }));
    assert.equal((await nextMessage(again, (m) => m.id === 9)).ok, true);
    again.close();
  });
});
