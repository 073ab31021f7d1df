// The DevTools pipe's framing (JSON texts each ended by NUL), as Chromium's side of
// --remote-debugging-pipe writes it: answers split anywhere across reads, several in one read,
// events between them, errors. Chromium itself answers over it in remote-screenshot.process.test.ts.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { connectCdpPipe, encodeFrame, splitFrames } from '../../browser-shell/cdp-pipe.ts';

test('whole messages are split at each NUL; an unfinished one waits for the rest', () => {
  const { messages, rest } = splitFrames(Buffer.from('{"id":1}\0{"method":"Page.loadEventFired"}\0{"id":2,"res', 'utf8'));
  assert.deepEqual(messages, ['{"id":1}', '{"method":"Page.loadEventFired"}']);
  assert.equal(rest.toString(), '{"id":2,"res');
  assert.deepEqual(splitFrames(Buffer.alloc(0)), { messages: [], rest: Buffer.alloc(0) });
});

test('a command goes down the pipe as one JSON text and one NUL, with its session when it has one', () => {
  const frame = encodeFrame({ id: 7, method: 'Page.captureScreenshot', params: { format: 'png' }, sessionId: 'S1' });
  assert.equal(frame[frame.length - 1], 0);
  assert.equal(frame.indexOf(0), frame.length - 1, 'no NUL inside the JSON');
  assert.deepEqual(JSON.parse(frame.subarray(0, -1).toString()), { id: 7, method: 'Page.captureScreenshot', params: { format: 'png' }, sessionId: 'S1' });
});

/** The browser's end of the pipe: reads commands, answers as `answer` says, in chunks of `chunk` bytes. */
function browserEnd(answer: (command: { id: number; method: string }) => object[], chunk: number) {
  const toBrowser = new PassThrough();
  const fromBrowser = new PassThrough();
  let pending = Buffer.alloc(0);
  toBrowser.on('data', (d: Buffer) => {
    const { messages, rest } = splitFrames(Buffer.concat([pending, d]));
    pending = Buffer.from(rest);
    const out = Buffer.concat(messages.flatMap((m) => answer(JSON.parse(m)).map((reply) => Buffer.from(JSON.stringify(reply) + '\0', 'utf8'))));
    for (let at = 0; at < out.length; at += chunk) fromBrowser.write(out.subarray(at, at + chunk));
  });
  return { toBrowser, fromBrowser };
}

test('answers split across reads (even inside a multi-byte character) reach the right caller; events are skipped', async () => {
  const { toBrowser, fromBrowser } = browserEnd(
    (c) => [{ method: 'Target.targetCreated', params: {} }, { id: c.id, result: { title: `第${c.id}个 ${c.method}` } }],
    3,
  );
  const cdp = connectCdpPipe(toBrowser, fromBrowser);
  const [a, b] = await Promise.all([cdp.send<{ title: string }>('Target.getTargets'), cdp.send<{ title: string }>('Page.captureScreenshot')]);
  assert.equal(a.title, '第1个 Target.getTargets');
  assert.equal(b.title, '第2个 Page.captureScreenshot');
});

test("Chromium's refusal is the caller's error; a closed pipe fails what waits and what comes after", async () => {
  const { toBrowser, fromBrowser } = browserEnd((c) => (c.method === 'Nope' ? [{ id: c.id, error: { code: -32601, message: "'Nope' wasn't found" } }] : []), 64);
  const cdp = connectCdpPipe(toBrowser, fromBrowser);
  await assert.rejects(cdp.send('Nope'), /Chromium refused: 'Nope' wasn't found/);
  const waiting = cdp.send('Page.captureScreenshot');
  fromBrowser.destroy();
  await assert.rejects(waiting, /closed its debugging pipe/);
  await assert.rejects(cdp.send('Target.getTargets'), /closed its debugging pipe/);
});

test('a browser that never answers fails the call after the time limit', async () => {
  const { toBrowser, fromBrowser } = browserEnd(() => [], 64);
  const cdp = connectCdpPipe(toBrowser, fromBrowser, 200);
  await assert.rejects(cdp.send('Page.captureScreenshot'), /did not answer Page.captureScreenshot within 0.2 s/);
});
