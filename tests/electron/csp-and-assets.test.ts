import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { appOrigin } from '../../electron/policy/app-origin.ts';
import { resolveAppAsset } from '../../electron/policy/app-assets.ts';
import { appResponseHeaders } from '../../electron/policy/csp.ts';
import { contentSecurityPolicy } from '../../shared/content-security-policy.ts';

function directives(): Map<string, string[]> {
  return new Map(contentSecurityPolicy().split(';').map((part) => {
    const [name, ...values] = part.trim().split(/\s+/);
    return [name, values];
  }));
}

describe('contentSecurityPolicy', () => {
  test('denies by default and allows scripts only from the app itself', () => {
    const csp = directives();
    assert.deepEqual(csp.get('default-src'), ["'none'"]);
    assert.deepEqual(csp.get('script-src'), ["'self'"]);
    assert.deepEqual(csp.get('object-src'), ["'none'"]);
    assert.deepEqual(csp.get('base-uri'), ["'none'"]);
    assert.deepEqual(csp.get('frame-ancestors'), ["'none'"]);
    assert.deepEqual(csp.get('form-action'), ["'none'"]);
  });

  test('no inline script, no eval, no remote host anywhere', () => {
    const text = contentSecurityPolicy();
    assert.doesNotMatch(text, /unsafe-inline|unsafe-eval|wasm-unsafe-eval|https?:|\*/);
  });

  test('every response of the app protocol carries the CSP and refuses sniffing and caching', () => {
    const headers = appResponseHeaders('text/html; charset=utf-8');
    assert.equal(headers['Content-Security-Policy'], contentSecurityPolicy());
    assert.equal(headers['Content-Type'], 'text/html; charset=utf-8');
    assert.equal(headers['X-Content-Type-Options'], 'nosniff');
    assert.equal(headers['Cache-Control'], 'no-store');
    assert.match(headers['Permissions-Policy'], /serial=\(\)/);
  });
});

describe('resolveAppAsset', () => {
  const root = resolve('/opt/kiosk/dist/renderer');

  test('the page and its files map into the renderer folder with the right type', () => {
    assert.deepEqual(resolveAppAsset(`${appOrigin}/`, root, appOrigin), { filePath: join(root, 'index.html'), mimeType: 'text/html; charset=utf-8' });
    assert.deepEqual(resolveAppAsset(`${appOrigin}/index.html#x`, root, appOrigin)?.filePath, join(root, 'index.html'));
    assert.deepEqual(resolveAppAsset(`${appOrigin}/app.js?v=2`, root, appOrigin), { filePath: join(root, 'app.js'), mimeType: 'text/javascript; charset=utf-8' });
    assert.equal(resolveAppAsset(`${appOrigin}/assets/noto-ab12.woff2`, root, appOrigin)?.mimeType, 'font/woff2');
    assert.equal(resolveAppAsset(`${appOrigin}/assets/%E5%A3%B0%E9%9F%B3.mp3`, root, appOrigin)?.filePath, join(root, 'assets', '声音.mp3'));
  });

  test('nothing outside the renderer folder, nor from another origin, nor of an unknown type', () => {
    const refused = [
      `${appOrigin}/..%2f..%2fsecret.json`,
      `${appOrigin}/..%5c..%5csecret.json`,
      `${appOrigin}/a%00.html`,
      `${appOrigin}/%E0%A4%A.js`,
      `${appOrigin}/data/kiosk.sqlite`,
      `${appOrigin}/store.key`,
      `${appOrigin}/bin/run.sh`,
      'kiosk://app@evil/index.html',
      'kiosk://other/index.html',
      'file:///opt/kiosk/dist/renderer/index.html',
      'https://app/index.html',
    ];
    for (const url of refused) assert.equal(resolveAppAsset(url, root, appOrigin), null, url);
  });

  test('plain ".." segments are clamped at the folder root, as a browser does', () => {
    assert.equal(resolveAppAsset(`${appOrigin}/../../../etc/passwd.html`, root, appOrigin)?.filePath, join(root, 'etc', 'passwd.html'));
    assert.equal(resolveAppAsset(`${appOrigin}/%2e%2e/%2e%2e/secret.json`, root, appOrigin)?.filePath, join(root, 'secret.json'));
  });
});
