// The kiosk's identity towards central: its own ed25519 key pair (made here, the private key never
// leaves DATA_DIR/keys, mode 0600), the terminal id central gave it, and central's public key
// pinned at enrollment — the only key whose documents this kiosk will ever apply.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { writeSecretFile } from '../store/secret-file.ts';
import { join } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { privateKeyFromPem, privateKeyToPem, publicKeyToBase64 } from '../../shared/contract/signing.ts';
import { publicKeySchema, terminalIdSchema, terminalNumberSchema } from '../../shared/contract/schemas.ts';

export interface TerminalIdentity {
  terminalId: string;
  privateKey: KeyObject;
  publicKey: string;
  centralPublicKey: string;
  /** Where it enrolled; informational (the configured central.url is what the agent calls). */
  centralUrl: string;
  enrolledAt: string;
  /** sha256 of the one-time code used, so a restart with the same `--enroll CODE` is recognised. */
  enrollmentCodeHash?: string;
  /**
   * The terminal's number at the hub (1–9999), the first four digits of its 办件编号. Absent in an
   * identity stored before hubs gave numbers: case numbers then start 0000 until it enrolls again.
   */
  terminalNumber?: number;
}

const enrollmentFileSchema = z.strictObject({
  terminalId: terminalIdSchema,
  centralPublicKey: publicKeySchema,
  centralUrl: z.string(),
  enrolledAt: z.string(),
  enrollmentCodeHash: z.string().optional(),
  terminalNumber: terminalNumberSchema.optional(),
});

const keyFile = (dataDir: string) => join(dataDir, 'keys', 'terminal-ed25519.pem');
const enrollmentFile = (dataDir: string) => join(dataDir, 'keys', 'enrollment.json');

/** The stored identity, or null when this kiosk has not enrolled. Throws when the files are damaged. */
export function loadIdentity(dataDir: string): TerminalIdentity | null {
  if (!existsSync(enrollmentFile(dataDir)) || !existsSync(keyFile(dataDir))) return null;
  const parsed = enrollmentFileSchema.safeParse(JSON.parse(readFileSync(enrollmentFile(dataDir), 'utf8')));
  if (!parsed.success) throw new Error(`${enrollmentFile(dataDir)} is damaged: enroll the kiosk again (--enroll CODE)`);
  const privateKey = privateKeyFromPem(readFileSync(keyFile(dataDir), 'utf8'));
  return { ...parsed.data, privateKey, publicKey: publicKeyToBase64(privateKey) };
}

/** The stored identity, or null when there is none or it is damaged: enrolling again replaces it. */
export function loadIdentityIfSound(dataDir: string): TerminalIdentity | null {
  try {
    return loadIdentity(dataDir);
  } catch {
    return null;
  }
}

/**
 * Keeps the terminal number the hub named (a heartbeat answer) when the stored identity lacks it
 * or holds another: only enrollment.json is rewritten, atomically; the key is not touched.
 */
export function recordTerminalNumber(dataDir: string, terminalNumber: number): void {
  const file = enrollmentFile(dataDir);
  if (!existsSync(file)) return;
  const parsed = enrollmentFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success || parsed.data.terminalNumber === terminalNumber) return;
  writeSecretFile(file, JSON.stringify({ ...parsed.data, terminalNumber }, null, 2) + '\n');
}

/** Stores a new identity. The key file is written first: an enrollment record never exists without its key. */
export function saveIdentity(dataDir: string, identity: TerminalIdentity): void {
  rmSync(enrollmentFile(dataDir), { force: true });
  writeSecretFile(keyFile(dataDir), privateKeyToPem(identity.privateKey));
  const record: z.infer<typeof enrollmentFileSchema> = {
    terminalId: identity.terminalId,
    centralPublicKey: identity.centralPublicKey,
    centralUrl: identity.centralUrl,
    enrolledAt: identity.enrolledAt,
    enrollmentCodeHash: identity.enrollmentCodeHash,
    terminalNumber: identity.terminalNumber,
  };
  writeSecretFile(enrollmentFile(dataDir), JSON.stringify(record, null, 2) + '\n');
}
