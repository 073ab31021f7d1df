// The 256-byte text block of a resident ID card: UCS-2 little-endian, each field space-padded.
// Layout (bytes): name 30 | sex 2 | nation 4 | birth 16 | address 70 | id number 36 | issuer 30 |
// valid-from 16 | valid-until 16 | reserved 36. Parsing and encoding live together so the two
// directions cannot drift apart.
import type { IdentityCard } from '../types.ts';
import { isValidIdNumber } from './id-number.ts';
import { nationCode, nationName } from './nations.ts';

export const TEXT_BLOCK_LENGTH = 256;

export const FIELDS = {
  name: [0, 30],
  sex: [30, 2],
  nation: [32, 4],
  birth: [36, 16],
  address: [52, 70],
  idNumber: [122, 36],
  issuer: [158, 30],
  validFrom: [188, 16],
  validUntil: [204, 16],
  reserved: [220, 36],
} as const satisfies Record<string, readonly [number, number]>;

type FieldName = keyof typeof FIELDS;

export type TextBlockResult =
  | { ok: true; card: Omit<IdentityCard, 'photo'> }
  /** `problem` names the field that failed, never its content (it is personal data). */
  | { ok: false; problem: string };

function field(block: Uint8Array, name: FieldName): string {
  const [start, length] = FIELDS[name];
  const bytes = block.subarray(start, start + length);
  let s = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
  // padding is spaces; some modules pad with NULs instead
  return s.replace(/[\s\u0000]+$/u, '').replace(/^[\s\u0000]+/u, '');
}

/** YYYYMMDD → YYYY-MM-DD when it is a calendar date, else undefined. */
export function isoDate(compact: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(compact);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function sexName(code: string): IdentityCard['sex'] {
  return code === '1' ? '男' : code === '2' ? '女' : '未知';
}

export function parseTextBlock(block: Uint8Array): TextBlockResult {
  if (block.length < TEXT_BLOCK_LENGTH) return { ok: false, problem: `text block has ${block.length} bytes, expected ${TEXT_BLOCK_LENGTH}` };
  const idNumber = field(block, 'idNumber').toUpperCase();
  if (!isValidIdNumber(idNumber)) return { ok: false, problem: 'ID number fails its check digit or format' };
  const name = field(block, 'name');
  if (name.length === 0) return { ok: false, problem: 'name is empty' };
  const birthDate = isoDate(field(block, 'birth'));
  if (!birthDate) return { ok: false, problem: 'birth date is not a date' };
  const validFrom = isoDate(field(block, 'validFrom'));
  if (!validFrom) return { ok: false, problem: 'valid-from is not a date' };
  const until = field(block, 'validUntil');
  const validUntil = until === '长期' ? '长期' : isoDate(until);
  if (!validUntil) return { ok: false, problem: 'valid-until is neither a date nor 长期' };
  const code = field(block, 'nation');
  return {
    ok: true,
    card: {
      kind: 'id-card',
      name,
      sex: sexName(field(block, 'sex')),
      // an unknown code is kept visible for staff rather than refusing a genuine card
      nation: nationName(code) ?? (code ? `未知(${code})` : '未知'),
      birthDate,
      address: field(block, 'address'),
      idNumber,
      issuer: field(block, 'issuer'),
      validFrom,
      validUntil,
    },
  };
}

function putField(block: Uint8Array, name: FieldName, value: string): void {
  const [start, length] = FIELDS[name];
  if (value.length * 2 > length) throw new RangeError(`${name} is ${value.length} characters; the card holds ${length / 2}`);
  for (let i = 0; i < length / 2; i++) {
    const c = i < value.length ? value.charCodeAt(i) : 0x20;
    block[start + 2 * i] = c & 0xff;
    block[start + 2 * i + 1] = c >> 8;
  }
}

const compact = (iso: string) => iso.replaceAll('-', '');

/** Encodes a card into the 256-byte block, as a reader module sends it. Does not validate the ID
 * number, so tests and the simulator can present damaged cards. */
export function encodeTextBlock(card: Omit<IdentityCard, 'photo' | 'kind'> & { kind?: 'id-card' }): Uint8Array {
  const block = new Uint8Array(TEXT_BLOCK_LENGTH);
  const code = nationCode(card.nation);
  if (!code) throw new RangeError(`nation ${card.nation} is not in GB 3304`);
  putField(block, 'name', card.name);
  putField(block, 'sex', card.sex === '男' ? '1' : card.sex === '女' ? '2' : '0');
  putField(block, 'nation', code);
  putField(block, 'birth', compact(card.birthDate));
  putField(block, 'address', card.address);
  putField(block, 'idNumber', card.idNumber);
  putField(block, 'issuer', card.issuer);
  putField(block, 'validFrom', compact(card.validFrom));
  putField(block, 'validUntil', card.validUntil === '长期' ? '长期' : compact(card.validUntil));
  putField(block, 'reserved', '');
  return block;
}
