// The kiosk's own checks on a release the hub offers: the hub cannot make it run code the pinned
// release key did not sign, nor a release whose store migration a rollback could not undo.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { publicKeyToBase64 } from '../../../shared/contract/signing.ts';
import { signManifest, type ReleaseManifest } from '../../../shared/contract/releases.ts';
import { checkOffer, type OfferContext } from '../../../terminal/updates/offer-check.ts';

const key = generateKeyPairSync('ed25519').privateKey;
const pinned = publicKeyToBase64(createPublicKey(key));

function offer(changes: Partial<ReleaseManifest> = {}, signWith = key) {
  const manifest: ReleaseManifest = {
    version: '0.2.0',
    bundle: { sha256: 'a'.repeat(64), size: 1000 },
    minFromVersion: '0.1.0',
    storeSchema: { version: 5, readableFrom: 5 },
    created: '2026-11-30T10:00:00.000Z',
    ...changes,
  };
  return { ...signManifest(signWith, manifest), bundlePath: `/v1/releases/${manifest.version}/bundle` };
}

const ctx: OfferContext = { pinnedKey: pinned, runningVersion: '0.1.0', runningStoreVersion: 5, failedVersions: new Set(), pendingVersion: null };

test('a release signed with the pinned key is fetched', () => {
  assert.equal(checkOffer(offer(), ctx).action, 'fetch');
});

test('a manifest signed by another key, or changed after signing, is refused with the reason', () => {
  const forged = checkOffer(offer({}, generateKeyPairSync('ed25519').privateKey), ctx);
  assert.deepEqual(forged.action === 'refuse' && forged.reason, 'the manifest of 0.2.0 is not signed by the release key this terminal trusts');
  const tampered = offer();
  tampered.manifest = { ...tampered.manifest, bundle: { sha256: 'b'.repeat(64), size: 1000 } };
  assert.equal(checkOffer(tampered, ctx).action, 'refuse');
});

test('without a pinned key the terminal takes no updates at all', () => {
  const decision = checkOffer(offer(), { ...ctx, pinnedKey: null });
  assert.equal(decision.action, 'ignore');
});

test('a release that needs a newer starting version is refused', () => {
  const decision = checkOffer(offer({ minFromVersion: '0.1.5' }), ctx);
  assert.equal(decision.action, 'refuse');
  assert.match(decision.action === 'refuse' ? decision.reason : '', /updates only from 0\.1\.5 or later; this terminal runs 0\.1\.0/);
});

test('a store migration a rollback could not open is refused unless the manifest declares it forward-compatible', () => {
  const newer = checkOffer(offer({ storeSchema: { version: 6, readableFrom: 6 } }), ctx);
  assert.equal(newer.action, 'refuse');
  assert.match(newer.action === 'refuse' ? newer.reason : '', /migrates the store to 6, which 0\.1\.0 \(store 5\) could not open after a rollback/);
  assert.equal(checkOffer(offer({ storeSchema: { version: 6, readableFrom: 5 } }), ctx).action, 'fetch', 'declared readable by store 5');
});

test('a version that failed here before, the running one, or one already waiting is not fetched again', () => {
  assert.equal(checkOffer(offer(), { ...ctx, failedVersions: new Set(['0.2.0']) }).action, 'ignore');
  assert.equal(checkOffer(offer(), { ...ctx, runningVersion: '0.2.0' }).action, 'ignore');
  assert.equal(checkOffer(offer(), { ...ctx, pendingVersion: '0.2.0' }).action, 'ignore');
  assert.equal(checkOffer(null, ctx).action, 'ignore');
});

test('a malformed offer is refused, naming the field', () => {
  const decision = checkOffer({ manifest: { version: '0.2.0' }, signature: 'x', bundlePath: '/v1/releases/0.2.0/bundle' }, ctx);
  assert.equal(decision.action, 'refuse');
  assert.match(decision.action === 'refuse' ? decision.reason : '', /malformed: manifest\.bundle/);
});
