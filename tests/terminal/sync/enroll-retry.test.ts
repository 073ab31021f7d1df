// Enrolling over a poor link: passing failures are retried with the same key pair, and a success
// whose answer was lost is answered again by the hub, so the one-time code is not burnt.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentral } from '../../../central/server.ts';
import { startFaultProxy, onlyPath } from '../../support/fault-proxy.ts';
import { enroll, EnrollmentError } from '../../../terminal/sync/enroll.ts';
import { loadIdentity } from '../../../terminal/sync/identity.ts';
import { adminRequest, newEnrollmentCode } from '../../support/hub-admin.ts';

const site = { code: 'SITE-1', name: '示例镇便民服务中心' };
const enrollPath = onlyPath('/v1/enroll');

// Four faults, each waited out by the kiosk's back-off (on a manual clock here).
test('enrollment rides out 500, 429, a cut answer and a lost answer, and enrolls one terminal', { timeout: 90_000 }, async () => {
  const central = await startCentral({ port: 0, inMemory: true, logLevel: 'silent' });
  const proxy = await startFaultProxy({ target: central.url });
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-enroll-'));
  try {
    proxy.next(
      [{ kind: 'status', status: 500 }, { kind: 'too-many', retryAfter: 0 }, { kind: 'drop-answer' }, { kind: 'reset-mid-response' }],
      enrollPath,
    );
    // The back-off between attempts runs on a manual clock (the faults themselves are real: the
    // lost answer still costs the client its 2 s timeout), so the test does not sleep through it.
    let clock = 0;
    const slept: number[] = [];
    const identity = await enroll({
      centralUrl: proxy.url,
      code: await newEnrollmentCode(central),
      dataDir,
      site,
      timeoutMs: 2_000,
      now: () => clock,
      sleep: async (ms) => {
        slept.push(ms);
        clock += ms;
      },
    });
    assert.equal(slept.length, 4, 'it waited once after each fault');
    assert.equal(proxy.log.filter((e) => enrollPath(e.method, e.path)).length, 5, 'four faults met, then an answer');
    const terminals = (await adminRequest(central, 'GET', '/v1/admin/terminals')) as { terminalId: string }[];
    assert.deepEqual(terminals.map((t) => t.terminalId), [identity.terminalId], 'one terminal, the one the kiosk stored');
    assert.equal(loadIdentity(dataDir)?.terminalId, identity.terminalId);
  } finally {
    await proxy.close();
    await central.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a refusal (unknown code) is not retried; a hub that stays down gives up with the reason and the count', async () => {
  const central = await startCentral({ port: 0, inMemory: true, logLevel: 'silent' });
  const proxy = await startFaultProxy({ target: central.url });
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-enroll-'));
  try {
    await assert.rejects(enroll({ centralUrl: proxy.url, code: 'ZZZZ-ZZZZ-ZZZZ', dataDir, site }), (err: Error) => {
      assert.ok(err instanceof EnrollmentError);
      assert.match(err.message, /no such enrollment code/);
      return true;
    });
    assert.equal(proxy.log.length, 1);

    proxy.setDefault({ kind: 'status', status: 503 });
    let clock = 0;
    await assert.rejects(
      enroll({
        centralUrl: proxy.url,
        code: await newEnrollmentCode(central),
        dataDir,
        site,
        retryForMs: 60_000,
        now: () => clock,
        sleep: async (ms) => void (clock += ms),
      }),
      /enrollment refused: central answered 503.*\(gave up after \d+ attempts\)/,
    );
    assert.ok(proxy.log.length > 3, `retried ${proxy.log.length - 1} times within the minute`);
    assert.equal(loadIdentity(dataDir), null, 'no identity is stored');
  } finally {
    await proxy.close();
    await central.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
