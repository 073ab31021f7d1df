import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { appEntryUrl, appOrigin } from '../../electron/policy/app-origin.ts';
import { isNavigationAllowed, isRequestAllowed, windowOpenHandler } from '../../electron/policy/navigation.ts';

describe('isNavigationAllowed', () => {
  test('the app page itself is allowed, with or without a fragment or query', () => {
    for (const url of [appEntryUrl, `${appOrigin}/`, `${appOrigin}/index.html#/queue`, `${appOrigin}/index.html?elder=1`, 'KIOSK://APP/index.html']) {
      assert.equal(isNavigationAllowed(url, appOrigin), true, url);
    }
  });

  test('every other destination is blocked', () => {
    const blocked = [
      'https://example.com/',
      'http://127.0.0.1:8080/index.html',
      'javascript:alert(1)',
      'data:text/html,<h1>hi</h1>',
      'file:///etc/passwd',
      'file:///work/main/dist/renderer/index.html',
      'about:blank',
      'chrome://settings',
      'devtools://devtools/bundled/inspector.html',
      'blob:kiosk://app/0b1c',
      `${appOrigin}/app.js`,
      `${appOrigin}/other.html`,
      `${appOrigin}/../index.html/x`,
      'kiosk://app:8080/index.html',
      'kiosk://app@evil/index.html',
      'kiosk://evil@app/index.html',
      'kiosk://user:pw@app/index.html',
      'kiosk://app.evil/index.html',
      'kiosk://evilapp/index.html',
      'kiosk:app/index.html',
      'kiosk:///index.html',
      'kiosk://app\\evil/index.html',
      'other://app/index.html',
      '',
      'not a url',
    ];
    for (const url of blocked) assert.equal(isNavigationAllowed(url, appOrigin), false, url);
  });

  test('a malformed app origin trusts nothing', () => {
    assert.equal(isNavigationAllowed(appEntryUrl, 'not an origin'), false);
  });
});

describe('isRequestAllowed', () => {
  test('the app may load its own files and in-memory resources', () => {
    for (const url of [`${appOrigin}/app.js`, `${appOrigin}/assets/noto-1a2b.woff2`, 'data:image/png;base64,AAAA', 'blob:kiosk://app/4f1d-22']) {
      assert.equal(isRequestAllowed(url, appOrigin), true, url);
    }
  });

  test('nothing on the network or the disk is reachable from the page', () => {
    for (const url of ['https://central.example.cn/api', 'http://localhost:3000/', 'ws://127.0.0.1:9000/', 'file:///etc/shadow', 'blob:https://evil.example/1', 'kiosk://app@evil/app.js', 'ftp://x/']) {
      assert.equal(isRequestAllowed(url, appOrigin), false, url);
    }
  });
});

test('window.open is always denied', () => {
  assert.deepEqual(windowOpenHandler(), { action: 'deny' });
});
