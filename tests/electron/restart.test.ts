import { test } from 'vitest';
import assert from 'node:assert/strict';
import { restartExitCode, restartPlan } from '../../electron/policy/restart.ts';

const argv = ['/tmp/.mount_kioskAbC/township-kiosk', '--data-dir', '/var/lib/kiosk'];
const appImageEnv = { APPIMAGE: '/opt/kiosk/township-kiosk.AppImage', APPDIR: '/tmp/.mount_kioskAbC' };

test('inside an AppImage the restart runs the image file again, with the same arguments', () => {
  assert.deepEqual(restartPlan({ supervised: false, env: appImageEnv, execPath: argv[0], argv }), {
    action: 'relaunch',
    options: { execPath: '/opt/kiosk/township-kiosk.AppImage', args: ['--data-dir', '/var/lib/kiosk'] },
  });
});

test("an APPIMAGE inherited from whatever started the kiosk is not the kiosk's own", () => {
  const deb = ['/opt/乡镇自助服务终端/township-kiosk', '--data-dir', '/var/lib/kiosk'];
  assert.deepEqual(restartPlan({ supervised: false, env: appImageEnv, execPath: deb[0], argv: deb }), { action: 'relaunch' });
});

test("installed (.deb, Windows) the restart is Electron's own relaunch", () => {
  assert.deepEqual(restartPlan({ supervised: false, env: {}, execPath: '/opt/kiosk/township-kiosk', argv }), { action: 'relaunch' });
});

test('under a service manager the kiosk exits with the restart status, AppImage or not', () => {
  for (const env of [{}, appImageEnv]) {
    assert.deepEqual(restartPlan({ supervised: true, env, execPath: argv[0], argv }), { action: 'exit', exitCode: restartExitCode });
  }
  assert.notEqual(restartExitCode, 0, 'systemd Restart=on-failure restarts it too');
});
