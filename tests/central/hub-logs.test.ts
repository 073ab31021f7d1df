// The hub's log at its most talkative level names the path a phone opened, never the 查询码 in
// the receipt QR's query string: a code in a log would open a resident's case to whoever reads it.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { startCentral } from '../../central/server.ts';

test('a phone opening a case progress link with its code: the log has the path and not the code', async () => {
  const lines: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const hub = await startCentral({ port: 0, inMemory: true, logLevel: 'info', logStream });
  try {
    const res = await fetch(`${hub.url}/progress/001200003457?code=48151623`);
    await res.text();
    assert.ok(res.status >= 200, 'the hub answered');
  } finally {
    await hub.close();
  }
  const log = lines.join('');
  assert.match(log, /\/progress\/001200003457/, 'the log still says which page was asked for');
  assert.doesNotMatch(log, /48151623/);
  assert.doesNotMatch(log, /code=/);
});
