// Releases on the hub: verified against the release public key before they are stored, served to
// terminals byte for byte (the bundle by HTTP Range, so a broken download resumes).
import type { Database } from '../storage/database.ts';
import { isoOf } from '../storage/database.ts';
import { HttpError } from '../http-errors.ts';
import { sha256HexOf, signedReleaseSchema, verifyManifest, type ReleaseView, type SignedRelease } from '../../shared/contract/releases.ts';

export interface PublishInput extends SignedRelease {
  bundle: Buffer;
}

/** Refuses (and stores nothing) unless the signature, hash and size all check out. */
export async function publishRelease(db: Database, releasePublicKey: string | null, input: PublishInput, now: Date): Promise<ReleaseView> {
  if (!releasePublicKey) {
    throw new HttpError(409, 'no-release-key', 'this hub has no release public key: start it with CENTRAL_RELEASE_PUBLIC_KEY (kioskctl release keygen prints it), then publish again');
  }
  const signed: SignedRelease = { manifest: input.manifest, signature: input.signature };
  if (!verifyManifest(releasePublicKey, signed)) {
    throw new HttpError(422, 'bad-signature', `the manifest of ${input.manifest.version} is not signed by the release key this hub trusts; nothing was stored`);
  }
  const { sha256, size } = input.manifest.bundle;
  if (input.bundle.length !== size || sha256HexOf(input.bundle) !== sha256) {
    throw new HttpError(422, 'bad-hash', `the bundle of ${input.manifest.version} does not match its manifest (${input.bundle.length} bytes, expected ${size}; or a different SHA-256); nothing was stored`);
  }
  const inserted = await db.query(
    `INSERT INTO releases (version, manifest, signature, bundle, published_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (version) DO NOTHING RETURNING version`,
    [input.manifest.version, JSON.stringify(input.manifest), input.signature, input.bundle, now.toISOString()],
  );
  if (inserted.length === 0) throw new HttpError(409, 'release-exists', `release ${input.manifest.version} is already published; a version is published once (bump it)`);
  return viewOf(signed, now);
}

function viewOf(signed: SignedRelease, publishedAt: Date | string): ReleaseView {
  const m = signed.manifest;
  return { version: m.version, size: m.bundle.size, sha256: m.bundle.sha256, minFromVersion: m.minFromVersion, storeSchema: m.storeSchema, created: m.created, publishedAt: isoOf(publishedAt) };
}

type ReleaseRow = { version: string; manifest: string; signature: string; published_at: Date | string };

function parseRow(row: ReleaseRow): SignedRelease {
  return signedReleaseSchema.parse({ manifest: JSON.parse(row.manifest), signature: row.signature });
}

export async function listReleases(db: Database): Promise<ReleaseView[]> {
  const rows = await db.query<ReleaseRow>('SELECT version, manifest, signature, published_at FROM releases ORDER BY published_at DESC');
  return rows.map((row) => viewOf(parseRow(row), row.published_at));
}

export async function readSignedRelease(db: Database, version: string): Promise<SignedRelease | null> {
  const rows = await db.query<ReleaseRow>('SELECT version, manifest, signature, published_at FROM releases WHERE version = $1', [version]);
  return rows[0] ? parseRow(rows[0]) : null;
}

/**
 * readSignedRelease, remembered: a version is published once and never changed or removed, so what
 * one hub process read stays true for every other process on the same database.
 */
export function cachedSignedReleases(db: Database): (version: string) => Promise<SignedRelease | null> {
  const known = new Map<string, SignedRelease>();
  return async (version) => {
    const hit = known.get(version);
    if (hit) return hit;
    const read = await readSignedRelease(db, version);
    if (read) known.set(version, read);
    return read;
  };
}

/** Bytes [start, start+length) of a bundle, read in the database (never the whole bundle for a range). */
export async function readBundleRange(db: Database, version: string, start: number, length: number): Promise<{ bytes: Buffer; total: number } | null> {
  const rows = await db.query<{ part: Uint8Array; total: number | string }>(
    'SELECT substring(bundle FROM $2 FOR $3) AS part, octet_length(bundle) AS total FROM releases WHERE version = $1',
    [version, start + 1, length],
  );
  const row = rows[0];
  return row ? { bytes: Buffer.from(row.part), total: Number(row.total) } : null;
}
