// A renderer crash under Electron is counted and reaches central in the heartbeat, as the browser
// shell's Chromium restarts do: the real main bundle (with the stand-in for Electron) enrolls with
// a real hub, its page is crashed once, and the hub's fleet listing shows the crash.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentral } from '../../central/server.ts';
import { buildMainBundle, startMainProcess } from './support/main-process.ts';

test('a renderer crash is reloaded, counted and reported in the heartbeat', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-main-crash-'));
  const hub = await startCentral({ port: 0, dataDir: join(dir, 'central'), logLevel: 'silent' });
  const admin = { authorization: `Bearer ${hub.adminToken}`, 'content-type': 'application/json' };
  buildMainBundle(dir);
  const configFile = join(dir, 'kiosk.json');
  writeFileSync(configFile, JSON.stringify({ central: { url: hub.url, heartbeatSeconds: 5 } }));
  const codeRes = await fetch(`${hub.url}/v1/admin/enrollment-codes`, { method: 'POST', headers: admin, body: JSON.stringify({ ttlMinutes: 10 }) });
  const { code } = (await codeRes.json()) as { code: string };
  const main = startMainProcess(dir, { args: ['--data-dir', join(dir, 'data'), '--config', configFile, '--enroll', code] });
  try {
    await main.waitFor(() => (/kiosk ready: /.test(main.stdout()) ? true : undefined), 'kiosk ready', 60_000);
    const loads = main.reports.filter((m) => m.kind === 'loaded').length;
    await main.call('crashRenderer');
    await main.waitFor(() => (main.reports.filter((m) => m.kind === 'loaded').length > loads ? true : undefined), 'the page reloaded', 15_000);

    const deadline = Date.now() + 30_000;
    let shell: { kind?: string; crashes?: number; lastCrash?: string } | undefined;
    for (;;) {
      const res = await fetch(`${hub.url}/v1/admin/terminals`, { headers: admin });
      const body = (await res.json()) as Array<{ devices?: { shell?: typeof shell } }>;
      shell = body[0]?.devices?.shell;
      if (shell?.crashes === 1) break;
      assert.ok(Date.now() < deadline, `the hub never heard of the crash: ${JSON.stringify(body)}\nstderr:\n${main.stderr()}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    assert.equal(shell?.kind, 'electron');
    assert.match(shell?.lastCrash ?? '', /crashed/);
  } finally {
    main.kill();
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
