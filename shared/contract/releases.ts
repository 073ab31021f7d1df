// Releases and staged rollouts (issue 12): the manifest an admin signs offline with the release key,
// what a kiosk reports about updates in its heartbeat, and what the hub offers it in the answer.
// The release key is not the hub's document key: the hub verifies and stores releases but holds
// no key that could make one, so a compromised hub cannot push code to the fleet.
import { createHash, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from './canonical-json.ts';
import { publicKeyFromBase64 } from './public-key.ts';

// Not imported from schemas.ts, which imports this file (the heartbeat carries update reports).
const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** x.y.z (with an optional -pre.1 tail): what package.json says and heartbeats report. */
export const releaseVersionSchema = z.string().regex(/^\d{1,6}\.\d{1,6}\.\d{1,6}(-[0-9A-Za-z.-]{1,32})?$/, 'must be a version like 1.4.2');

export const releaseManifestSchema = z
  .strictObject({
    version: releaseVersionSchema,
    bundle: z.strictObject({
      /** Lower-case hex SHA-256 of the bundle file (a .tar.gz of the app directory). */
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex characters'),
      size: z.number().int().min(1),
    }),
    /** A kiosk running an older version than this refuses the release (it needs a stop between). */
    minFromVersion: releaseVersionSchema,
    storeSchema: z.strictObject({
      /** The kiosk store's migration version this release brings (terminal/store/migrations.ts). */
      version: z.number().int().min(1),
      /**
       * The lowest store code version that can still run on a store this release migrated: the
       * release's new migrations are forward-compatible down to it. A kiosk whose running
       * version's store code is older refuses the release, since a rollback could not open its data.
       */
      readableFrom: z.number().int().min(1),
    }),
    created: isoDateTimeSchema,
  })
  .refine((m) => m.storeSchema.readableFrom <= m.storeSchema.version, { message: 'storeSchema.readableFrom cannot be above storeSchema.version', path: ['storeSchema', 'readableFrom'] });
export type ReleaseManifest = z.infer<typeof releaseManifestSchema>;

export const signedReleaseSchema = z.strictObject({
  manifest: releaseManifestSchema,
  /** base64 ed25519 by the release key over canonicalJson(manifest). */
  signature: z.string().min(1).max(200),
});
export type SignedRelease = z.infer<typeof signedReleaseSchema>;

export function signManifest(releaseKey: KeyObject, manifest: ReleaseManifest): SignedRelease {
  return { manifest, signature: sign(null, Buffer.from(canonicalJson(manifest)), releaseKey).toString('base64') };
}

export function verifyManifest(publicKey: KeyObject | string, signed: SignedRelease): boolean {
  const key = typeof publicKey === 'string' ? publicKeyFromBase64(publicKey) : publicKey;
  try {
    return verify(null, Buffer.from(canonicalJson(signed.manifest)), key, Buffer.from(signed.signature, 'base64'));
  } catch {
    return false;
  }
}

export function sha256HexOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Numeric x.y.z comparison; a pre-release sorts before its release (1.2.0-rc.1 < 1.2.0). */
export function compareVersions(a: string, b: string): number {
  const split = (v: string) => {
    const [core, pre] = v.split('-', 2) as [string, string | undefined];
    return { parts: core.split('.').map(Number), pre };
  };
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.parts[i] ?? 0) - (y.parts[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return x.pre < y.pre ? -1 : 1;
}

/**
 * Which hundredth of the fleet a terminal is in, 0…99, from a hash of its id alone: the same
 * terminals go first in every rollout, and a stage of p % takes exactly those with bucket < p.
 */
export function rolloutBucket(terminalId: string): number {
  return createHash('sha256').update(terminalId).digest().readUInt32BE(0) % 100;
}

// ---- in the heartbeat ---------------------------------------------------------------------------

export const updateFailureSchema = z.strictObject({
  version: releaseVersionSchema,
  /** Why the kiosk went back (or refused): a sentence for the admin, never personal data. */
  reason: z.string().min(1).max(500),
  at: isoDateTimeSchema,
});
export type UpdateFailure = z.infer<typeof updateFailureSchema>;

/** The kiosk's update report, in the heartbeat request (optional: older kiosks send none). */
export const updateReportSchema = z.strictObject({
  /** The latest failures (rolled back, or refused before installing), newest first. */
  failures: z.array(updateFailureSchema).max(10),
});

/**
 * A failure that is a rollback, read from its reason: the supervisor (supervisor/updater/switcher.ts,
 * `rollBack`) ends the reason of a version it went back from with "; back on <previous>", while a
 * refusal (the kiosk never installed it) has no such tail. Read, not added as a field, so kiosks
 * already in the field are understood, and a new kiosk's heartbeat stays valid for an older hub
 * (the report is a strict object). tests/supervisor/updater/switcher.test.ts pins the two together.
 */
export function rollbackOf(failure: UpdateFailure): { version: string; backOn: string; why: string } | null {
  const match = /^([\s\S]*); back on (\S+)$/.exec(failure.reason);
  if (!match || !releaseVersionSchema.safeParse(match[2]).success) return null;
  return { version: failure.version, backOn: match[2]!, why: match[1]! };
}

/** What the hub offers in the heartbeat answer: the release this terminal should run. */
export const releaseOfferSchema = signedReleaseSchema.extend({
  /** Where to fetch the bundle (signed GET, HTTP Range supported). */
  bundlePath: z.string().regex(/^\/v1\/releases\/[^/]+\/bundle$/),
});
export type ReleaseOffer = z.infer<typeof releaseOfferSchema>;

// ---- admin --------------------------------------------------------------------------------------

export const publishReleaseRequestSchema = signedReleaseSchema.extend({
  /** The bundle, base64. */
  bundleBase64: z.string().min(1),
});
export const releaseViewSchema = z.object({
  version: releaseVersionSchema,
  size: z.number().int(),
  sha256: z.string(),
  minFromVersion: releaseVersionSchema,
  storeSchema: z.object({ version: z.number().int(), readableFrom: z.number().int() }),
  created: isoDateTimeSchema,
  publishedAt: isoDateTimeSchema,
});
export type ReleaseView = z.infer<typeof releaseViewSchema>;

export const rolloutStateSchema = z.enum(['running', 'paused', 'halted', 'aborted', 'completed']);
export const createRolloutRequestSchema = z.strictObject({
  version: releaseVersionSchema,
  /** Percent of the fleet at each stage, rising; the last stage is usually 100. */
  stages: z
    .array(z.number().int().min(1).max(100))
    .min(1)
    .max(10)
    .refine((s) => s.every((p, i) => i === 0 || p > s[i - 1]!), 'stages must rise, e.g. [5, 25, 100]')
    .default([5, 25, 100]),
  /** This many terminals failing on the new version halt the rollout by itself. */
  haltAfterFailures: z.number().int().min(1).max(1000).default(2),
});
export type CreateRolloutRequest = z.input<typeof createRolloutRequestSchema>;
export const rolloutActionSchema = z.enum(['pause', 'resume', 'abort', 'advance']);
export const rolloutViewSchema = z.object({
  rolloutId: z.string(),
  version: releaseVersionSchema,
  stages: z.array(z.number().int()),
  stageIndex: z.number().int(),
  percent: z.number().int(),
  state: rolloutStateSchema,
  /** Why it halted or was aborted. */
  reason: z.string().nullable(),
  haltAfterFailures: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  /** Terminals whose last heartbeat reports this version. */
  terminalsOnVersion: z.number().int(),
  failures: z.array(z.object({ terminalId: z.string(), reason: z.string(), at: isoDateTimeSchema })),
});
export type RolloutView = z.infer<typeof rolloutViewSchema>;

/** A rollback on a terminal no admin has acknowledged yet: a warning on the terminal until one does. */
export const terminalRollbackSchema = z.object({
  /** The version it left, and the one it went back to. */
  version: releaseVersionSchema,
  backOn: z.string(),
  /** Why, as the supervisor recorded it. */
  why: z.string(),
  /** When it rolled back (the kiosk's clock). */
  at: isoDateTimeSchema,
});
export type TerminalRollback = z.infer<typeof terminalRollbackSchema>;

export const acknowledgeRollbackRequestSchema = z.strictObject({
  /** Who acknowledges, in the admin's words (the hub adds whether the console or the token was used). */
  by: z.string().trim().min(1).max(80).optional(),
});
export const acknowledgedRollbackSchema = terminalRollbackSchema.extend({
  acknowledgedAt: isoDateTimeSchema,
  acknowledgedBy: z.string(),
});
export const acknowledgeRollbackResponseSchema = z.object({ acknowledged: z.array(acknowledgedRollbackSchema) });
export type AcknowledgeRollbackResponse = z.infer<typeof acknowledgeRollbackResponseSchema>;
