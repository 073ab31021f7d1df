// The demo exactly as a newcomer runs it: no config, so simulated devices and a local hub; the
// on-screen simulator panel places the card. It runs with a PATH that finds no program at all, so
// the demo is shown to need nothing from the system (no socat: its devices are in-memory links). The Electron suite runs the same scenario
// (tests/support/demo-journey.ts) where an Electron binary exists.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../support/chromium.ts';
import { startKioskProcess } from '../support/kiosk-process.ts';
import { runDemoJourney } from '../support/demo-journey.ts';
import { KioskConnection } from '../../cli/load.ts';

test('demo start: simulator panel journey, and the transactions reach the local hub', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-demo-'));
  const emptyPath = mkdtempSync(join(tmpdir(), 'kiosk-no-programs-'));
  const kiosk = await startKioskProcess({ dataDir: join(dir, 'data'), timeoutMs: 60_000, env: { PATH: emptyPath } });
  const browser = await launchChromium();
  try {
    assert.match(kiosk.stderr(), /demo hub at http:\/\/127\.0\.0\.1:\d+/);
    assert.match(kiosk.stderr(), /simulated card reader and printer/);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(kiosk.url);
    await runDemoJourney(page);

    // Sync through the demo hub: nothing stays pending.
    const conn = await KioskConnection.connect(kiosk.url);
    try {
      const until = Date.now() + 30_000;
      for (;;) {
        const { sync } = await conn.call('getStatus', {});
        if (sync.state === 'online' && sync.pending === 0) break;
        assert.ok(Date.now() < until, `the demo kiosk did not sync: ${JSON.stringify(sync)}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    } finally {
      conn.close();
    }
  } finally {
    await browser.close();
    assert.equal(await kiosk.stop(), 0, kiosk.stderr());
    rmSync(dir, { recursive: true, force: true });
    rmSync(emptyPath, { recursive: true, force: true });
  }
});
