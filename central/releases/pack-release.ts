// Makes a release from a built app directory on the admin's machine: a .tar.gz of the directory
// (without node_modules, the data dirs and git), and its manifest signed with the release key.
// The release key never leaves that machine: the hub only ever sees the signature.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { privateKeyFromPem, privateKeyToPem, publicKeyToBase64 } from '../../shared/contract/signing.ts';
import { releaseManifestSchema, releaseVersionSchema, sha256HexOf, signManifest, signedReleaseSchema, type SignedRelease } from '../../shared/contract/releases.ts';

export const BUNDLE_FILE = 'bundle.tar.gz';
export const MANIFEST_FILE = 'manifest.json';
/** Never in a bundle: installed per terminal (modules), or data and secrets. */
const EXCLUDED = ['./node_modules', './.git', './.kiosk-data', './.central-data', './release', './coverage'];

export function generateReleaseKey(): { privatePem: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privatePem: privateKeyToPem(privateKey), publicKey: publicKeyToBase64(publicKey) };
}

export function readReleaseKey(file: string): KeyObject {
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read the release key ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    return privateKeyFromPem(pem);
  } catch {
    throw new Error(`${file} is not a release key (an ed25519 PKCS#8 PEM from kioskctl release keygen)`);
  }
}

/** The kiosk store's newest migration in the app directory (terminal/store/migrations.ts). */
export function storeSchemaVersionOf(appDir: string): number {
  const text = readFileSync(join(appDir, 'terminal/store/migrations.ts'), 'utf8');
  const versions = [...text.matchAll(/^\s+version: (\d+),$/gm)].map((m) => Number(m[1]));
  if (versions.length === 0) throw new Error(`no store migrations found in ${appDir}/terminal/store/migrations.ts`);
  return Math.max(...versions);
}

export interface PackOptions {
  appDir: string;
  outDir: string;
  key: KeyObject;
  /** Default: the release's own version (no older kiosk may skip to it unchecked). */
  minFromVersion: string;
  /** Default: the release's store version (its migrations are not declared forward-compatible). */
  storeReadableFrom?: number;
  now?: Date;
}

export function packRelease(opts: PackOptions): SignedRelease {
  const pkg = JSON.parse(readFileSync(join(opts.appDir, 'package.json'), 'utf8')) as { version?: unknown };
  const version = releaseVersionSchema.parse(pkg.version);
  const storeVersion = storeSchemaVersionOf(opts.appDir);
  mkdirSync(opts.outDir, { recursive: true });
  const bundlePath = join(opts.outDir, BUNDLE_FILE);
  // System tar: on every Linux build machine, and it keeps modes and symlinks as they are.
  execFileSync('tar', ['-czf', bundlePath, ...EXCLUDED.map((e) => `--exclude=${e}`), '-C', opts.appDir, '.']);
  const bundle = readFileSync(bundlePath);
  const manifest = releaseManifestSchema.parse({
    version,
    bundle: { sha256: sha256HexOf(bundle), size: bundle.length },
    minFromVersion: opts.minFromVersion,
    storeSchema: { version: storeVersion, readableFrom: opts.storeReadableFrom ?? storeVersion },
    created: (opts.now ?? new Date()).toISOString(),
  });
  const signed = signManifest(opts.key, manifest);
  writeFileSync(join(opts.outDir, MANIFEST_FILE), `${JSON.stringify(signed, null, 2)}\n`);
  return signed;
}

/** A release directory made by packRelease (possibly on another, offline machine). */
export function readReleaseDir(dir: string): { signed: SignedRelease; bundle: Buffer } {
  const manifestPath = join(dir, MANIFEST_FILE);
  if (!existsSync(manifestPath) || !existsSync(join(dir, BUNDLE_FILE))) throw new Error(`${dir} has no ${MANIFEST_FILE} and ${BUNDLE_FILE}: make it with kioskctl release pack`);
  const parsed = signedReleaseSchema.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  if (!parsed.success) throw new Error(`${manifestPath} is not a signed release manifest: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return { signed: parsed.data, bundle: readFileSync(join(dir, BUNDLE_FILE)) };
}
