// How a KioskApi message that carries bytes (a spoken prompt's WAV, issue 19) crosses the browser
// shell's WebSocket: one binary frame, never base64 inside JSON. Encoding a 780 kB clip as base64,
// parsing a megabyte of JSON text and decoding it again cost the page about 0.3 s of CPU per clip;
// a binary frame is handed to the page as an ArrayBuffer and the clip is a view of it.
//
// Frame: a 4-byte big-endian length N, N bytes of UTF-8 JSON, then the byte fields one after the
// other. In the JSON each byte field is `{"$bytes":[offset,length]}` (offset after the JSON).
// A message without bytes stays an ordinary text frame. Electron's IPC needs none of this: its
// structured clone carries a Uint8Array as it is.

const marker = '$bytes';
const headerBytes = 4;

/** A message as one WebSocket frame: its JSON text, or a binary frame when it holds a Uint8Array. */
export function encodeFrame(message: unknown): string | Uint8Array {
  const parts: Uint8Array[] = [];
  let offset = 0;
  // The holder's own value: a Uint8Array reaches the replacer as it is (a Node Buffer would first
  // be turned into a number array by its toJSON, so the core hands out plain Uint8Arrays).
  const json = JSON.stringify(message, function (this: Record<string, unknown>, key, value: unknown) {
    const own = this[key];
    if (!(own instanceof Uint8Array)) return value;
    parts.push(own);
    offset += own.byteLength;
    return { [marker]: [offset - own.byteLength, own.byteLength] };
  });
  if (parts.length === 0) return json;
  const text = new TextEncoder().encode(json);
  const frame = new Uint8Array(headerBytes + text.byteLength + offset);
  new DataView(frame.buffer).setUint32(0, text.byteLength);
  frame.set(text, headerBytes);
  let at = headerBytes + text.byteLength;
  for (const part of parts) {
    frame.set(part, at);
    at += part.byteLength;
  }
  return frame;
}

const isByteRef = (value: unknown): value is { [marker]: [number, number] } => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === marker;
};

/**
 * The message in one frame: text is JSON; binary is the layout above, each byte field becoming a
 * Uint8Array view of the frame (no copy). Throws on anything malformed.
 */
export function decodeFrame(data: string | ArrayBuffer): unknown {
  if (typeof data === 'string') return JSON.parse(data);
  if (data.byteLength < headerBytes) throw new Error('binary frame shorter than its header');
  const jsonLength = new DataView(data).getUint32(0);
  const bytesStart = headerBytes + jsonLength;
  if (bytesStart > data.byteLength) throw new Error('binary frame shorter than its JSON');
  const json = new TextDecoder().decode(new Uint8Array(data, headerBytes, jsonLength));
  return JSON.parse(json, (_key, value: unknown) => {
    if (!isByteRef(value)) return value;
    const [offset, length] = value[marker];
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0 || bytesStart + offset + length > data.byteLength) {
      throw new Error('binary frame: a byte field outside the frame');
    }
    return new Uint8Array(data, bytesStart + offset, length);
  });
}
