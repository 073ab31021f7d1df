import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, parseConfig } from '../../config/load.ts';
import { applyRemoteConfig } from '../../config/remote-layer.ts';

const write = (text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'kiosk-config-')), 'kiosk.json');
  writeFileSync(file, text);
  return file;
};

test('no file gives the documented defaults', () => {
  const config = loadConfig();
  assert.equal(config.session.idleTimeoutSeconds, 60);
  assert.equal(config.session.warningSeconds, 20);
  assert.deepEqual(config.devices.cardReader, { protocol: 'idcard-sam', baudRate: 115200, pollIntervalMs: 80 });
  assert.equal(config.devices.printer.columns, 48);
  assert.equal(config.devices.printer.statusPollSeconds, 5);
  assert.deepEqual(
    { heartbeat: config.central.heartbeatSeconds, timeout: config.central.requestTimeoutSeconds, documents: config.central.documentsEverySeconds },
    { heartbeat: 30, timeout: 15, documents: 60 },
  );
  assert.equal(config.store.retentionDays, 30);
  assert.equal(config.central.url, undefined);
});

test('a bad value stops start-up naming the file and the field', () => {
  const file = write(JSON.stringify({ session: { idleTimeoutSeconds: 'sixty' }, devices: { printer: { protocol: 'escpos', columns: 40 } } }));
  assert.throws(
    () => loadConfig(file),
    (err: Error) =>
      err instanceof ConfigError &&
      err.message.includes(file) &&
      /field "session\.idleTimeoutSeconds"/.test(err.message) &&
      /field "devices\.printer\.columns": must be 32 \(58 mm paper\), 42 or 48/.test(err.message),
  );
});

test('unknown keys, broken JSON and a line-reader pattern without its group are refused', () => {
  assert.throws(() => loadConfig(write('{"sesion": {}}')), /field "\(top level\)".*sesion|sesion/);
  assert.throws(() => loadConfig(write('{ not json')), /not valid JSON/);
  assert.throws(() => loadConfig(join(tmpdir(), 'no-such-kiosk.json')), /cannot read the file/);
  assert.throws(
    () => parseConfig({ devices: { cardReader: { protocol: 'line', pattern: '^(\\d+)$' } } }, 'x.json'),
    /devices\.cardReader\.pattern.*named group/,
  );
});

test('device paths and USB identity are taken as given', () => {
  const config = parseConfig(
    { devices: { cardReader: { protocol: 'idcard-sam', path: '/dev/serial/by-id/usb-1a86-if00', match: { vendorId: '1a86', productId: '7523' } } } },
    'x.json',
  );
  assert.equal(config.devices.cardReader.path, '/dev/serial/by-id/usb-1a86-if00');
  assert.deepEqual(config.devices.cardReader.match, { vendorId: '1a86', productId: '7523' });
});

test('a pushed configuration merges deeply over the file, and may not touch devices or the hub address', () => {
  const local = parseConfig(
    { site: { name: '东升街道便民服务中心' }, session: { idleTimeoutSeconds: 90, warningSeconds: 30 }, central: { url: 'https://hub.example.gov.cn' } },
    'x.json',
  );
  const merged = applyRemoteConfig(local, { session: { idleTimeoutSeconds: 120 }, ui: { elderMode: true } });
  assert.equal(merged.session.idleTimeoutSeconds, 120);
  assert.equal(merged.session.warningSeconds, 30, 'a key the push did not name keeps its local value');
  assert.equal(merged.site.name, '东升街道便民服务中心');
  assert.equal(merged.ui.elderMode, true);
  assert.throws(() => applyRemoteConfig(local, { devices: { printer: { protocol: 'escpos', columns: 32 } } }), /may only set site, session, store, ui, central, demand, hall; it tried devices/);
  assert.throws(() => applyRemoteConfig(local, { central: { url: 'http://evil.example' } }), /central\.url is set on each terminal only/);
  const slower = applyRemoteConfig(local, { central: { heartbeatSeconds: 120 } });
  assert.equal(slower.central.heartbeatSeconds, 120, 'sync timings may be pushed fleet-wide');
  assert.equal(slower.central.url, 'https://hub.example.gov.cn', 'and the hub address stays the terminal’s own');
  assert.throws(() => applyRemoteConfig(local, { session: { idleTimeoutSeconds: -1 } }), /session\.idleTimeoutSeconds/);
  // The hall's queue (issue 25): its rules may be pushed; which kiosk is the host is set on each kiosk.
  assert.equal(applyRemoteConfig(local, { hall: { enabled: true, recallLimit: 1 } }).hall.recallLimit, 1);
  assert.throws(() => applyRemoteConfig(local, { hall: { host: { url: 'http://192.168.1.20:8470', code: '135790' } } }), /hall\.host is set on each terminal only/);
  assert.throws(() => parseConfig({ hall: { enabled: true, host: { url: 'http://203.0.113.9:8470', code: '135790' } } }, 'x.json'), /hall\.host\.url.*private address/);
});
