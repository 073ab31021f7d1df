import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { describeDeniedPermission, permissionDecision } from '../../electron/policy/permissions.ts';
import { parseShellArgs, ShellArgsError } from '../../electron/policy/shell-args.ts';

describe('permissionDecision', () => {
  test('every permission Electron can ask about is refused, even for the app itself (the camera aside)', () => {
    const names = ['geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'keyboardLock', 'fullscreen', 'openExternal',
      'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'idle-detection', 'window-management', 'serial', 'hid', 'usb', 'fileSystem', 'unknown'];
    for (const name of names) {
      assert.equal(permissionDecision(name, 'kiosk://app/index.html'), false, name);
      assert.equal(permissionDecision(name, 'https://evil.example/'), false, name);
      assert.equal(permissionDecision(name, 'kiosk://app/index.html', ['video']), false, name);
    }
  });

  test("the document camera (issue 24): video for the app's own page only, never the microphone, never another origin", () => {
    assert.equal(permissionDecision('media', 'kiosk://app/index.html', ['video']), true);
    assert.equal(permissionDecision('media', 'kiosk://app', ['video']), true, 'a check names the origin only');
    assert.equal(permissionDecision('media', 'kiosk://app/index.html', ['audio']), false);
    assert.equal(permissionDecision('media', 'kiosk://app/index.html', ['video', 'audio']), false);
    assert.equal(permissionDecision('media', 'kiosk://app/index.html', []), false, 'unknown kinds: refused');
    assert.equal(permissionDecision('media', 'kiosk://app/index.html', ['unknown']), false);
    assert.equal(permissionDecision('media', 'https://evil.example/', ['video']), false);
    assert.equal(permissionDecision('media', 'kiosk://app.evil.example/', ['video']), false);
    assert.equal(permissionDecision('media', 'not a url', ['video']), false);
  });

  test('the log line names the permission and origin only', () => {
    assert.equal(describeDeniedPermission('media', 'kiosk://app/index.html?name=张三'), 'kiosk: denied permission "media" requested by kiosk://app');
    assert.equal(describeDeniedPermission('x"; rm -rf /', 'nonsense'), 'kiosk: denied permission "(unrecognised)" requested by (unknown origin)');
  });
});

describe('parseShellArgs', () => {
  test('reads --config and --data-dir in both spellings among Electron and Playwright switches', () => {
    const argv = ['/usr/lib/electron', '--inspect=0', '--remote-debugging-port=0', 'dist/electron/main.cjs', '--config', '/etc/kiosk/config.json', '--data-dir=/var/lib/kiosk', '--no-sandbox'];
    assert.deepEqual(parseShellArgs(argv), { configPath: '/etc/kiosk/config.json', dataDir: '/var/lib/kiosk', windowed: false, supervised: false });
  });

  test('passes on the central hub and enrollment code npm start hands over', () => {
    const argv = ['electron', 'main.cjs', '--central-url', 'http://127.0.0.1:8700', '--enroll=ABCD-EFGH-JKMN'];
    assert.deepEqual(parseShellArgs(argv), { centralUrl: 'http://127.0.0.1:8700', enrollCode: 'ABCD-EFGH-JKMN', windowed: false, supervised: false });
    assert.throws(() => parseShellArgs(['electron', 'main.cjs', '--enroll']), /--enroll needs a value/);
  });

  test('defaults: no config file, no data dir, kiosk mode, restarting itself', () => {
    assert.deepEqual(parseShellArgs(['electron', 'main.cjs']), { windowed: false, supervised: false });
    assert.equal(parseShellArgs(['electron', 'main.cjs', '--windowed']).windowed, true);
    assert.equal(parseShellArgs(['/usr/bin/township-kiosk', '--supervised', '--data-dir', '/var/lib/kiosk']).supervised, true);
  });

  test('an option without a value is a clear error naming the option', () => {
    assert.throws(() => parseShellArgs(['electron', 'main.cjs', '--config']), (err: Error) => err instanceof ShellArgsError && /--config needs a value/.test(err.message));
    assert.throws(() => parseShellArgs(['electron', 'main.cjs', '--data-dir', '--windowed']), /--data-dir needs a value/);
    assert.throws(() => parseShellArgs(['electron', 'main.cjs', '--data-dir=']), /--data-dir needs a value/);
  });
});
