import { test } from 'vitest';
import assert from 'node:assert/strict';
import { electronShellControls } from '../../electron/policy/shell-controls.ts';
import { restartExitCode } from '../../electron/policy/restart.ts';

function recorder() {
  const calls: string[] = [];
  return {
    calls,
    relaunch: (options?: { execPath: string; args: string[] }) => void calls.push(`relaunch ${options ? options.execPath : 'default'}`),
    quitWith: (code: number) => void calls.push(`quit ${code}`),
  };
}

test('a remote restart under a service manager quits with the restart status and relaunches nothing', () => {
  const r = recorder();
  electronShellControls({ capturePng: null, plan: { action: 'exit', exitCode: restartExitCode }, ...r }).restart!();
  assert.deepEqual(r.calls, [`quit ${restartExitCode}`]);
});

test('unsupervised, a remote restart relaunches (the AppImage file itself when in one) and then quits cleanly', () => {
  const r = recorder();
  electronShellControls({ capturePng: null, plan: { action: 'relaunch', options: { execPath: '/opt/kiosk.AppImage', args: [] } }, ...r }).restart!();
  assert.deepEqual(r.calls, ['relaunch /opt/kiosk.AppImage', 'quit 0']);
  const plain = recorder();
  electronShellControls({ capturePng: null, plan: { action: 'relaunch' }, ...plain }).restart!();
  assert.deepEqual(plain.calls, ['relaunch default', 'quit 0']);
});

test("the screenshot is the window's PNG; an empty capture is an error the admin sees, not an empty image", async () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
  const controls = electronShellControls({ capturePng: async () => png, plan: { action: 'relaunch' }, ...recorder() });
  assert.equal(await controls.screenshot!(), png);
  const empty = electronShellControls({ capturePng: async () => Buffer.alloc(0), plan: { action: 'relaunch' }, ...recorder() });
  await assert.rejects(empty.screenshot!(), /nothing painted/);
  assert.equal(electronShellControls({ capturePng: null, plan: { action: 'relaunch' }, ...recorder() }).screenshot, undefined);
});
