// What central pushed last (verified when it was pulled) is what the kiosk starts with next time,
// and a cached document that no longer fits is skipped, not fatal.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootKiosk } from '../../terminal/boot.ts';
import { openStore } from '../../terminal/store/open-store.ts';
import { writeCache } from '../../terminal/store/caches.ts';
import { defaultCatalog } from '../../config/default-catalog.ts';

test('the cached pushed config and catalog are layered over the file at start', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-boot-'));
  try {
    const configPath = join(dir, 'kiosk.json');
    writeFileSync(configPath, JSON.stringify({ site: { name: '本地名称' }, session: { idleTimeoutSeconds: 45, warningSeconds: 25 } }));
    const dataDir = join(dir, 'data');
    const db = openStore(dataDir);
    writeCache(db, { kind: 'config', version: 3, etag: '"config-3"', body: JSON.stringify({ site: { name: '推送名称' }, session: { idleTimeoutSeconds: 90 } }), signature: 'checked-at-pull' });
    const catalog = { ...defaultCatalog, version: 'pushed-7', services: defaultCatalog.services.filter((s) => s.kind === 'queue-ticket') };
    writeCache(db, { kind: 'catalog', version: 7, etag: '"catalog-7"', body: JSON.stringify(catalog), signature: 'checked-at-pull' });
    db.close();

    const kiosk = await bootKiosk({ configPath, dataDir });
    try {
      const status = await kiosk.api.getStatus({});
      assert.equal(status.site.name, '推送名称');
      assert.deepEqual(status.idle, { timeoutSeconds: 90, warningSeconds: 25 });
      assert.deepEqual(status.services.map((s) => s.name), ['取号排队']);
    } finally {
      await kiosk.close();
    }

    const again = openStore(dataDir);
    writeCache(again, { kind: 'catalog', version: 8, etag: null, body: JSON.stringify({ version: 'x', services: [] }), signature: null });
    again.close();
    const second = await bootKiosk({ configPath, dataDir });
    try {
      const status = await second.api.getStatus({});
      assert.equal(status.services.length, defaultCatalog.services.length, 'an unusable cached catalog falls back to the built-in one');
    } finally {
      await second.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
