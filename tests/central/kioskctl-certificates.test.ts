// `kioskctl certificates load FILE` as an admin uses it to prepare a demo or a test: a YAML list
// loads and a kiosk can then get the certificate; a bad file is refused naming the record and
// field, and loads nothing.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enrollTerminal, hubFactory, signedCall, type HubUnderTest, type TestTerminal } from './helpers/hub.ts';
import { runKioskctl } from './helpers/processes.ts';

describe('kioskctl certificates load', { timeout: 120_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'central-cert-cli-'));
  let hub: HubUnderTest;
  let terminal: TestTerminal;
  const ctl = (...args: string[]) => runKioskctl(['--url', hub.url, ...args], { CENTRAL_ADMIN_TOKEN: hub.adminToken });
  const ask = (type: string) => signedCall(hub, terminal, 'POST', '/v1/certificates', { body: { type, idNumber: '43052419880923101X', name: '龙建军' } });

  beforeAll(async () => {
    hub = await hubFactory(() => null)();
    terminal = await enrollTerminal(hub, { siteCode: 'HX-01', siteName: '虎形山瑶族乡' });
  });
  afterAll(async () => {
    await hub?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('a bad record is refused with its place and field; nothing of the file is loaded', async () => {
    const file = join(dataDir, 'bad.yaml');
    writeFileSync(
      file,
      `- { idNumber: "43052419880923101X", name: 龙建军, type: household-registration, body: 户籍在花瑶村5组, authority: 隆回县公安局 }\n- { idNumber: "4305", name: 龙建军, type: residence, body: x, authority: y }\n`,
    );
    const result = await ctl('certificates', 'load', file);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /records\.1\.idNumber/);
    assert.equal((await ask('household-registration')).status, 422, 'the good record in the refused file was not loaded');
  });

  test('a YAML list loads, and a kiosk then gets that certificate', async () => {
    const file = join(dataDir, 'records.yaml');
    writeFileSync(file, `- idNumber: "43052419880923101X"\n  name: 龙建军\n  type: household-registration\n  body: 兹证明龙建军，苗族，户籍登记在隆回县虎形山瑶族乡花瑶村5组。\n  authority: 隆回县公安局虎形山派出所\n`);
    const result = await ctl('certificates', 'load', file);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /loaded 1 certificate record/);
    const issued = await ask('household-registration');
    assert.equal(issued.status, 201);
    assert.equal(issued.json.authority, '隆回县公安局虎形山派出所');
  });
});
