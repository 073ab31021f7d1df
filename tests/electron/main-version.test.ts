// The version an Electron kiosk reports to central, where the fleet view and staged updates go
// by it: the real main bundle (built by scripts/build-electron.mjs, run with the stand-in for
// Electron) enrolls with a stand-in hub that records the request and refuses it.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildMainBundle, startMainProcess } from './support/main-process.ts';

test('under Electron the kiosk enrolls with the version in package.json, not 0.0.0', async () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-main-version-'));
  const bodies: Array<{ softwareVersion?: unknown }> = [];
  const hub = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += String(d)));
    req.on('end', () => {
      if (req.url === '/v1/enroll') bodies.push(JSON.parse(body));
      // Refused, so the kiosk stops right after telling its version.
      res.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'test hub: enrollment refused' }));
    });
  });
  await new Promise<void>((r) => hub.listen(0, '127.0.0.1', r));
  buildMainBundle(dir);
  const main = startMainProcess(dir, {
    args: ['--data-dir', join(dir, 'data'), '--central-url', `http://127.0.0.1:${(hub.address() as AddressInfo).port}`, '--enroll', 'TEST-CODE-0001'],
  });
  try {
    const code = await main.exited(60_000);
    assert.equal(bodies.length > 0, true, `no enrollment reached the hub\nstderr:\n${main.stderr()}`);
    assert.equal(bodies[0].softwareVersion, version);
    assert.equal(code, 1, 'a refused enrollment stops the start with a non-zero exit');
  } finally {
    main.kill();
    await new Promise((r) => hub.close(r));
    rmSync(dir, { recursive: true, force: true });
  }
});
