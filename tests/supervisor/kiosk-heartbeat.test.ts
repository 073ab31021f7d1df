// The real kiosk core, booted as the supervisor starts it (KIOSK_HEARTBEAT_FILE set), writes a
// heartbeat the supervisor can read, with the screen's frame and the session state.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootKiosk } from '../../terminal/boot.ts';
import { readHeartbeat } from '../../supervisor/heartbeat.ts';

test('a booted kiosk core writes its heartbeat, with the frame the UI reported', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-heartbeat-'));
  const path = join(dir, 'heartbeat.json');
  process.env.KIOSK_HEARTBEAT_FILE = path;
  try {
    const kiosk = await bootKiosk({ dataDir: join(dir, 'data') });
    try {
      await kiosk.api.reportFrame({});
      // The first beat may predate the frame; the next one (every 5 s) carries it.
      for (let i = 0; i < 600 && readHeartbeat(path)?.lastFrameAgeSeconds == null; i++) await new Promise((r) => setTimeout(r, 25));
      const beat = readHeartbeat(path);
      assert.ok(beat, 'no heartbeat file written within 15 s');
      assert.equal(beat.inSession, false);
      assert.equal(typeof beat.lastFrameAgeSeconds, 'number', 'the reported frame is not in the heartbeat');
    } finally {
      await kiosk.close();
    }
  } finally {
    delete process.env.KIOSK_HEARTBEAT_FILE;
    rmSync(dir, { recursive: true, force: true });
  }
});
