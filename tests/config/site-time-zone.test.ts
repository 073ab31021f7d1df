// 开具时间 and 取号时间 follow the site's zone (issue 21): `site.timeZone` defaults to Beijing time,
// a technician's typo stops start-up with the key and an example, and a county may push its zone.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, parseConfig } from '../../config/load.ts';
import { applyRemoteConfig } from '../../config/remote-layer.ts';

test('a site keeps Beijing time unless its file names another zone', () => {
  assert.equal(loadConfig().site.timeZone, 'Asia/Shanghai');
  assert.equal(parseConfig({ site: { timeZone: 'Asia/Urumqi' } }, 'x.json').site.timeZone, 'Asia/Urumqi');
});

test('a zone that is not an IANA name stops start-up naming the file, the key and an example', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'kiosk-config-')), 'kiosk.json');
  for (const bad of ['Beijing', 'Asia/Shangai', '+08:00', 'UTC+8', '']) {
    writeFileSync(file, JSON.stringify({ site: { timeZone: bad } }));
    assert.throws(
      () => loadConfig(file),
      (err: Error) => err instanceof ConfigError && err.message.includes(file) && /field "site\.timeZone": .*Asia\/Shanghai/.test(err.message),
      `"${bad}" is refused`,
    );
  }
});

test('a county pushes its zone like any site setting; a bad one is refused and the old one kept', () => {
  const local = parseConfig({}, 'x.json');
  assert.equal(applyRemoteConfig(local, { site: { timeZone: 'Asia/Urumqi' } }).site.timeZone, 'Asia/Urumqi');
  assert.throws(() => applyRemoteConfig(local, { site: { timeZone: 'Urumqi' } }), /site\.timeZone/);
  assert.equal(local.site.timeZone, 'Asia/Shanghai');
});
