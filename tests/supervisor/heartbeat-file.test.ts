// The kiosk core's heartbeat file and the supervisor's reading of it agree: what the core knows
// (screen age, a resident in a session) reaches the supervisor, and it keeps counting up.
import { softwareVersion } from '../../terminal/sync/software-version.ts';
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHeartbeatFile } from '../../terminal/heartbeat-file.ts';
import { readHeartbeat } from '../../supervisor/heartbeat.ts';

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  assert.ok(check(), 'condition not reached within 5 s');
};

test('the core writes what the supervisor reads, and each beat counts up', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'heartbeat-'));
  const path = join(dir, 'heartbeat.json');
  let session: unknown = null;
  const source = {
    getStatus: async () => ({ session, outOfService: null }),
    screenReport: () => ({ lastFrameAgeSeconds: 3 }),
  };
  const heartbeat = startHeartbeatFile(path, source, 50);
  try {
    await until(() => readHeartbeat(path) !== null);
    // version: which release wrote it (updates, issue 12: the supervisor waits for the new one's beat).
    assert.deepEqual({ ...readHeartbeat(path), seq: 0 }, { seq: 0, inSession: false, lastFrameAgeSeconds: 3, version: softwareVersion() });
    session = { id: 'x' };
    const first = readHeartbeat(path)!.seq;
    await until(() => readHeartbeat(path)!.seq > first && readHeartbeat(path)!.inSession);
  } finally {
    heartbeat.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without a path nothing is written; a missing or foreign file reads as no heartbeat', () => {
  const dir = mkdtempSync(join(tmpdir(), 'heartbeat-'));
  try {
    startHeartbeatFile(undefined, { getStatus: async () => ({ session: null, outOfService: null }), screenReport: () => ({ lastFrameAgeSeconds: null }) }).stop();
    assert.equal(readHeartbeat(join(dir, 'none.json')), null);
    writeFileSync(join(dir, 'junk.json'), '{"hello":1}');
    assert.equal(readHeartbeat(join(dir, 'junk.json')), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
