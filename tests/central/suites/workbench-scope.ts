// The workbench API's scope (issue 23), on one hub (PGlite and PostgreSQL): every list and single-item route a
// console user can reach (cases, ratings, terminals, sites) shows only the user's sites; a case,
// rating or terminal of another site is 404 by id, exactly as one that does not exist. A township's
// supervisor sees its sites; supervisors and auditors read but are refused (403) when they act.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { adminCall, enrollTerminal, sendBatch, type HubUnderTest, type TestTerminal, type HubFactory } from '../helpers/hub.ts';
import { accountReady, type ConsoleUser } from '../helpers/console-session.ts';
import { applicationItem, caseNumberOf, demandItem, ratingItem } from './case-items.ts';


export function workbenchScopeSuite(startHub: HubFactory): void {
  describe('workbench scope', () => {
    let hub: HubUnderTest;
    let east: TestTerminal; // terminal 1, township DONGSHENG
    let west: TestTerminal; // terminal 2, township DONGSHENG
    let north: TestTerminal; // terminal 3, township BEIHE
    let clerk: ConsoleUser; // EAST only
    let supervisor: ConsoleUser; // township DONGSHENG: EAST and WEST
    let auditor: ConsoleUser; // EAST
    let northClerk: ConsoleUser;
    const eastCase = caseNumberOf(1, 1);
    const westCase = caseNumberOf(2, 1);
    const northCase = caseNumberOf(3, 1);
    const ratingIds: Record<string, string> = {};

    beforeAll(async () => {
      hub = await startHub();
      east = await enrollTerminal(hub, 'EAST');
      west = await enrollTerminal(hub, 'WEST');
      north = await enrollTerminal(hub, 'NORTH');
      const send = (t: TestTerminal, ...items: unknown[]) => sendBatch(hub, t, items);
      assert.equal((await send(east, applicationItem(eastCase))).status, 200);
      assert.equal((await send(west, demandItem(westCase))).status, 200);
      assert.equal((await send(north, demandItem(northCase))).status, 200);
      assert.equal((await send(east, ratingItem({ type: 'case', caseNumber: eastCase }, 2, '结果不满意'))).status, 200);
      assert.equal((await send(west, ratingItem({ type: 'case', caseNumber: westCase }, 1, '等候时间长'))).status, 200);
      assert.equal((await send(north, ratingItem({ type: 'case', caseNumber: northCase }, 5))).status, 200);
      for (const r of (await adminCall(hub, 'GET', '/v1/admin/ratings')).json) ratingIds[r.siteCode] = r.id;
      assert.equal((await adminCall(hub, 'PUT', '/v1/admin/townships/DONGSHENG', { sites: ['EAST', 'WEST'] })).status, 200);
      assert.equal((await adminCall(hub, 'PUT', '/v1/admin/townships/BEIHE', { sites: ['NORTH'] })).status, 200);
      clerk = await accountReady(hub, { username: 'li.clerk', role: 'clerk', sites: ['EAST'] }, 'clerk-password-1');
      supervisor = await accountReady(hub, { username: 'wang.sup', role: 'supervisor', township: 'DONGSHENG' }, 'super-password-1');
      auditor = await accountReady(hub, { username: 'zhao.audit', role: 'auditor', sites: ['EAST'] }, 'audit-password-1');
      northClerk = await accountReady(hub, { username: 'bei.clerk', role: 'clerk', sites: ['NORTH'] }, 'north-password-1');
    });
    afterAll(() => hub?.close());

    const caseNumbers = async (user: ConsoleUser, query = '') => (await user.call('GET', `/v1/workbench/cases${query}`)).json.cases.map((c: { caseNumber: string }) => c.caseNumber).sort();

    test('case list: a clerk sees its site\'s cases, a township supervisor its township\'s, the token all', async () => {
      assert.deepEqual(await caseNumbers(clerk), [eastCase]);
      assert.deepEqual(await caseNumbers(auditor), [eastCase]);
      assert.deepEqual(await caseNumbers(northClerk), [northCase]);
      assert.deepEqual(await caseNumbers(supervisor), [eastCase, westCase].sort());
      assert.deepEqual(await caseNumbers(clerk, '?site=WEST'), [], 'asking for another site by filter gives nothing');
      const all = await adminCall(hub, 'GET', '/v1/workbench/cases');
      assert.deepEqual(all.json.cases.map((c: { caseNumber: string }) => c.caseNumber).sort(), [eastCase, westCase, northCase].sort());
      assert.deepEqual((await clerk.call('GET', '/v1/workbench/cases')).json.counts, { 已接件: 1 }, 'counts per status cover only the scope');
    });

    test('case by id: another site\'s case is 404 like a case that does not exist; its own is 200', async () => {
      assert.equal((await clerk.call('GET', `/v1/workbench/cases/${eastCase}`)).status, 200);
      for (const number of [westCase, northCase, caseNumberOf(9, 9)]) {
        const answer = await clerk.call('GET', `/v1/workbench/cases/${number}`);
        assert.equal(answer.status, 404, number);
        assert.equal(answer.json.error, 'unknown-case');
        assert.doesNotMatch(JSON.stringify(answer.json), /WEST|NORTH|投诉/, 'nothing about the case leaks');
      }
      assert.equal((await supervisor.call('GET', `/v1/workbench/cases/${westCase}`)).status, 200);
      assert.equal((await supervisor.call('GET', `/v1/workbench/cases/${northCase}`)).status, 404);
    });

    test('acting on another site\'s case is 404 and changes nothing', async () => {
      const answer = await clerk.call('POST', `/v1/workbench/cases/${westCase}/status`, { status: '已受理' });
      assert.equal(answer.status, 404);
      assert.equal((await adminCall(hub, 'GET', `/v1/admin/cases/${westCase}`)).json.status, '已接件');
    });

    test('ratings: lists and single ratings within scope only', async () => {
      const sites = async (user: ConsoleUser) => (await user.call('GET', '/v1/workbench/ratings')).json.map((r: { siteCode: string }) => r.siteCode).sort();
      assert.deepEqual(await sites(clerk), ['EAST']);
      assert.deepEqual(await sites(supervisor), ['EAST', 'WEST']);
      assert.deepEqual(await sites(northClerk), ['NORTH']);
      assert.equal((await clerk.call('GET', `/v1/workbench/ratings/${ratingIds.EAST}`)).status, 200);
      assert.equal((await clerk.call('GET', `/v1/workbench/ratings/${ratingIds.WEST}`)).status, 404);
      assert.equal((await supervisor.call('GET', `/v1/workbench/ratings/${ratingIds.NORTH}`)).status, 404);
      assert.deepEqual((await supervisor.call('GET', '/v1/workbench/ratings?bad=true')).json.map((r: { level: number }) => r.level).sort(), [1, 2]);
    });

    test('terminals and sites: within scope only; another site\'s terminal is 404', async () => {
      assert.deepEqual((await clerk.call('GET', '/v1/workbench/terminals')).json.map((t: { terminalId: string }) => t.terminalId), [east.terminalId]);
      assert.deepEqual((await supervisor.call('GET', '/v1/workbench/terminals')).json.map((t: { siteCode: string }) => t.siteCode), ['EAST', 'WEST']);
      assert.equal((await clerk.call('GET', `/v1/workbench/terminals/${east.terminalId}`)).status, 200);
      assert.equal((await clerk.call('GET', `/v1/workbench/terminals/${north.terminalId}`)).status, 404);
      assert.equal((await supervisor.call('GET', `/v1/workbench/terminals/${north.terminalId}`)).status, 404);
      assert.deepEqual((await clerk.call('GET', '/v1/workbench/sites')).json, ['EAST']);
      assert.deepEqual((await supervisor.call('GET', '/v1/workbench/sites')).json, ['EAST', 'WEST']);
      assert.deepEqual((await adminCall(hub, 'GET', '/v1/workbench/sites')).json, ['EAST', 'NORTH', 'WEST']);
    });

    test('the admin routes (fleet, cases, ratings by the old way) are refused to every non-admin role', async () => {
      for (const user of [clerk, supervisor, auditor]) {
        for (const path of ['/v1/admin/terminals', '/v1/admin/cases', `/v1/admin/cases/${westCase}`, '/v1/admin/ratings', '/v1/admin/accounts']) {
          assert.equal((await user.call('GET', path)).status, 403, `${user.username} ${path}`);
        }
      }
    });

    test('a supervisor and an auditor see the case (personal data masked, no actions) and are refused (403) when they act', async () => {
      for (const user of [supervisor, auditor]) {
        const page = await user.call('GET', `/v1/workbench/cases/${eastCase}`);
        assert.equal(page.status, 200);
        assert.deepEqual(page.json.allowed, []);
        assert.equal(page.json.detailsMasked, true);
        assert.deepEqual(page.json.details.fields, { name: '张*民', phone: '139****5678', household: 3 });
        const acted = await user.call('POST', `/v1/workbench/cases/${eastCase}/status`, { status: '已受理' });
        assert.equal(acted.status, 403, user.username);
        assert.equal(acted.json.error, 'role-forbidden');
      }
      assert.equal((await clerk.call('GET', `/v1/workbench/cases/${eastCase}`)).json.status, '已接件', 'nothing changed');
    });

    test('without a session, or with a forged one, nothing is shown', async () => {
      assert.equal((await fetch(`${hub.url}/v1/workbench/cases`)).status, 401);
      assert.equal((await fetch(`${hub.url}/v1/workbench/cases`, { headers: { cookie: 'kiosk_console=forged-session-id-000000000000000000000' } })).status, 401);
    });
  });
}
