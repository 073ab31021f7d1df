// How soon a county admin learns that a kiosk's screen died or never came up, as the fleet list
// shows it: a kiosk (frames from its UI, heartbeats at its default interval) and the hub's verdict
// (central/health.ts) run on one manual clock, so every phase between a frame and a beat is tried
// in milliseconds instead of minutes.
import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { ManualClock } from '../support/manual-clock.ts';
import { classifyHealth, DEFAULT_HEARTBEAT_SECONDS } from '../../central/health.ts';
import type { TerminalHealth } from '../../shared/contract/schemas.ts';
import { configSchema } from '../../config/schema.ts';
import { screenReportAt } from '../../terminal/screen-report.ts';
import { formatTerminalTable } from '../../central/terminal-table.ts';
import { FRAME_REPORT_EVERY_MS } from '../../renderer/state/use-frame-reporter.ts';

const HEARTBEAT_MS = configSchema.parse({}).central.heartbeatSeconds * 1000;

/**
 * A kiosk started at the clock's now: its first heartbeat goes `firstBeatMs` after start, then one
 * every default interval; its UI draws its first frame at `firstFrameMs` (null: never) and stops
 * drawing at `screenDiesMs` (null: never). `healthAt(ms)` is what the fleet list shows then.
 */
function kiosk(opts: { firstBeatMs: number; firstFrameMs: number | null; screenDiesMs?: number | null }) {
  const clock = new ManualClock();
  const startedAt = clock.now();
  let lastFrameAt: number | null = null;
  let lastBeat: { at: number; screen: ReturnType<typeof screenReportAt> } | null = null;
  const frame = () => {
    if (opts.screenDiesMs != null && clock.now() - startedAt > opts.screenDiesMs) return;
    lastFrameAt = clock.now();
    clock.setTimeout(frame, FRAME_REPORT_EVERY_MS);
  };
  const beat = () => {
    lastBeat = { at: clock.now(), screen: screenReportAt(clock.now(), startedAt, lastFrameAt) };
    clock.setTimeout(beat, HEARTBEAT_MS);
  };
  if (opts.firstFrameMs !== null) clock.setTimeout(frame, opts.firstFrameMs);
  clock.setTimeout(beat, opts.firstBeatMs);
  return {
    healthAt(ms: number): TerminalHealth {
      clock.advance(startedAt + ms - clock.now());
      const seen = lastBeat as { at: number; screen: ReturnType<typeof screenReportAt> } | null;
      return classifyHealth({
        heartbeatAgeSeconds: seen ? (clock.now() - seen.at) / 1000 : null,
        replacedBy: null,
        screen: seen?.screen ?? null,
        alerts: [],
        freeDiskBytes: 20 * 1024 ** 3,
        sync: null,
      });
    },
    lastFrameMs: () => (lastFrameAt === null ? null : lastFrameAt - startedAt),
  };
}

describe('a dead screen reaches the fleet list within 60 s of its last frame', () => {
  test('the default heartbeat is what this promise is measured with, and what the hub assumes', () => {
    assert.equal(HEARTBEAT_MS, 30_000);
    assert.equal(DEFAULT_HEARTBEAT_SECONDS * 1000, HEARTBEAT_MS, 'central/health.ts must follow the kiosk default');
  });

  // The beat may fall anywhere between two frames and the death: try each phase, second by second.
  for (const beatPhaseMs of [100, 1_000, 4_900, 10_000, 17_500, 20_000, 24_000, 29_000, 29_900]) {
    test(`heartbeats ${beatPhaseMs} ms into their cycle`, () => {
      const k = kiosk({ firstBeatMs: beatPhaseMs, firstFrameMs: 2_000, screenDiesMs: 600_000 });
      // From the first beat that carries a frame on, a live screen is healthy at every second.
      for (let s = Math.ceil(beatPhaseMs / 1000) + 31; s <= 600; s++) assert.equal(k.healthAt(s * 1000).state, 'healthy', `a live screen is healthy (at ${s} s)`);
      const lastFrame = k.lastFrameMs()!;
      let alarmAfter: number | null = null;
      for (let s = 1; s <= 200 && alarmAfter === null; s++) {
        const health = k.healthAt(lastFrame + s * 1000);
        if (health.state === 'alarm') {
          alarmAfter = s;
          assert.match(health.reasons[0]!, /screen dead/);
        } else assert.equal(health.state, 'healthy');
      }
      assert.ok(alarmAfter !== null && alarmAfter <= 60, `alarm ${alarmAfter} s after the last frame; at most 60 s wanted`);
    });
  }
});

describe('a kiosk whose UI has not drawn yet', () => {
  test('is starting, never healthy, until its grace ends, then an alarm naming why', () => {
    const k = kiosk({ firstBeatMs: 1_000, firstFrameMs: null });
    for (let s = 2; s <= 120; s++) {
      const health = k.healthAt(s * 1000);
      assert.equal(health.state, 'starting', `at ${s} s after start`);
      assert.match(health.reasons[0]!, /^the UI has not drawn its first frame yet/);
    }
    const late = k.healthAt(121_000);
    assert.equal(late.state, 'alarm', 'the grace ends at 120 s, not at the next heartbeat');
    assert.match(late.reasons[0]!, /no frame drawn since start/);
  });

  test('is healthy from the first heartbeat after its first frame', () => {
    const k = kiosk({ firstBeatMs: 1_000, firstFrameMs: 20_000 });
    assert.equal(k.healthAt(25_000).state, 'starting', 'the hub knows of no frame before the next beat');
    assert.equal(k.healthAt(31_500).state, 'healthy');
  });

  test('an old kiosk that sends no screen report stays readable: judged by the rest', () => {
    assert.equal(classifyHealth({ heartbeatAgeSeconds: 5, replacedBy: null, screen: null, alerts: [], freeDiskBytes: null, sync: null }).state, 'healthy');
  });
});

describe('kioskctl terminals', () => {
  test('says a kiosk is starting, and why, in plain words rather than as an alarm', () => {
    const k = kiosk({ firstBeatMs: 1_000, firstFrameMs: null });
    const health = k.healthAt(16_000);
    const table = formatTerminalTable([
      {
        terminalId: '01JT0000000000000000000000', siteCode: 'EAST-01', siteName: '东村服务站', enrolledAt: new Date().toISOString(),
        lastHeartbeatAt: new Date().toISOString(), online: true, sync: null, devices: {}, softwareVersion: '0.2.0', replacedBy: null,
        health, screen: null, alerts: [], freeDiskBytes: null, rollbacks: [],
      },
    ]);
    assert.match(table, /starting: the UI has not drawn its first frame yet \(up 16 s; an alarm if none by 2 min\)/);
    assert.doesNotMatch(table, /healthy|ALARM/);
  });
});
