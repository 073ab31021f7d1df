// Technician mode in the core: the PIN (kept hashed), the growing lockout, leaving by itself, and
// diagnostics and log export that carry nothing of residents.
import { describe, test, afterEach } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPin, verifyPin } from '../../terminal/technician/pin-hash.ts';
import { createCoreHarness } from '../support/core-harness.ts';
import { hanResident } from '../support/fixtures.ts';

const PIN = '482913';
const pinHash = hashPin(PIN);

describe('technician mode', () => {
  let core: ReturnType<typeof createCoreHarness> | undefined;
  const stick = mkdtempSync(join(tmpdir(), 'kiosk-usb-'));
  afterEach(() => core?.close());

  test('the PIN is kept as a salted scrypt hash that only the PIN verifies', () => {
    assert.ok(!pinHash.includes(PIN));
    assert.notEqual(hashPin(PIN), pinHash, 'salted: the same PIN hashes differently each time');
    assert.ok(verifyPin(PIN, pinHash));
    assert.ok(!verifyPin('482914', pinHash));
    assert.throws(() => hashPin('12'), /4 to 12 digits/);
  });

  test('without a PIN in the configuration it cannot be entered, and says how to set one', async () => {
    core = createCoreHarness();
    const result = await core.terminal.technicianEnter({ pin: '0000' });
    assert.deepEqual([result.ok, !result.ok && result.reason], [false, 'no-pin-set']);
    assert.match(!result.ok ? result.message : '', /technician-pin/);
  });

  test('entering ends the resident\'s visit; diagnostics answer only while in the mode', async () => {
    core = createCoreHarness({ technician: { pinHash } });
    core.cardReader.place(hanResident);
    assert.ok((await core.terminal.getStatus({})).session);
    await assert.rejects(core.terminal.technicianDiagnostics({}), /维护模式已退出/);
    assert.deepEqual(await core.terminal.technicianEnter({ pin: PIN }), { ok: true });
    assert.equal((await core.terminal.getStatus({})).session, null, 'the visit was wiped first');
    const diagnostics = await core.terminal.technicianDiagnostics({});
    assert.equal(diagnostics.devices.printer.state, 'ready');
    assert.match(diagnostics.versions.software, /\d/);
    assert.ok(!JSON.stringify(diagnostics).includes(hanResident.name));
    assert.ok(!JSON.stringify(diagnostics).includes(hanResident.idNumber));
  });

  test('a card placed in technician mode is a test read: the masked name is shown and no visit starts; a test slip prints', async () => {
    core = createCoreHarness({ technician: { pinHash } });
    const shown: string[] = [];
    core.terminal.on('technicianCard', ({ maskedName }) => shown.push(maskedName));
    await core.terminal.technicianEnter({ pin: PIN });
    core.cardReader.place(hanResident);
    assert.deepEqual(shown, ['张*民']);
    assert.equal((await core.terminal.getStatus({})).session, null);
    assert.deepEqual(await core.terminal.technicianTestPrint({}), { ok: true, message: '测试凭条已打印，请查看纸面。' });
    assert.equal(core.printer.printed.length, 1, 'one slip went to the printer');
  });

  test('a test read in technician mode does not tell the resident screen a card is being read (issue 21)', async () => {
    core = createCoreHarness({ technician: { pinHash } });
    const residentScreen: string[] = [];
    core.terminal.on('cardReading', () => residentScreen.push('cardReading'));
    core.terminal.on('session', () => residentScreen.push('session'));
    await core.terminal.technicianEnter({ pin: PIN });
    core.cardReader.emit('reading');
    core.cardReader.place(hanResident);
    await core.terminal.technicianLeave({});
    // Nothing would end a "正在读取身份证…" notice: the attract screen must come back plain.
    assert.deepEqual(residentScreen, [], 'no reading notice, no visit, behind the technician pages');
    core.cardReader.emit('reading');
    assert.deepEqual(residentScreen, ['cardReading'], 'out of technician mode, a placed card is announced again');
  });

  test('five wrong PINs lock it for a minute, the next five for two; a restart does not reset it', async () => {
    core = createCoreHarness({ technician: { pinHash } });
    for (let i = 0; i < 4; i++) assert.equal(((await core.terminal.technicianEnter({ pin: '0000' })) as { reason: string }).reason, 'wrong-pin');
    const locked = await core.terminal.technicianEnter({ pin: '0000' });
    assert.deepEqual(!locked.ok && [locked.reason, locked.lockedSeconds], ['locked', 60]);
    const evenRight = await core.terminal.technicianEnter({ pin: PIN });
    assert.equal(!evenRight.ok && evenRight.reason, 'locked', 'the right PIN does not open a locked gesture');
    core.clock.advance(61_000);
    for (let i = 0; i < 4; i++) await core.terminal.technicianEnter({ pin: '1111' });
    const longer = await core.terminal.technicianEnter({ pin: '1111' });
    assert.equal(!longer.ok && longer.lockedSeconds, 120);
    // What a kiosk started again on the same store (the plug pulled) reads: still locked.
    const again = (await import('../../terminal/technician/lockout.ts')).lockedForMs(core.db, core.clock.now());
    assert.ok(again > 100_000);
    core.clock.advance(121_000);
    assert.deepEqual(await core.terminal.technicianEnter({ pin: PIN }), { ok: true });
  });

  test('it leaves by itself after the idle time, and a touch starts that time again', async () => {
    core = createCoreHarness({ technician: { pinHash, idleSeconds: 120 } });
    const changes: boolean[] = [];
    core.terminal.on('technician', ({ active }) => changes.push(active));
    await core.terminal.technicianEnter({ pin: PIN });
    core.clock.advance(100_000);
    await core.terminal.technicianTouch({});
    core.clock.advance(100_000);
    assert.deepEqual(changes, [true], 'still in: touched 100 s ago');
    core.clock.advance(21_000);
    assert.deepEqual(changes, [true, false]);
    await assert.rejects(core.terminal.technicianDiagnostics({}), /维护模式已退出/);
  });

  test('the log bundle goes to an offered folder only, written whole, without the resident who was there', async () => {
    core = createCoreHarness({ technician: { pinHash, exportDirs: [stick] } });
    core.cardReader.place(hanResident);
    await core.terminal.technicianEnter({ pin: PIN });
    const { exportTargets } = await core.terminal.technicianDiagnostics({});
    assert.ok(exportTargets.includes(stick));
    await assert.rejects(core.terminal.technicianExportLogs({ target: '/etc' }), /没有找到可写入的 U 盘目录/);
    const saved = await core.terminal.technicianExportLogs({ target: stick });
    assert.deepEqual(readdirSync(stick), [saved.file.slice(stick.length + 1)], 'no partial file left');
    const text = readFileSync(saved.file, 'utf8');
    assert.equal(JSON.parse(text).kind, 'kiosk-log-bundle');
    for (const secret of [hanResident.name, hanResident.idNumber, hanResident.address]) assert.ok(!text.includes(secret), secret);
    rmSync(stick, { recursive: true, force: true });
  });
});
