// The data part of the module's replies: read (30 01 / 30 10) and SAM id (12 FF).
import { TEXT_BLOCK_LENGTH } from './text-block.ts';

export const PHOTO_LENGTH = 1024;
export const FINGERPRINT_LENGTH = 1024;

export interface ReadData {
  text: Uint8Array;
  photo: Uint8Array;
  fingerprint?: Uint8Array;
}

/** Splits a read reply's data: textLen photoLen [fingerprintLen] text photo [fingerprint]. */
export function decodeReadData(data: Uint8Array, withFingerprint: boolean): ReadData | { problem: string } {
  const headerLength = withFingerprint ? 6 : 4;
  if (data.length < headerLength) return { problem: `read reply too short (${data.length} bytes)` };
  const textLen = (data[0] << 8) | data[1];
  const photoLen = (data[2] << 8) | data[3];
  const fpLen = withFingerprint ? (data[4] << 8) | data[5] : 0;
  if (textLen < TEXT_BLOCK_LENGTH) return { problem: `text length ${textLen} is shorter than a text block` };
  if (headerLength + textLen + photoLen + fpLen > data.length)
    return { problem: `read reply announces ${textLen + photoLen + fpLen} bytes but carries ${data.length - headerLength}` };
  let at = headerLength;
  const text = data.slice(at, at + textLen);
  at += textLen;
  const photo = data.slice(at, at + photoLen);
  at += photoLen;
  const fingerprint = withFingerprint ? data.slice(at, at + fpLen) : undefined;
  return { text, photo, fingerprint };
}

export function encodeReadData(text: Uint8Array, photo: Uint8Array, fingerprint?: Uint8Array): Uint8Array {
  const header = fingerprint ? 6 : 4;
  const out = new Uint8Array(header + text.length + photo.length + (fingerprint?.length ?? 0));
  out[0] = text.length >> 8;
  out[1] = text.length & 0xff;
  out[2] = photo.length >> 8;
  out[3] = photo.length & 0xff;
  if (fingerprint) {
    out[4] = fingerprint.length >> 8;
    out[5] = fingerprint.length & 0xff;
  }
  out.set(text, header);
  out.set(photo, header + text.length);
  if (fingerprint) out.set(fingerprint, header + text.length + photo.length);
  return out;
}

/** The module's SAM id as usually printed: 05.01-20101018-0012345678-1234567890 (16 data bytes,
 * little-endian fields). Other lengths are shown as hex. */
export function formatSamId(data: Uint8Array): string {
  if (data.length !== 16) return [...data].map((b) => b.toString(16).padStart(2, '0')).join('');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(view.getUint16(0, true), 2)}.${pad(view.getUint16(2, true), 2)}-${pad(view.getUint32(4, true), 8)}-${pad(
    view.getUint32(8, true),
    10,
  )}-${pad(view.getUint32(12, true), 10)}`;
}
