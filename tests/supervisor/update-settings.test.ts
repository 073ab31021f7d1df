// The supervisor's update settings: with an install root the kiosk it starts is the current
// release's, and a bad health deadline is refused naming the variable.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { installedKiosk, readSettings } from '../../supervisor/settings.ts';

test('under an install root the kiosk command runs the current release, with a 180 s health deadline by default', () => {
  const settings = readSettings({ KIOSK_INSTALL_ROOT: '/opt/kiosk' });
  assert.equal(settings.installRoot, '/opt/kiosk');
  assert.equal(settings.kioskCommand().at(-1), '/opt/kiosk/current/cli/kiosk.ts', 'no bundle there: its sources');
  assert.equal(settings.updateHealthMs, 180_000);
  assert.equal(readSettings({}).installRoot, null, 'no install root: no updates');
});

test("an installed release runs its own bundle when it was packed with one, and its sources through tsx when not", () => {
  const bundled = installedKiosk('/opt/kiosk/current', (path) => path === '/opt/kiosk/current/dist/node/kiosk.mjs');
  assert.deepEqual(bundled, [process.execPath, '/opt/kiosk/current/dist/node/kiosk.mjs']);
  const fromSources = installedKiosk('/opt/kiosk/current', () => false);
  assert.deepEqual(fromSources, [process.execPath, '--import', 'tsx', '/opt/kiosk/current/cli/kiosk.ts']);
  // A checkout without an install root never runs its bundle, which may be older than its sources.
  assert.ok(readSettings({}).kioskCommand().includes('tsx'));
});

test('a health deadline that is not a number is refused, naming the variable', () => {
  assert.throws(() => readSettings({ KIOSK_INSTALL_ROOT: '/opt/kiosk', KIOSK_SUPERVISOR_UPDATE_HEALTH_SECONDS: 'soon' }), /KIOSK_SUPERVISOR_UPDATE_HEALTH_SECONDS must be a number ≥ 1, got "soon"/);
});

test('an install root with no current release stops the supervisor at start with what to do', () => {
  const root = mkdtempSync(join(tmpdir(), 'empty-install-'));
  try {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'supervisor/cli.ts'], {
      cwd: resolve(import.meta.dirname, '../..'),
      encoding: 'utf8',
      env: { ...process.env, KIOSK_INSTALL_ROOT: root, RUNTIME_DIRECTORY: root },
      timeout: 20_000,
    });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /supervisor: cannot start: .*current is not a link to a release: unpack the first release into releases\/<version> and link current to it/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
