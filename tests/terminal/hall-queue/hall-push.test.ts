// A pushed `hall` applies without a restart (issue 25): the kiosk booted with the queue off starts
// the counter and display pages when a push makes it the host, a counter added by the next push
// signs in at once, and a push turning the queue off closes the pages.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootKiosk } from '../../../terminal/boot.ts';
import type { Terminal } from '../../../terminal/terminal-types.ts';
import { applyRemoteConfig } from '../../../config/remote-layer.ts';
import { hashPin } from '../../../terminal/technician/pin-hash.ts';
import { deadHttpUrl } from '../../support/dead-address.ts';

/** The pages' answer to a sign-in, or 'closed' when nothing listens; asked until `until` holds. */
async function signInWhen(base: string, counterId: string, until: (status: number | 'closed') => boolean): Promise<number | 'closed'> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const status = await fetch(`${base}/hall/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ counterId, pin: '1111' }) }).then(
      (res) => res.status,
      () => 'closed' as const,
    );
    if (until(status) || Date.now() > deadline) return status;
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('a pushed hall starts, changes and stops the queue host pages without a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-hall-push-'));
  const base = await deadHttpUrl();
  const port = Number(new URL(base).port);
  const configPath = join(dir, 'kiosk.json');
  writeFileSync(configPath, JSON.stringify({ hall: { enabled: false, port } }));
  const kiosk = await bootKiosk({ configPath, dataDir: join(dir, 'data') });
  const terminal = kiosk.api as Terminal;
  // What the sync agent does with a verified push.
  const push = (hall: unknown) => terminal.applyConfig(applyRemoteConfig(terminal.currentConfig(), { hall }));
  try {
    assert.equal(await signInWhen(base, 'w1', () => true), 'closed', 'the queue is off: no pages');
    const w1 = { id: 'w1', number: 1, queues: ['general'], pinHash: hashPin('1111') };
    push({ enabled: true, counters: [w1] });
    assert.equal(await signInWhen(base, 'w1', (s) => s !== 'closed'), 200, 'the push made this kiosk the host: counter 1 signs in');
    assert.equal(await signInWhen(base, 'w2', () => true), 403, 'no counter 2 yet');
    push({ counters: [w1, { ...w1, id: 'w2', number: 2 }] });
    assert.equal(await signInWhen(base, 'w2', (s) => s === 200), 200, 'counter 2, pushed, signs in on the same pages');
    push({ enabled: false });
    assert.equal(await signInWhen(base, 'w1', (s) => s === 'closed'), 'closed', 'the queue pushed off: the pages closed');
  } finally {
    await kiosk.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
