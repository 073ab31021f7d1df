// The hub's clock (issue 21): a rated ticket's day, the public pages' times and the console's are
// on the county's zone (CENTRAL_TIME_ZONE, Beijing time by default), whatever zone the server runs
// in. A ticket taken at 2026-03-01T17:00Z was taken on 2 March in Beijing: rated "2 March" it is
// that ticket, not a counter visit. Before, the day was fixed to UTC+8 and the option unknown.
import { describe, test, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { hashConsolePassword } from '../../central/console-auth.ts';
import { startCentral } from '../../central/server.ts';
import { genuinePage } from '../../central/routes/certificate-print/verify-page.ts';
import { progressPage } from '../../central/routes/progress-query/progress-page.ts';
import { adminCall, enrollTerminal, hubFactory, sendBatch, type HubUnderTest } from './helpers/hub.ts';
import { queueTicketItem, ratingItem } from './suites/case-items.ts';

const startHub = hubFactory(() => null);
const takenAt = new Date('2026-03-01T17:00:00Z');

/** Which item a rating of ticket A007 "on `date`" landed on at this hub. */
async function ratedAs(hub: HubUnderTest, date: string): Promise<string | undefined> {
  const terminal = await enrollTerminal(hub, `S-${date}`);
  await sendBatch(hub, terminal, [queueTicketItem('A007', `S-${date}`, takenAt)]);
  const rating = ratingItem({ type: 'ticket', ticketNumber: 'A007', date }, 5);
  assert.equal((await sendBatch(hub, terminal, [rating])).status, 200);
  const all: { siteCode: string; itemKind: string }[] = (await adminCall(hub, 'GET', '/v1/admin/ratings')).json;
  return all.find((r) => r.siteCode === `S-${date}`)?.itemKind;
}

describe('the hub reads the county clock', () => {
  const hubs: HubUnderTest[] = [];
  afterAll(async () => {
    for (const hub of hubs) await hub.close();
  });

  test('Beijing time by default: a ticket at 17:00Z on 1 March belongs to 2 March', async () => {
    const hub = await startHub({ consolePasswordHash: hashConsolePassword('correct horse battery') });
    hubs.push(hub);
    assert.equal(await ratedAs(hub, '2026-03-02'), 'queue-ticket');
    assert.equal(await ratedAs(hub, '2026-03-01'), 'counter-visit', 'the day before in Beijing knows no such ticket');
    const login = await fetch(`${hub.url}/v1/console/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password: 'correct horse battery' }) });
    assert.equal((await login.json()).timeZone, 'Asia/Shanghai', 'the console is told the zone to show times in');
  });

  test('a county on Xinjiang time (CENTRAL_TIME_ZONE=Asia/Urumqi): the same ticket belongs to 1 March', async () => {
    const hub = await startHub({ timeZone: 'Asia/Urumqi' });
    hubs.push(hub);
    assert.equal(await ratedAs(hub, '2026-03-01'), 'queue-ticket');
    assert.equal(await ratedAs(hub, '2026-03-02'), 'counter-visit');
  });

  test('the verification and progress pages show the hub zone’s time', () => {
    const verification = { code: '7K3M-Q9TZ-04HX', title: '居住证明', holderName: '张*民', authority: '东升街道办事处', issuedAt: '2026-03-01T16:03:00.000Z' };
    assert.match(genuinePage(verification as Parameters<typeof genuinePage>[0], 'Asia/Shanghai'), /开具时间<\/dt><dd>2026\/03\/02 00:03</);
    assert.match(genuinePage(verification as Parameters<typeof genuinePage>[0], 'Asia/Urumqi'), /开具时间<\/dt><dd>2026\/03\/01 22:03</);
    const view = { caseNumber: '000100000011', title: '临时救助申请', status: '已受理', steps: [{ status: '已受理', at: '2026-03-01T16:03:00.000Z', reply: null }] };
    assert.match(progressPage(view as unknown as Parameters<typeof progressPage>[0], 'Asia/Urumqi'), /2026\/03\/01 22:03/);
  });

  test('a zone that is not an IANA name stops the hub naming CENTRAL_TIME_ZONE and an example', async () => {
    await assert.rejects(startCentral({ port: 0, inMemory: true, logLevel: 'silent', timeZone: 'Beijing' }), /CENTRAL_TIME_ZONE must be an IANA time zone name such as Asia\/Shanghai.*"Beijing"/);
  });
});
