// The IPP codec and lp's answer, byte for byte: what the CUPS driver relies on to follow a job.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { decodeIppResponse, encodeIppRequest, IppDecodeError, IPP_OPERATION } from '../../../drivers/cups/ipp.ts';
import { parseLpRequestId } from '../../../drivers/cups/lp-output.ts';

function attr(tag: number, name: string, value: Buffer): Buffer {
  const head = Buffer.alloc(3);
  head.writeUInt8(tag, 0);
  head.writeUInt16BE(name.length, 1);
  const len = Buffer.alloc(2);
  len.writeUInt16BE(value.length, 0);
  return Buffer.concat([head, Buffer.from(name), len, value]);
}
const int = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n, 0);
  return b;
};

test('a Get-Job-Attributes request names the job, the charset and the attributes asked for', () => {
  const bytes = encodeIppRequest({ operation: IPP_OPERATION.getJobAttributes, requestId: 7, target: { jobUri: 'ipp://localhost/jobs/42' }, requestedAttributes: ['job-state', 'job-state-reasons'] });
  assert.equal(bytes.readUInt16BE(0), 0x0101);
  assert.equal(bytes.readUInt16BE(2), 0x0009);
  assert.equal(bytes.readUInt32BE(4), 7);
  const text = bytes.toString('latin1');
  for (const part of ['attributes-charset', 'utf-8', 'job-uri', 'ipp://localhost/jobs/42', 'job-state', 'job-state-reasons']) assert.ok(text.includes(part), part);
  assert.equal(bytes.at(-1), 0x03, 'ends with end-of-attributes');
});

test('a response decodes into enums, booleans and multi-valued keywords', () => {
  const response = Buffer.concat([
    Buffer.from([0x01, 0x01, 0x00, 0x00, 0, 0, 0, 9, 0x04]),
    attr(0x23, 'printer-state', int(5)),
    attr(0x44, 'printer-state-reasons', Buffer.from('paused')),
    attr(0x44, '', Buffer.from('media-empty-error')),
    attr(0x22, 'printer-is-accepting-jobs', Buffer.from([0])),
    Buffer.from([0x03]),
  ]);
  const decoded = decodeIppResponse(response);
  assert.equal(decoded.statusCode, 0);
  assert.equal(decoded.requestId, 9);
  assert.deepEqual(decoded.attributes.get('printer-state'), [5]);
  assert.deepEqual(decoded.attributes.get('printer-state-reasons'), ['paused', 'media-empty-error']);
  assert.deepEqual(decoded.attributes.get('printer-is-accepting-jobs'), [false]);
});

test('a truncated response is an error that says where it was cut, not a wrong answer', () => {
  const cut = Buffer.concat([Buffer.from([0x01, 0x01, 0, 0, 0, 0, 0, 1, 0x02]), attr(0x23, 'job-state', int(9)).subarray(0, 10)]);
  assert.throws(() => decodeIppResponse(cut), (err: unknown) => err instanceof IppDecodeError && /cut short at byte/.test((err as Error).message));
});

test("lp's request id is read, and anything else is not mistaken for one", () => {
  assert.deepEqual(parseLpRequestId('request id is kiosk-a4-12 (1 file(s))\n'), { jobId: 'kiosk-a4-12', jobNumber: 12 });
  assert.equal(parseLpRequestId('lp: The printer or class does not exist.'), null);
});
