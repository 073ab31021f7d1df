// 政务信息查询 through the document channel: guides and notices published at the hub arrive signed,
// are applied to the kiosk, and after a restart with the hub gone they are all still there.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { defaultCatalog } from '../../../config/default-catalog.ts';
import { createTerminal } from '../../../terminal/terminal.ts';
import { startKioskSync } from '../../../terminal/sync/kiosk-sync.ts';
import { createFieldCipher, loadOrCreateStoreKey } from '../../../terminal/store/field-cipher.ts';
import { FakeCardReader, FakePrinter } from '../../support/fake-devices.ts';
import { sampleGuidesRaw } from '../../support/info-samples.ts';
import { createSyncHarness } from './sync-harness.ts';
import { adminRequest } from '../../support/hub-admin.ts';

// A hub and two kiosk cores in one process: slow on a loaded machine, hence its own time limit.
test('guides and notices from the hub are applied, kept, and still searchable after a restart offline', { timeout: 120_000 }, async () => {
  const h = await createSyncHarness();
  const cipher = createFieldCipher(loadOrCreateStoreKey(h.core.dataDir));
  const now = h.core.clock.now();
  const notices = {
    items: [
      { id: 'water', title: '停水通知', text: '周三停水。', publishedAt: new Date(now - 3_600_000).toISOString(), expiresAt: new Date(now + 86_400_000).toISOString() },
    ],
  };
  await adminRequest(h.central, 'PUT', '/v1/admin/documents/guides', { body: sampleGuidesRaw() });
  await adminRequest(h.central, 'PUT', '/v1/admin/documents/notices', { body: notices });
  const first = await startKioskSync({
    config: h.core.config,
    dataDir: h.core.dataDir,
    db: h.core.db,
    cipher,
    terminal: h.core.terminal,
    centralUrl: h.central.url,
    timing: { documentsEveryMs: 100, pollMs: 50 },
  });
  let second: Awaited<ReturnType<typeof startKioskSync>> = null;
  try {
    await h.core.terminal.startAnonymousSession({});
    const until = Date.now() + 60_000;
    while ((await h.core.terminal.infoOverview({})).guideCount === 0 || (await h.core.terminal.listNotices({})).length === 0) {
      assert.ok(Date.now() < until, 'guides or notices not applied');
      await new Promise((r) => setTimeout(r, 50));
    }
    await first?.close();
    await h.central.close(); // the link is gone for good

    // A restarted kiosk: a new core on the same database, syncing towards a hub that is not there.
    const restarted = createTerminal({
      config: h.core.config,
      catalog: defaultCatalog,
      devices: { cardReader: new FakeCardReader(), printer: new FakePrinter() },
      clock: h.core.clock,
      db: h.core.db,
      transactions: h.core.transactions,
      printJobs: h.core.printJobs,
    });
    second = await startKioskSync({ config: h.core.config, dataDir: h.core.dataDir, db: h.core.db, cipher, terminal: restarted, centralUrl: h.central.url, timing: { documentsEveryMs: 3_600_000 } });
    await restarted.startAnonymousSession({});
    const found = (await restarted.searchGuides({ query: 'ylbx' })).guides.map((g) => g.name);
    for (const name of ['城乡居民养老保险待遇领取', '城乡居民基本养老保险参保登记']) assert.ok(found.includes(name), found.join('、'));
    assert.deepEqual((await restarted.listNotices({})).map((n) => n.title), ['停水通知']);
    const printed = await restarted.printGuide({ guideId: 'chusheng-dengji' });
    assert.equal(printed.print.state, 'printed', 'the checklist prints offline');
    await second?.close();
    restarted.close();
  } finally {
    await first?.close();
    await second?.close();
    await h.close();
  }
});
