// The provisioning wizard in the core: what it finds on the ports, what it writes to the
// configuration file (only what the technician set, validated, the rest of the file kept), what
// takes effect at once and what waits for the next start, and that it answers only in technician mode.
import { describe, test, afterEach } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, parseConfig } from '../../config/load.ts';
import { hashPin, verifyPin } from '../../terminal/technician/pin-hash.ts';
import { createCoreHarness } from '../support/core-harness.ts';

const PIN = '482913';

function setup(fileJson: Record<string, unknown>, opts: { restart?: () => void; discovered?: string[][] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-provision-'));
  const configPath = join(dir, 'kiosk.json');
  writeFileSync(configPath, JSON.stringify(fileJson));
  const skipped: string[][] = [];
  const core = createCoreHarness(fileJson, {
    provisioning: {
      configPath,
      discover: async (skip) => {
        skipped.push(skip);
        return [
          { path: '/dev/ttyUSB1', answers: 'card-reader', baudRate: 115200, samId: '05.01-20240101-0000000001' },
          { path: '/dev/ttyUSB2', answers: 'printer', baudRate: 9600 },
          { path: '/dev/ttyS0', answers: null, note: 'no permission to open it (add the kiosk user to the dialout group)' },
        ];
      },
      enroll: async (code) => {
        if (code !== 'ABCD-EFGH-JKMN') throw new Error('enrollment refused: 403 code unknown or used');
        return { terminalId: 't-0042' };
      },
      restart: () => opts.restart ?? null,
      layer: (c) => c,
    },
  });
  return { core, dir, configPath, skipped, file: () => JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, any> };
}

describe('provisioning wizard (core)', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  test('answers only in technician mode', async () => {
    const rig = setup({ technician: { pinHash: hashPin(PIN) } });
    close = rig.core.close;
    await assert.rejects(rig.core.terminal.technicianDiscoverPorts({}), /维护模式已退出/);
    await assert.rejects(rig.core.terminal.technicianSaveSetup({ orientation: 'landscape' }), /维护模式已退出/);
    await assert.rejects(rig.core.terminal.technicianEnroll({ code: 'ABCD-EFGH-JKMN' }), /维护模式已退出/);
    await assert.rejects(rig.core.terminal.technicianRestart({}), /维护模式已退出/);
    assert.equal(rig.file().ui, undefined, 'nothing was written');
  });

  test('discovery lists who answered where; the ports the kiosk holds open are shown as in use, not probed', async () => {
    const rig = setup({ technician: { pinHash: hashPin(PIN) }, devices: { printer: { protocol: 'escpos', path: '/dev/ttyACM0' } } });
    close = rig.core.close;
    await rig.core.terminal.technicianEnter({ pin: PIN });
    const found = await rig.core.terminal.technicianDiscoverPorts({});
    assert.deepEqual(rig.skipped, [['/dev/ttyACM0']]);
    assert.deepEqual(
      found.ports.map((p) => [p.path, p.answers, p.inUse]),
      [
        ['/dev/ttyACM0', 'printer', true],
        ['/dev/ttyUSB1', 'card-reader', false],
        ['/dev/ttyUSB2', 'printer', false],
        ['/dev/ttyS0', null, false],
      ],
    );
    assert.match(found.ports[3]!.note ?? '', /dialout/);
    assert.deepEqual(found.simulated, { cardReader: true, printer: false });
  });

  test('saving writes ports, site, orientation and the PIN hash to the file, keeps the rest, and says ports wait for a restart', async () => {
    const rig = setup({
      technician: { pinHash: hashPin(PIN), idleSeconds: 120 },
      session: { idleTimeoutSeconds: 90 },
      devices: { printer: { protocol: 'escpos', columns: 32, match: { vendorId: '0416' } } },
    });
    close = rig.core.close;
    await rig.core.terminal.technicianEnter({ pin: PIN });
    const result = await rig.core.terminal.technicianSaveSetup({
      site: { name: '东升街道便民服务中心', code: 'SL-DS-07' },
      orientation: 'landscape',
      cardReader: { path: '/dev/ttyUSB1', baudRate: 115200 },
      printer: { path: '/dev/ttyUSB2', baudRate: 9600 },
      pin: '771204',
    });
    assert.equal(result.restartNeeded, true);
    assert.equal(result.canRestart, false, 'not supervised here');
    assert.match(result.message, /下次启动时生效/);

    const file = rig.file();
    assert.deepEqual(file.site, { name: '东升街道便民服务中心', code: 'SL-DS-07' });
    assert.equal(file.ui.orientation, 'landscape');
    assert.deepEqual(file.devices.cardReader, { protocol: 'idcard-sam', path: '/dev/ttyUSB1', baudRate: 115200 });
    assert.deepEqual(file.devices.printer, { protocol: 'escpos', columns: 32, path: '/dev/ttyUSB2', baudRate: 9600 }, 'columns kept; the old adapter match dropped');
    assert.equal(file.session.idleTimeoutSeconds, 90, 'keys the wizard does not own are kept');
    assert.equal(file.technician.idleSeconds, 120);
    assert.ok(!JSON.stringify(file).includes('771204'), 'the PIN itself is never written');
    assert.ok(verifyPin('771204', file.technician.pinHash));
    assert.doesNotThrow(() => loadConfig(rig.configPath), 'the file passes the schema');
    assert.deepEqual(readdirSync(rig.dir), ['kiosk.json'], 'no temporary file left beside it');

    // Site and orientation at once; the new PIN opens technician mode from now on.
    const status = await rig.core.terminal.getStatus({});
    assert.equal(status.site.code, 'SL-DS-07');
    assert.equal(status.ui.orientation, 'landscape');
    await rig.core.terminal.technicianLeave({});
    assert.equal((await rig.core.terminal.technicianEnter({ pin: PIN })).ok, false, 'the old PIN no longer works');
    assert.equal((await rig.core.terminal.technicianEnter({ pin: '771204' })).ok, true);
  });

  test('a bad value is refused with the field named, and the file is left as it was', async () => {
    const rig = setup({ technician: { pinHash: hashPin(PIN) } });
    close = rig.core.close;
    await rig.core.terminal.technicianEnter({ pin: PIN });
    const before = readFileSync(rig.configPath, 'utf8');
    await assert.rejects(rig.core.terminal.technicianSaveSetup({ site: { name: '东升', code: 'SL DS 07' } }), /设置未保存.*site\.code/);
    await assert.rejects(rig.core.terminal.technicianSaveSetup({ site: { name: '', code: 'SL-DS-07' } }), /site\.name/);
    assert.equal(readFileSync(rig.configPath, 'utf8'), before);
    assert.equal((await rig.core.terminal.getStatus({})).site.code, 'SL-DS-01');
  });

  test('ui.orientation is portrait unless set, and a wrong value names the field', () => {
    assert.equal(parseConfig({}, 'test').ui.orientation, 'portrait');
    assert.throws(() => parseConfig({ ui: { orientation: 'sideways' } }, 'kiosk.json'), /field "ui\.orientation": must be "portrait" or "landscape"/);
  });

  test('orientation only: applies at once, no restart needed', async () => {
    const rig = setup({ technician: { pinHash: hashPin(PIN) } });
    close = rig.core.close;
    await rig.core.terminal.technicianEnter({ pin: PIN });
    const result = await rig.core.terminal.technicianSaveSetup({ orientation: 'landscape' });
    assert.deepEqual([result.restartNeeded, result.message], [false, '已保存，已生效。']);
  });

  test('enrollment with the typed code; a refused code says why; restart is offered only when supervised', async () => {
    const restarts: string[] = [];
    const rig = setup({ technician: { pinHash: hashPin(PIN) } }, { restart: () => restarts.push('restart') });
    close = rig.core.close;
    await rig.core.terminal.technicianEnter({ pin: PIN });
    await assert.rejects(rig.core.terminal.technicianEnroll({ code: 'WRONG' }), /注册失败：enrollment refused: 403/);
    const enrolled = await rig.core.terminal.technicianEnroll({ code: 'ABCD-EFGH-JKMN' });
    assert.equal(enrolled.terminalId, 't-0042');
    assert.equal(enrolled.canRestart, true);
    assert.deepEqual(await rig.core.terminal.technicianRestart({}), { ok: true });
    await new Promise((r) => setTimeout(r, 500)); // the restart waits for the answer to reach the screen
    assert.deepEqual(restarts, ['restart']);
  });

  test('unsupervised, "restart now" is refused with what to do instead', async () => {
    const rig = setup({ technician: { pinHash: hashPin(PIN) } });
    close = rig.core.close;
    await rig.core.terminal.technicianEnter({ pin: PIN });
    await assert.rejects(rig.core.terminal.technicianRestart({}), /手动重启/);
  });
});
