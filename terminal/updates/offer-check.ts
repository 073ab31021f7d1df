// Whether the kiosk takes a release the hub offers (issue 12): the hub is not trusted to choose
// code, so the manifest must verify with the release key pinned in this terminal's own config,
// and the release must be safe to go back from.
import { compareVersions, releaseOfferSchema, verifyManifest, type ReleaseOffer } from '../../shared/contract/releases.ts';

export interface OfferContext {
  /** updates.releasePublicKey; null: this terminal takes no updates. */
  pinnedKey: string | null;
  runningVersion: string;
  /** The newest store migration the running version knows (terminal/store/migrations.ts). */
  runningStoreVersion: number;
  /** Versions that failed here before (rolled back or refused): not tried again. */
  failedVersions: ReadonlySet<string>;
  /** A version already downloaded, verified and waiting for the switch. */
  pendingVersion: string | null;
}

export type OfferDecision =
  | { action: 'ignore'; why: string }
  | { action: 'refuse'; version: string; reason: string }
  | { action: 'fetch'; offer: ReleaseOffer };

export function checkOffer(raw: unknown, ctx: OfferContext): OfferDecision {
  if (raw === null || raw === undefined) return { action: 'ignore', why: 'no release offered' };
  const parsed = releaseOfferSchema.safeParse(raw);
  if (!parsed.success) {
    const version = typeof (raw as { manifest?: { version?: unknown } }).manifest?.version === 'string' ? String((raw as { manifest: { version: string } }).manifest.version).slice(0, 40) : 'unknown';
    return { action: 'refuse', version, reason: `the offered release is malformed: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}` };
  }
  const offer = parsed.data;
  const m = offer.manifest;
  if (!ctx.pinnedKey) return { action: 'ignore', why: 'no release key pinned (updates.releasePublicKey): this terminal takes no updates' };
  if (m.version === ctx.runningVersion) return { action: 'ignore', why: `already running ${m.version}` };
  if (ctx.failedVersions.has(m.version)) return { action: 'ignore', why: `${m.version} failed here before` };
  if (m.version === ctx.pendingVersion) return { action: 'ignore', why: `${m.version} is ready and waiting for a quiet moment` };
  if (!verifyManifest(ctx.pinnedKey, offer)) {
    return { action: 'refuse', version: m.version, reason: `the manifest of ${m.version} is not signed by the release key this terminal trusts` };
  }
  if (compareVersions(ctx.runningVersion, m.minFromVersion) < 0) {
    return { action: 'refuse', version: m.version, reason: `${m.version} updates only from ${m.minFromVersion} or later; this terminal runs ${ctx.runningVersion}` };
  }
  const store = m.storeSchema;
  if (store.version > ctx.runningStoreVersion && store.readableFrom > ctx.runningStoreVersion) {
    return {
      action: 'refuse',
      version: m.version,
      reason: `${m.version} migrates the store to ${store.version}, which ${ctx.runningVersion} (store ${ctx.runningStoreVersion}) could not open after a rollback; the manifest does not declare it forward-compatible (readableFrom ${store.readableFrom})`,
    };
  }
  return { action: 'fetch', offer };
}
