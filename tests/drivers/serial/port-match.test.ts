// Finding a USB adapter again by vendor, product and serial number after it comes back under
// another name.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { findMatchingPort, portMatches } from '../../../drivers/serial/port-match.ts';

const ports = [
  { path: '/dev/ttyS0' },
  { path: '/dev/ttyUSB1', vendorId: '1A86', productId: '7523', serialNumber: 'READER-01' },
  { path: '/dev/ttyUSB2', vendorId: '0x0483', productId: '5740', serialNumber: 'PRN-77' },
];

test('the adapter is found under its new name by vendor, product and serial number', async () => {
  assert.equal(await findMatchingPort({ vendorId: '1a86', productId: '7523', serialNumber: 'READER-01' }, async () => ports), '/dev/ttyUSB1');
  assert.equal(await findMatchingPort({ vendorId: '0483', productId: '5740' }, async () => ports), '/dev/ttyUSB2');
});

test('a different serial number, or a match that names nothing, finds nothing', async () => {
  assert.equal(await findMatchingPort({ vendorId: '1a86', serialNumber: 'READER-02' }, async () => ports), undefined);
  assert.equal(portMatches(ports[1], {}), false);
  assert.equal(portMatches(ports[0], { vendorId: '1a86' }), false);
});
