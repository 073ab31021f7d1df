// Behind a balancer every request comes from the balancer's address. The hub believes
// X-Forwarded-For only from the proxies it is told of (CENTRAL_TRUSTED_PROXIES), so per-address
// limits see residents, and a caller elsewhere cannot choose its address by sending the header.
import { afterAll, beforeAll, test } from 'vitest';
import assert from 'node:assert/strict';
import { startCentral, type RunningCentral } from '../../central/server.ts';
import { PROGRESS_PAGE_LIMIT_PER_MINUTE } from '../../central/routes/progress-query/progress-route.ts';

let behindBalancer: RunningCentral;
let exposed: RunningCentral;
beforeAll(async () => {
  // This test's requests come from 127.0.0.1: to the first hub that is its balancer, to the second a stranger.
  [behindBalancer, exposed] = await Promise.all([
    startCentral({ port: 0, inMemory: true, logLevel: 'silent', trustedProxies: ['127.0.0.1'] }),
    startCentral({ port: 0, inMemory: true, logLevel: 'silent', trustedProxies: ['10.20.0.0/16'] }),
  ]);
});
afterAll(async () => {
  await behindBalancer?.close();
  await exposed?.close();
});

/** The public progress page for a malformed number: 400 while under the limit, 429 over it. */
const progressPage = async (hub: RunningCentral, forwardedFor: string) =>
  (await fetch(`${hub.url}/progress/123`, { headers: { 'x-forwarded-for': forwardedFor, accept: 'application/json' } })).status;

test('behind a trusted balancer each resident\'s address has its own limit on the public page', async () => {
  for (let i = 0; i < PROGRESS_PAGE_LIMIT_PER_MINUTE; i++) assert.equal(await progressPage(behindBalancer, '203.0.113.7'), 400);
  assert.equal(await progressPage(behindBalancer, '203.0.113.7'), 429, 'the busy address waits');
  assert.equal(await progressPage(behindBalancer, '198.51.100.4'), 400, 'another resident behind the same balancer does not');
});

test('from an address that is not a trusted proxy the header is ignored: a new forged address does not reset the limit', async () => {
  for (let i = 0; i < PROGRESS_PAGE_LIMIT_PER_MINUTE; i++) assert.equal(await progressPage(exposed, `203.0.113.${i}`), 400);
  assert.equal(await progressPage(exposed, '198.51.100.4'), 429);
});
