// Issue 27: heartbeats are written in batches (central/routes/heartbeat-writer.ts) instead of one
// statement per beat (heartbeat-statement.ts). The same beats, at the same hub times, go to two
// terminals of one database — one through each way, the batched one flushed after varying numbers
// of beats — and both must end alike: the latest report, the health the fleet view classifies from
// it at several moments, and the availability hours the statistics count.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { classifyHealth } from '../../../central/health.ts';
import { recordBeat } from '../../../central/routes/heartbeat-statement.ts';
import { createBeatWriter } from '../../../central/routes/heartbeat-writer.ts';
import { servesResidents } from '../../../central/routes/statistics/availability.ts';
import type { Database } from '../../../central/storage/database.ts';
import type { HeartbeatRequest } from '../../../shared/contract/schemas.ts';
import type { HubFactory } from '../helpers/hub.ts';

const start = Date.parse('2026-03-02T01:58:00Z');

function beatAt(offsetSeconds: number, variant: 'healthy' | 'paper-out' | 'old-kiosk' | 'screen-dead' | 'disk-low'): { at: Date; beat: HeartbeatRequest } {
  const at = new Date(start + offsetSeconds * 1000);
  const base: HeartbeatRequest = {
    at: at.toISOString(),
    softwareVersion: variant === 'old-kiosk' ? '0.1.0' : '0.2.0',
    devices: { printer: { state: variant === 'paper-out' ? 'no-paper' : 'ready' }, cardReader: { state: 'connected' } },
    sync: { pending: offsetSeconds % 7, oldestPendingAgeSeconds: null, lastSuccessAt: null, lastError: null },
  } as HeartbeatRequest;
  if (variant === 'old-kiosk') return { at, beat: base }; // the shape of a kiosk from before screens, alerts and disk
  return {
    at,
    beat: {
      ...base,
      screen: { lastFrameAgeSeconds: variant === 'screen-dead' ? 900 : 2, uptimeSeconds: 600 + offsetSeconds },
      alerts: variant === 'paper-out' ? ['paper-out'] : [],
      freeDiskBytes: variant === 'disk-low' ? 600 * 1024 ** 2 : 20 * 1024 ** 3,
    },
  };
}

// Beats 30 s apart across an hour's edge, a silence longer than the online window, a kiosk that
// stops serving (paper out, a dead screen), an old kiosk's shape, and two beats in one second.
const BEATS = [
  beatAt(0, 'healthy'), beatAt(30, 'healthy'), beatAt(60, 'paper-out'), beatAt(90, 'paper-out'), beatAt(120, 'healthy'),
  beatAt(150, 'old-kiosk'), beatAt(180, 'healthy'), beatAt(180.5, 'healthy'), beatAt(500, 'screen-dead'), beatAt(530, 'screen-dead'),
  beatAt(560, 'disk-low'), beatAt(3500, 'healthy'), beatAt(3530, 'healthy'), beatAt(3560, 'old-kiosk'), beatAt(3590, 'healthy'),
];
/** After how many beats the batched terminal's writer is flushed: one, several, none pending across a silence. */
const FLUSH_AFTER = new Set([1, 4, 5, 8, 9, 12, 15]);

async function addTerminal(db: Database, id: string): Promise<void> {
  await db.query(`INSERT INTO terminals (terminal_id, public_key, site_code, site_name, software_version) VALUES ($1, $2, 'EAST', '东区', '0.1.0')`, [id, `key-${id}`]);
}

interface Row {
  last_heartbeat_at: Date | string;
  software_version: string;
  devices: unknown;
  sync: unknown;
  screen: unknown;
  alerts: unknown;
  free_disk_bytes: string | number | null;
}

async function reportOf(db: Database, id: string): Promise<Row> {
  const [row] = await db.query<Row>('SELECT last_heartbeat_at, software_version, devices, sync, screen, alerts, free_disk_bytes FROM terminals WHERE terminal_id = $1', [id]);
  return { ...row!, last_heartbeat_at: new Date(row!.last_heartbeat_at).toISOString(), free_disk_bytes: row!.free_disk_bytes === null ? null : Number(row!.free_disk_bytes) };
}

async function hoursOf(db: Database, id: string) {
  const rows = await db.query<{ hour: Date | string; heard_seconds: number; serving_seconds: number }>(
    'SELECT hour, heard_seconds, serving_seconds FROM terminal_health_hours WHERE terminal_id = $1 ORDER BY hour',
    [id],
  );
  return rows.map((r) => ({ hour: new Date(r.hour).toISOString(), heard: r.heard_seconds, serving: r.serving_seconds }));
}

function healthAt(row: Row, atSeconds: number) {
  const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
  return classifyHealth({
    heartbeatAgeSeconds: (start + atSeconds * 1000 - Date.parse(String(row.last_heartbeat_at))) / 1000,
    replacedBy: null,
    screen: json(row.screen),
    alerts: json(row.alerts) ?? [],
    freeDiskBytes: row.free_disk_bytes === null ? null : Number(row.free_disk_bytes),
    sync: json(row.sync),
  });
}

export function heartbeatWritesSuite(startHub: HubFactory): void {
  describe('heartbeats written in batches end as written one by one', () => {
    let db: Database;
    beforeAll(async () => {
      db = await startHub.openDatabase();
      await addTerminal(db, 'ONE-BY-ONE');
      await addTerminal(db, 'BATCHED');
    });
    afterAll(() => db?.close());

    test('the same beats: the same latest report, health at every moment, and availability hours', async () => {
      const writer = createBeatWriter(db);
      try {
        const states: { each: string; batched: string }[] = [];
        for (const [i, { at, beat }] of BEATS.entries()) {
          await recordBeat(db, 'ONE-BY-ONE', beat, at, servesResidents(beat));
          writer.add('BATCHED', beat, at, servesResidents(beat));
          if (!FLUSH_AFTER.has(i + 1)) continue;
          await writer.flush();
          const [each, batched] = [await reportOf(db, 'ONE-BY-ONE'), await reportOf(db, 'BATCHED')];
          assert.deepEqual(batched, each, `after beat ${i + 1}`);
          for (const later of [0, 100, 200, 1000]) {
            const seconds = (at.getTime() - start) / 1000 + later;
            states.push({ each: JSON.stringify(healthAt(each, seconds)), batched: JSON.stringify(healthAt(batched, seconds)) });
          }
        }
        assert.deepEqual(states.map((s) => s.batched), states.map((s) => s.each));
        assert.ok(new Set(states.map((s) => JSON.parse(s.each).state)).size >= 3, 'the beats go through several health states');
        const hours = await hoursOf(db, 'ONE-BY-ONE');
        assert.equal(hours.length, 2, 'the beats span two hours');
        assert.ok(hours.some((h) => h.serving < h.heard), 'some heard time was not serving');
        assert.deepEqual(await hoursOf(db, 'BATCHED'), hours);
      } finally {
        await writer.close();
      }
    });

    test('a beat older than the stored one (from another hub process, written late) does not set the report back', async () => {
      const writer = createBeatWriter(db);
      try {
        const newer = beatAt(7200, 'healthy');
        const older = beatAt(7170, 'paper-out');
        writer.add('BATCHED', newer.beat, newer.at, true);
        await writer.flush();
        writer.add('BATCHED', older.beat, older.at, false);
        await writer.flush();
        const report = await reportOf(db, 'BATCHED');
        assert.equal(report.last_heartbeat_at, newer.at.toISOString());
        assert.equal(healthAt(report, 7200).state, 'healthy');
      } finally {
        await writer.close();
      }
    });
  });
}
