// The supervisor's switch and rollback over a real install root on disk: `current` moves only when
// no resident is in a session, a healthy new version stays, and one that is not healthy in time
// goes back to the previous version with the reason recorded for the heartbeat.
import { test, beforeEach, afterEach } from 'vitest';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readlinkSync, rmSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSwitcher } from '../../../supervisor/updater/switcher.ts';
import { layoutOf, readState, writeJsonAtomic } from '../../../supervisor/updater/layout.ts';
import { rollbackOf } from '../../../shared/contract/releases.ts';

let root: string;
let clock: number;
const logs: string[] = [];
const beat = (inSession: boolean, version?: string, frame: number | null = 1) => ({ seq: 1, inSession, lastFrameAgeSeconds: frame, ...(version ? { version } : {}) });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'switcher-'));
  for (const v of ['0.1.0', '0.2.0']) mkdirSync(join(root, 'releases', v), { recursive: true });
  symlinkSync('releases/0.1.0', join(root, 'current'));
  writeJsonAtomic(layoutOf(root).pending, { version: '0.2.0', manifest: {} });
  clock = 0;
  logs.length = 0;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const make = () => createSwitcher({ installRoot: root, healthDeadlineMs: 60_000, needsFrame: true, now: () => clock, log: (m) => logs.push(m) });

test('a ready release waits while a resident is in a session, and is switched to once the session ends', () => {
  const switcher = make();
  assert.equal(switcher.poll(beat(true, '0.1.0')), null);
  assert.equal(switcher.poll(null), null, 'no heartbeat yet: the session state is unknown, so no switch');
  assert.deepEqual(switcher.poll(beat(false, '0.1.0')), { action: 'switch', version: '0.2.0' });
  switcher.switchNow();
  assert.equal(readlinkSync(join(root, 'current')), 'releases/0.2.0');
  assert.equal(readlinkSync(join(root, 'previous')), 'releases/0.1.0');
  assert.equal(existsSync(layoutOf(root).pending), false);
});

test('the new version is healthy only with its own heartbeat and a drawn frame, and then stays', () => {
  const switcher = make();
  switcher.switchNow();
  switcher.started();
  assert.equal(switcher.poll(beat(false, '0.1.0')), null, 'a heartbeat left by the old version does not count');
  assert.equal(readState(layoutOf(root)).trial?.version, '0.2.0');
  assert.equal(switcher.poll(beat(false, '0.2.0', null)), null, 'no frame yet');
  assert.equal(readState(layoutOf(root)).trial?.version, '0.2.0');
  switcher.poll(beat(false, '0.2.0', 2));
  assert.equal(readState(layoutOf(root)).trial, null);
  clock = 10 * 60_000;
  assert.equal(switcher.poll(beat(false, '0.2.0', 2)), null, 'no rollback after it was found healthy');
});

test('a new version without a frame by the deadline is rolled back, and the failure is kept for the heartbeat', () => {
  const switcher = make();
  switcher.switchNow();
  switcher.started();
  clock = 59_000;
  assert.equal(switcher.poll(beat(false, '0.2.0', null)), null);
  clock = 61_000;
  const action = switcher.poll(beat(false, '0.2.0', null));
  assert.equal(action?.action, 'rollback');
  switcher.rollBack(action!.action === 'rollback' ? action!.reason : '');
  assert.equal(readlinkSync(join(root, 'current')), 'releases/0.1.0');
  const state = readState(layoutOf(root));
  assert.equal(state.trial, null);
  assert.equal(state.failures[0]?.version, '0.2.0');
  assert.equal(state.failures[0]?.reason, '0.2.0 did not report healthy within 60 s: no frame drawn (the UI never rendered); back on 0.1.0');
  // The hub reads a rollback from this reason (shared/contract/releases.ts): the two must agree.
  assert.deepEqual(rollbackOf(state.failures[0]!), { version: '0.2.0', backOn: '0.1.0', why: '0.2.0 did not report healthy within 60 s: no frame drawn (the UI never rendered)' });
});
