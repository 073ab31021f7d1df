// central/openapi.yaml is the contract other implementers read: it must list exactly the routes
// the reference server serves, and the refusal codes the server sends.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isScalar, parse, parseDocument, visit } from 'yaml';
import { buildCentralApp } from '../../central/server.ts';
import { generateSigningKeyPair } from '../../shared/contract/signing.ts';
import { authErrorCodeSchema } from '../../shared/contract/schemas.ts';
import type { Database } from '../../central/storage/database.ts';

const spec = parse(readFileSync(new URL('../../central/openapi.yaml', import.meta.url), 'utf8')) as {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: { responses: { SignatureRefused: { description: string } } };
};

const unusedDb: Database = {
  kind: 'pglite',
  query: () => Promise.reject(new Error('not used')),
  transaction: () => Promise.reject(new Error('not used')),
  close: () => Promise.resolve(),
};

test('openapi.yaml documents exactly the routes the server serves', async () => {
  assert.equal(spec.openapi, '3.1.0');
  const routes: string[] = [];
  const app = buildCentralApp({ db: unusedDb, centralKey: generateSigningKeyPair(), adminToken: 'a'.repeat(32), logLevel: 'silent' });
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push(`${method} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
  });
  await app.ready();
  await app.close();
  const documented = Object.entries(spec.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`));
  // Route parameter names may differ ({id} vs {terminalId}); compare the shapes.
  const shape = (r: string) => r.replace(/\{\w+\}/g, '{}');
  assert.deepEqual([...new Set(routes.map(shape))].sort(), documented.map(shape).sort());
});

test('openapi.yaml lists every signature refusal code the server can send', () => {
  for (const code of authErrorCodeSchema.options) {
    assert.ok(spec.components.responses.SignatureRefused.description.includes(`\`${code}\``), code);
  }
});

// What Redocly's recommended rules caught (issue 26), checked without it: an unquoted description
// with a comma inside a flow mapping `{ description: a, b }` parses as a stray key `b` with no value.
test('openapi.yaml has no stray keys from commas in flow mappings, no trailing-slash path, no unused schema', () => {
  const text = readFileSync(new URL('../../central/openapi.yaml', import.meta.url), 'utf8');
  const stray: string[] = [];
  visit(parseDocument(text), {
    Pair(_, pair) {
      if (isScalar(pair.key) && (pair.value === null || (isScalar(pair.value) && pair.value.value === null))) {
        stray.push(`line ${text.slice(0, pair.key.range?.[0] ?? 0).split('\n').length}: "${String(pair.key.value)}"`);
      }
    },
  });
  assert.deepEqual(stray, []);
  assert.deepEqual(Object.keys(spec.paths).filter((p) => p.length > 1 && p.endsWith('/')), []);
  const schemas = Object.keys((spec.components as unknown as { schemas: Record<string, unknown> }).schemas);
  assert.deepEqual(schemas.filter((name) => !text.includes(`'#/components/schemas/${name}'`)), []);
});
