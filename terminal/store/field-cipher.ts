// Field-level encryption of personal data at rest: AES-256-GCM per value, random 96-bit IV.
// The key lives in its own file beside (not inside) the database, readable by the kiosk user
// only, so a copied database file, an exported log bundle or a backup of kiosk.db alone
// reveals no names or ID numbers. See README "Personal data at rest".
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSecretFile } from './secret-file.ts';

const VERSION = 1;

export interface FieldCipher {
  seal(plaintext: string): Buffer;
  open(sealed: Buffer): string;
  /** The same sealing for bytes (事项办理's captured pages and signature, issue 24). */
  sealBytes(plaintext: Uint8Array): Buffer;
  openBytes(sealed: Buffer): Buffer;
}

export function createFieldCipher(key: Buffer): FieldCipher {
  if (key.length !== 32) throw new Error('store key must be 32 bytes (AES-256)');
  const sealBytes = (plaintext: Uint8Array): Buffer => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  };
  const openBytes = (sealed: Buffer): Buffer => {
    if (sealed[0] !== VERSION) throw new Error(`unknown sealed-field version ${sealed[0]}`);
    const iv = sealed.subarray(1, 13);
    const tag = sealed.subarray(13, 29);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]);
  };
  return {
    seal: (plaintext) => sealBytes(Buffer.from(plaintext, 'utf8')),
    open: (sealed) => openBytes(sealed).toString('utf8'),
    sealBytes,
    openBytes,
  };
}

/** Reads the store key from DATA_DIR/keys/store.key, creating it (mode 0600) on first start. */
export function loadOrCreateStoreKey(dataDir: string): Buffer {
  const file = join(dataDir, 'keys', 'store.key');
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`store key ${file} is damaged (expected 32 bytes, base64)`);
    return key;
  }
  const key = randomBytes(32);
  writeSecretFile(file, key.toString('base64') + '\n', { exclusive: true });
  return key;
}
