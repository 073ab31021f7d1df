// The supervisor's update settings: with an install root the kiosk it starts is the current
// release's, and a bad health deadline is refused naming the variable.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readSettings } from '../../supervisor/settings.ts';

test('under an install root the kiosk command runs current/cli/kiosk.ts, with a 180 s health deadline by default', () => {
  const settings = readSettings({ KIOSK_INSTALL_ROOT: '/opt/kiosk' });
  assert.equal(settings.installRoot, '/opt/kiosk');
  assert.equal(settings.kioskCommand.at(-1), '/opt/kiosk/current/cli/kiosk.ts');
  assert.equal(settings.updateHealthMs, 180_000);
  assert.equal(readSettings({}).installRoot, null, 'no install root: no updates');
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
