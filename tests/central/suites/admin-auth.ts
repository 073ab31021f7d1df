import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { adminCall, unsignedCall, type HubFactory, type HubUnderTest } from '../helpers/hub.ts';

const adminRoutes: [string, string, unknown?][] = [
  ['POST', '/v1/admin/enrollment-codes', {}],
  ['GET', '/v1/admin/terminals'],
  ['PUT', '/v1/admin/documents/catalog', { body: {} }],
  ['GET', '/v1/admin/transactions'],
  ['GET', '/v1/admin/terminals/T01J00000000000000000000000/transactions'],
  ['PUT', '/v1/admin/certificate-records', { records: [] }],
];

export function adminAuthSuite(startHub: HubFactory): void {
  describe('admin authentication', () => {
    let hub: HubUnderTest;
    beforeAll(async () => (hub = await startHub()));
    afterAll(() => hub?.close());

    test('health answers without any credentials', async () => {
      const response = await unsignedCall(hub, 'GET', '/v1/health');
      assert.deepEqual([response.status, response.json], [200, { ok: true }]);
    });

    test('every admin endpoint refuses a missing or wrong token with 401', async () => {
      for (const [method, path, body] of adminRoutes) {
        const missing = await unsignedCall(hub, method, path, body);
        assert.equal(missing.status, 401, `${method} ${path} without a token`);
        assert.equal(missing.json.error, 'admin-unauthorized');
        const wrong = await adminCall(hub, method, path, body, `${hub.adminToken}x`);
        assert.equal(wrong.status, 401, `${method} ${path} with a wrong token`);
      }
      const codes = await adminCall(hub, 'GET', '/v1/admin/terminals');
      assert.deepEqual(codes.json, [], 'nothing was created by the refused calls');
    });

    test('a terminal id that is not enrolled gives 404 on its transactions', async () => {
      const response = await adminCall(hub, 'GET', '/v1/admin/terminals/T01J00000000000000000000000/transactions');
      assert.equal(response.status, 404);
      assert.equal(response.json.error, 'unknown-terminal');
    });
  });
}
