// The README's enrolling command line, run again after a restart: the same code finds the kiosk
// already enrolled and it starts as the same terminal; a new code re-enrolls it.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentral, type RunningCentral } from '../../../central/server.ts';
import { loadIdentity } from '../../../terminal/sync/identity.ts';
import { startKioskProcess } from '../../support/kiosk-process.ts';
import { adminRequest, newEnrollmentCode } from '../../support/hub-admin.ts';

type Rig = { central: RunningCentral; dataDir: string; config: { central: { url: string } } };

/** A hub in this process and an empty data dir for kiosk processes pointed at it. */
async function withHub(run: (rig: Rig) => Promise<void>): Promise<void> {
  const central = await startCentral({ port: 0, inMemory: true, logLevel: 'silent' });
  const root = mkdtempSync(join(tmpdir(), 'kiosk-reenroll-'));
  const dataDir = join(root, 'data');
  mkdirSync(dataDir);
  try {
    await run({ central, dataDir, config: { central: { url: central.url } } });
  } finally {
    await central.close();
    rmSync(root, { recursive: true, force: true });
  }
}

test('restarting with the same --enroll CODE keeps the terminal; a new code makes a new one', { timeout: 120_000 }, () =>
  withHub(async ({ central, dataDir, config }) => {
    const code = await newEnrollmentCode(central);
    const first = await startKioskProcess({ dataDir, config, args: ['--enroll', code] });
    assert.equal(await first.stop(), 0);
    const enrolledAs = loadIdentity(dataDir)!.terminalId;

    const again = await startKioskProcess({ dataDir, config, args: ['--enroll', code] });
    assert.equal(await again.stop(), 0, again.stderr());
    assert.equal(loadIdentity(dataDir)!.terminalId, enrolledAs, 'still the same terminal');

    const moved = await startKioskProcess({ dataDir, config, args: ['--enroll', await newEnrollmentCode(central)] });
    assert.equal(await moved.stop(), 0);
    const now = loadIdentity(dataDir)!.terminalId;
    assert.notEqual(now, enrolledAs, 'a new code enrolls anew');
    const terminals = (await adminRequest(central, 'GET', '/v1/admin/terminals')) as { terminalId: string }[];
    assert.deepEqual(terminals.map((t) => t.terminalId).sort(), [enrolledAs, now].sort());
  }));

test('a damaged enrollment record is mended by enrolling again with a new code', { timeout: 120_000 }, () =>
  withHub(async ({ central, dataDir, config }) => {
    const first = await startKioskProcess({ dataDir, config, args: ['--enroll', await newEnrollmentCode(central)] });
    assert.equal(await first.stop(), 0);
    writeFileSync(join(dataDir, 'keys', 'enrollment.json'), '{"terminalId": "half a write'); // torn by a power cut

    const mended = await startKioskProcess({ dataDir, config, args: ['--enroll', await newEnrollmentCode(central)] });
    assert.equal(await mended.stop(), 0, mended.stderr());
    assert.match(loadIdentity(dataDir)!.terminalId, /^T[0-9A-Z]{26}$/);
  }));
