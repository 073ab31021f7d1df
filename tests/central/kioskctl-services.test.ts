// kioskctl for the resident services of issue 9, as an admin runs it: `publish guides|notices|matters
// FILE` (a broken file lists each problem with the item it is in, and nothing is published) and
// `topic results ID`.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { runKioskctl } from './helpers/processes.ts';
import { sampleGuidesFile, sampleNoticesFile } from '../support/info-samples.ts';
import { enrollTerminal, hubFactory, sendBatch, type HubUnderTest } from './helpers/hub.ts';
import { mattersBody, voteItem } from './suites/public-matters.ts';

describe('kioskctl for guides, notices and public matters', { timeout: 120_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kioskctl-info-'));
  let hub: HubUnderTest;
  // The admin keeps the hub's token in a file, as a hub started from its command line writes it.
  const tokenFile = join(dataDir, 'admin-token');
  const ctl = (...args: string[]) => runKioskctl(['--url', hub.url, '--token-file', tokenFile, ...args]);

  beforeAll(async () => {
    hub = await hubFactory(() => null)();
    writeFileSync(tokenFile, `${hub.adminToken}\n`, { mode: 0o600 });
  });
  afterAll(async () => {
    await hub?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('the sample guides and notices (YAML) are published', async () => {
    const guides = await ctl('publish', 'guides', sampleGuidesFile);
    assert.equal(guides.code, 0, guides.stderr);
    assert.match(guides.stdout, /published guides version 1/);
    const notices = await ctl('publish', 'notices', sampleNoticesFile);
    assert.equal(notices.code, 0, notices.stderr);
    assert.match(notices.stdout, /published notices version 1/);
  });

  test('a broken guides file names the item and the field, and publishes nothing', async () => {
    const body = parse(readFileSync(sampleGuidesFile, 'utf8'));
    body.items[1].materials[0].copies = 0;
    delete body.items[4].phone;
    const file = join(dataDir, 'broken.yaml');
    writeFileSync(file, stringify(body));
    const refused = await ctl('publish', 'guides', file);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /nothing was published/);
    assert.match(refused.stderr, /items\[1\] "城乡居民养老保险待遇领取", id yanglao-daiyu: field materials\.0\.copies: at least 1 copy/);
    assert.match(refused.stderr, /items\[4\] "城乡居民医疗保险参保登记", id yiliao-canbao: field phone:/);
    // The next good publish is version 2: the broken file took no version.
    const again = await ctl('publish', 'guides', sampleGuidesFile);
    assert.match(again.stdout, /published guides version 2/);
  });

  test('a file that is not YAML says so', async () => {
    const file = join(dataDir, 'bad.yaml');
    writeFileSync(file, 'items: [unclosed');
    const result = await ctl('publish', 'guides', file);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /is not valid YAML/);
  });

  test('publish matters, then topic results shows votes per option, refusals and comments', async () => {
    const file = join(dataDir, 'matters.json');
    writeFileSync(file, JSON.stringify(mattersBody()));
    const published = await ctl('publish', 'matters', file);
    assert.equal(published.code, 0, published.stderr);
    const terminal = await enrollTerminal(hub);
    const items = [voteItem('road-lights', 'yes', '510722196803121230', '晚上太黑'), voteItem('road-lights', 'yes', '510722196803121230'), voteItem('road-lights', 'no', '110101199001011234')];
    assert.equal((await sendBatch(hub, terminal, items)).status, 200);
    const shown = await ctl('topic', 'results', 'road-lights');
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /road-lights: 是否在东村主路安装路灯？/);
    assert.match(shown.stdout, /同意\s+1\s+50%/);
    assert.match(shown.stdout, /不同意\s+1\s+50%/);
    assert.match(shown.stdout, /total: 2\s+refused: 1/);
    assert.match(shown.stdout, /\[同意\] 晚上太黑/);
    assert.ok(!shown.stdout.includes('510722'), 'no ID number in the admin view');
    const unknown = await ctl('topic', 'results', 'nope');
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /unknown-topic/);
  });
});
