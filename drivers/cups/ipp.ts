// The few IPP/1.1 messages the kiosk sends to CUPS (RFC 8010 encoding): Get-Printer-Attributes and
// Get-Job-Attributes, and the decoder for their answers. Pure: bytes in, values out.

export const IPP_OPERATION = { cancelJob: 0x0008, getJobAttributes: 0x0009, getPrinterAttributes: 0x000b } as const;

const TAG = {
  operationAttributes: 0x01,
  endOfAttributes: 0x03,
  integer: 0x21,
  boolean: 0x22,
  enum: 0x23,
  uri: 0x45,
  charset: 0x47,
  naturalLanguage: 0x48,
  nameWithoutLanguage: 0x42,
  keyword: 0x44,
} as const;

export type IppValue = string | number | boolean;

export interface IppResponse {
  /** 0x0000–0x00ff success; 0x0406 client-error-not-found; see RFC 8011 §4.1.6. */
  statusCode: number;
  requestId: number;
  /** Every attribute of every group, by name; a multi-valued attribute keeps all its values. */
  attributes: Map<string, IppValue[]>;
}

function attribute(tag: number, name: string, values: string[]): Buffer {
  const parts: Buffer[] = [];
  values.forEach((value, i) => {
    const nameBytes = Buffer.from(i === 0 ? name : '', 'utf8');
    const valueBytes = Buffer.from(value, 'utf8');
    const head = Buffer.alloc(3);
    head.writeUInt8(tag, 0);
    head.writeUInt16BE(nameBytes.length, 1);
    const len = Buffer.alloc(2);
    len.writeUInt16BE(valueBytes.length, 0);
    parts.push(head, nameBytes, len, valueBytes);
  });
  return Buffer.concat(parts);
}

/** An IPP request whose target is a printer-uri or a job-uri. */
export function encodeIppRequest(opts: {
  operation: number;
  requestId: number;
  target: { printerUri: string } | { jobUri: string };
  requestedAttributes?: string[];
  userName?: string;
}): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt16BE(0x0101, 0); // IPP/1.1: every CUPS since 1.0 answers it
  head.writeUInt16BE(opts.operation, 2);
  head.writeUInt32BE(opts.requestId, 4);
  const target = 'printerUri' in opts.target ? attribute(TAG.uri, 'printer-uri', [opts.target.printerUri]) : attribute(TAG.uri, 'job-uri', [opts.target.jobUri]);
  return Buffer.concat([
    head,
    Buffer.from([TAG.operationAttributes]),
    attribute(TAG.charset, 'attributes-charset', ['utf-8']),
    attribute(TAG.naturalLanguage, 'attributes-natural-language', ['en']),
    target,
    attribute(TAG.nameWithoutLanguage, 'requesting-user-name', [opts.userName ?? 'kiosk']),
    opts.requestedAttributes?.length ? attribute(TAG.keyword, 'requested-attributes', opts.requestedAttributes) : Buffer.alloc(0),
    Buffer.from([TAG.endOfAttributes]),
  ]);
}

export class IppDecodeError extends Error {}

/** Decodes an IPP response; throws IppDecodeError on a truncated or malformed message. */
export function decodeIppResponse(bytes: Uint8Array): IppResponse {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const need = (at: number, n: number) => {
    if (at + n > buf.length) throw new IppDecodeError(`IPP response cut short at byte ${at} (needs ${n} more, has ${buf.length - at})`);
  };
  need(0, 8);
  const statusCode = buf.readUInt16BE(2);
  const requestId = buf.readUInt32BE(4);
  const attributes = new Map<string, IppValue[]>();
  let at = 8;
  let lastName = '';
  for (;;) {
    need(at, 1);
    const tag = buf.readUInt8(at);
    if (tag === TAG.endOfAttributes) break;
    if (tag < 0x10) {
      at += 1; // a group delimiter: operation, job, printer… attributes; names are unique enough here
      continue;
    }
    need(at, 3);
    const nameLength = buf.readUInt16BE(at + 1);
    need(at + 3, nameLength + 2);
    const name = nameLength ? buf.toString('utf8', at + 3, at + 3 + nameLength) : lastName;
    const valueLength = buf.readUInt16BE(at + 3 + nameLength);
    const start = at + 5 + nameLength;
    need(start, valueLength);
    const raw = buf.subarray(start, start + valueLength);
    let value: IppValue;
    if ((tag === TAG.integer || tag === TAG.enum) && valueLength === 4) value = raw.readInt32BE(0);
    else if (tag === TAG.boolean && valueLength === 1) value = raw.readUInt8(0) !== 0;
    else value = raw.toString('utf8');
    const list = attributes.get(name) ?? [];
    list.push(value);
    attributes.set(name, list);
    lastName = name;
    at = start + valueLength;
  }
  return { statusCode, requestId, attributes };
}

/** RFC 8011 job-state values. */
export const JOB_STATE = { pending: 3, held: 4, processing: 5, stopped: 6, canceled: 7, aborted: 8, completed: 9 } as const;
/** RFC 8011 printer-state values. */
export const PRINTER_STATE = { idle: 3, processing: 4, stopped: 5 } as const;
export const IPP_NOT_FOUND = 0x0406;
