// 好差评 整改 at the hub (issue 23), on PGlite and PostgreSQL: a bad rating opens one 整改 as it is
// stored (never twice, never for a good rating), owned by the rated case's site and due 5 working
// days later; the site's clerk records 核实, 整改 and 回访, the supervisor sends it back or closes
// it, each step following rectificationTransitions with who took it; bad input changes nothing;
// a user sees only the 整改 of their sites; overdue ones come first; and the rating stays as rated.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { adminCall, enrollTerminal, signedCall, type HubFactory, type HubUnderTest, type JsonResponse, type TestTerminal } from '../helpers/hub.ts';
import { accountReady, logIn, type ConsoleUser } from '../helpers/console-session.ts';
import { applicationItem, caseNumberOf, demandItem, queueTicketItem, ratingItem } from './case-items.ts';
import { formatCaseNumber } from '../../../shared/contract/cases.ts';

interface Rectification {
  id: string;
  item: string;
  state: string;
  siteCode: string;
  service: string;
  caseNumber: string | null;
  itemKind: string;
  level: number;
  reasons: string[];
  dueDay: string;
  overdue: boolean;
  remainingWorkingDays: number | null;
}

const PASSWORDS = { 'li.clerk': 'clerk-password-1', 'wang.sup': 'super-password-1', 'zhao.audit': 'audit-password-1', 'bei.clerk': 'north-password-1' } as const;
type Username = keyof typeof PASSWORDS;

export function rectificationsSuite(startHub: HubFactory): void {
  describe('好差评 整改: rectifying bad ratings', () => {
    let hub: HubUnderTest;
    let east: TestTerminal; // terminal 1, township DONGSHENG
    let west: TestTerminal; // terminal 2, township DONGSHENG
    let north: TestTerminal; // terminal 3, township BEIHE
    const users = {} as Record<Username, ConsoleUser>;
    const eastCase = caseNumberOf(1, 1);
    const northCase = caseNumberOf(3, 1);
    let eastTicket: ReturnType<typeof queueTicketItem>;
    /** The 整改 of each rated thing, by a name the tests use. */
    const ids: Record<'eastCase' | 'eastTicket' | 'northCase', string> = { eastCase: '', eastTicket: '', northCase: '' };
    /** The case's bad rating as the hub answered it when it arrived. */
    let asRated: { id: string; level: number } & Record<string, unknown>;

    /** Moves the hub's clock to `at`; the console users log in again (their sessions would have idled out). */
    const setClock = async (at: string) => {
      hub.clockOffsetMs = Date.parse(at) - Date.now();
      for (const name of Object.keys(users) as Username[]) users[name] = await logIn(hub, name, PASSWORDS[name]);
    };
    const send = (terminal: TestTerminal, ...items: unknown[]) =>
      signedCall(hub, terminal, 'POST', '/v1/transactions/batch', { body: { items }, timestamp: String(Date.now() + hub.clockOffsetMs) });
    const list = async (user: ConsoleUser | null, query = ''): Promise<{ items: Rectification[]; total: number; counts: Record<string, number>; overdue: number }> => {
      const answer = user ? await user.call('GET', `/v1/workbench/rectifications${query}`) : await adminCall(hub, 'GET', `/v1/workbench/rectifications${query}`);
      assert.equal(answer.status, 200, JSON.stringify(answer.json));
      return answer.json;
    };
    const step = (user: ConsoleUser, id: string, body: Record<string, unknown>, options?: { csrf?: boolean }): Promise<JsonResponse> =>
      user.call('POST', `/v1/workbench/rectifications/${id}/steps`, body, options);
    const detail = async (id: string) => (await adminCall(hub, 'GET', `/v1/workbench/rectifications/${id}`)).json;

    beforeAll(async () => {
      hub = await startHub();
      hub.clockOffsetMs = Date.parse('2026-12-07T01:30:00Z') - Date.now(); // Monday 09:30 in Beijing
      east = await enrollTerminal(hub, 'EAST');
      west = await enrollTerminal(hub, 'WEST');
      north = await enrollTerminal(hub, 'NORTH');
      eastTicket = queueTicketItem('A012', 'EAST', new Date(Date.now() + hub.clockOffsetMs));
      assert.equal((await send(east, applicationItem(eastCase), eastTicket)).status, 200);
      assert.equal((await send(north, demandItem(northCase))).status, 200);
      assert.equal((await adminCall(hub, 'PUT', '/v1/admin/townships/DONGSHENG', { sites: ['EAST', 'WEST'] })).status, 200);
      assert.equal((await adminCall(hub, 'PUT', '/v1/admin/townships/BEIHE', { sites: ['NORTH'] })).status, 200);
      users['li.clerk'] = await accountReady(hub, { username: 'li.clerk', role: 'clerk', sites: ['EAST'] }, PASSWORDS['li.clerk']);
      users['wang.sup'] = await accountReady(hub, { username: 'wang.sup', role: 'supervisor', township: 'DONGSHENG' }, PASSWORDS['wang.sup']);
      users['zhao.audit'] = await accountReady(hub, { username: 'zhao.audit', role: 'auditor', sites: ['EAST'] }, PASSWORDS['zhao.audit']);
      users['bei.clerk'] = await accountReady(hub, { username: 'bei.clerk', role: 'clerk', sites: ['NORTH'] }, PASSWORDS['bei.clerk']);
    });
    afterAll(() => hub?.close());

    test('a bad rating opens one 整改 as it arrives, owned by the rated case\'s site; a resent batch, a second rating or a good one opens none', async () => {
      // Rated at another hall's kiosk (WEST): the 整改 is still the case's own site's (EAST).
      const bad = ratingItem({ type: 'case', caseNumber: eastCase }, 1, ['服务态度差', '办事效率低'], '窗口人员不理人');
      const batch = { items: [bad] };
      assert.deepEqual((await send(west, ...batch.items)).json, { accepted: [bad.id], duplicates: [] });
      assert.deepEqual((await send(west, ...batch.items)).json, { accepted: [], duplicates: [bad.id] }, 'the kiosk resends the batch after a lost answer');
      const again = ratingItem({ type: 'case', caseNumber: eastCase }, 2, '多次跑动');
      assert.equal((await send(east, again)).status, 200, 'a second rating of the case is taken in and not counted');
      assert.equal((await send(east, ratingItem({ type: 'transaction', transactionId: eastTicket.id }, 2, '等候时间长'))).status, 200);
      assert.equal((await send(north, ratingItem({ type: 'case', caseNumber: northCase }, 5))).status, 200);
      assert.equal((await send(north, ratingItem({ type: 'ticket', ticketNumber: 'B007', date: '2026-12-07' }, 1, '服务态度差'))).status, 200);

      const all = (await list(null)).items;
      assert.equal(all.length, 3, 'one per bad rating counted: the case, the ticket, the counter visit');
      const ofCase = all.find((r) => r.caseNumber === eastCase)!;
      ids.eastCase = ofCase.id;
      assert.deepEqual(
        [ofCase.state, ofCase.siteCode, ofCase.service, ofCase.itemKind, ofCase.level, ofCase.reasons],
        ['待核实', 'EAST', 'dibao', 'application', 1, ['服务态度差', '办事效率低']],
      );
      assert.equal(ofCase.dueDay, '2026-12-14', 'Monday + 5 working days: the next Monday');
      assert.deepEqual([ofCase.overdue, ofCase.remainingWorkingDays], [false, 5]);
      assert.equal(ofCase.item, `${formatCaseNumber(eastCase)} 最低生活保障申请`);
      const ofTicket = all.find((r) => r.itemKind === 'queue-ticket')!;
      ids.eastTicket = ofTicket.id;
      assert.deepEqual([ofTicket.siteCode, ofTicket.service, ofTicket.caseNumber], ['EAST', '综合窗口', null]);
      const ofCounter = all.find((r) => r.itemKind === 'counter-visit')!;
      ids.northCase = ofCounter.id;
      assert.deepEqual([ofCounter.siteCode, ofCounter.service], ['NORTH', 'counter-visit']);

      const page = await detail(ids.eastCase);
      asRated = (await adminCall(hub, 'GET', `/v1/workbench/ratings/${page.rating.id}`)).json;
      assert.deepEqual(page.rating, asRated, 'the 整改 shows the rating as the ratings route does');
      assert.deepEqual([page.rating.level, page.rating.label, page.rating.reasons, page.rating.reasonText], [1, '非常不满意', ['服务态度差', '办事效率低'], '窗口人员不理人']);
      assert.deepEqual([page.case.caseNumber, page.case.title, page.case.status], [eastCase, '最低生活保障申请', '已接件']);
      assert.deepEqual(page.steps, []);
      // The case's own page shows the rating as given and the 整改 it opened.
      const casePage = (await adminCall(hub, 'GET', `/v1/workbench/cases/${eastCase}`)).json;
      assert.deepEqual(
        casePage.ratings.map((r: { level: number; label: string; reasons: string[]; rectification: unknown }) => [r.level, r.label, r.reasons, r.rectification]),
        [[1, '非常不满意', ['服务态度差', '办事效率低'], { id: ids.eastCase, state: '待核实' }]],
      );
      assert.deepEqual((await adminCall(hub, 'GET', `/v1/workbench/cases/${northCase}`)).json.ratings.map((r: { level: number; rectification: unknown }) => [r.level, r.rectification]), [[5, null]], 'a good rating opens no 整改');
    });

    test('the clerk records 核实, 整改 and 回访; the supervisor sends it back, the clerk asks again, the supervisor closes it', async () => {
      const clerk = users['li.clerk'];
      const supervisor = users['wang.sup'];
      const id = ids.eastCase;
      assert.deepEqual((await clerk.call('GET', `/v1/workbench/rectifications/${id}`)).json.allowed, ['核实']);
      assert.deepEqual((await supervisor.call('GET', `/v1/workbench/rectifications/${id}`)).json.allowed, [], 'nothing for the supervisor until the clerk is done');
      const found = await step(clerk, id, { action: '核实', note: '调阅监控，窗口人员接待时未起身答复' });
      assert.equal(found.status, 200, JSON.stringify(found.json));
      assert.equal(found.json.state, '整改中');
      assert.equal((await step(clerk, id, { action: '整改', note: '已对窗口人员批评教育，并在窗口张贴服务承诺' })).json.state, '待回访');
      const asked = await step(clerk, id, { action: '回访', result: '基本满意', note: '电话回访，居民表示态度有改善' });
      assert.equal(asked.json.state, '待审核');
      assert.deepEqual(asked.json.allowed, [], 'the clerk waits for the supervisor');
      assert.deepEqual((await supervisor.call('GET', `/v1/workbench/rectifications/${id}`)).json.allowed, ['办结', '退回']);
      const back = await step(supervisor, id, { action: '退回', note: '请再次回访，确认居民办件已顺利受理' });
      assert.equal(back.json.state, '已退回');
      assert.deepEqual((await clerk.call('GET', `/v1/workbench/rectifications/${id}`)).json.allowed, ['核实', '整改', '回访']);
      assert.equal((await step(clerk, id, { action: '回访', result: '满意', note: '再次回访，居民确认已受理，表示满意' })).json.state, '待审核');
      const closed = await step(supervisor, id, { action: '办结' });
      assert.equal(closed.json.state, '已办结');
      assert.deepEqual(closed.json.allowed, []);
      assert.deepEqual(
        closed.json.steps.map((s: { action: string; state: string; result: string | null; by: { username: string; role: string } }) => [s.action, s.state, s.result, s.by.username, s.by.role]),
        [
          ['核实', '整改中', null, 'li.clerk', 'clerk'],
          ['整改', '待回访', null, 'li.clerk', 'clerk'],
          ['回访', '待审核', '基本满意', 'li.clerk', 'clerk'],
          ['退回', '已退回', null, 'wang.sup', 'supervisor'],
          ['回访', '待审核', '满意', 'li.clerk', 'clerk'],
          ['办结', '已办结', null, 'wang.sup', 'supervisor'],
        ],
      );
      assert.equal(closed.json.steps[3].note, '请再次回访，确认居民办件已顺利受理');
      // Every step is in the audit log too, with who took it and the state before and after.
      const audit = await adminCall(hub, 'GET', `/v1/workbench/audit?limit=200`);
      const entries = (audit.json.entries as { action: string; actor: string; target: { kind: string; id: string }; before: { state: string }; after: { state: string } }[])
        .filter((e) => e.target.kind === 'rectification' && e.target.id === id)
        .map((e) => [e.action, e.actor, e.before.state, e.after.state])
        .reverse();
      assert.deepEqual(entries, [
        ['rectification.核实', 'li.clerk', '待核实', '整改中'],
        ['rectification.整改', 'li.clerk', '整改中', '待回访'],
        ['rectification.回访', 'li.clerk', '待回访', '待审核'],
        ['rectification.退回', 'wang.sup', '待审核', '已退回'],
        ['rectification.回访', 'li.clerk', '已退回', '待审核'],
        ['rectification.办结', 'wang.sup', '待审核', '已办结'],
      ]);
      assert.equal((await step(supervisor, id, { action: '退回', note: '再看看' })).json.error, 'illegal-transition', 'a closed 整改 stays closed');
    });

    test('bad input gets a clear error and changes nothing', async () => {
      const clerk = users['li.clerk'];
      const id = ids.eastTicket;
      const unchanged = async () => {
        const now = await detail(id);
        assert.deepEqual([now.state, now.steps.length], ['待核实', 0]);
      };
      const skip = await step(clerk, id, { action: '回访', result: '满意', note: '跳过核实' });
      assert.equal(skip.status, 409);
      assert.equal(skip.json.error, 'illegal-transition');
      assert.match(skip.json.message, /待核实[\s\S]*allowed: 核实/);
      const noNote = await step(clerk, id, { action: '核实', note: '   ' });
      assert.deepEqual([noNote.status, noNote.json.error], [400, 'note-required']);
      assert.match(noNote.json.message, /核实 needs a note/);
      assert.deepEqual([(await step(clerk, id, { action: '核实' })).json.error], ['note-required']);
      assert.equal((await step(clerk, id, { action: '核实', note: '查实', result: '满意' })).json.error, 'result-not-expected');
      const unknown = await step(clerk, id, { action: '删除评价' });
      assert.deepEqual([unknown.status, unknown.json.error], [400, 'invalid-body']);
      assert.match(unknown.json.message, /核实, 整改, 回访, 办结, 退回/);
      const noCsrf = await step(clerk, id, { action: '核实', note: '查实' }, { csrf: false });
      assert.deepEqual([noCsrf.status, noCsrf.json.error], [403, 'csrf-token-missing']);
      const clerkCloses = await step(clerk, id, { action: '办结' });
      assert.deepEqual([clerkCloses.status, clerkCloses.json.error], [403, 'role-forbidden']);
      const supervisorWorks = await step(users['wang.sup'], id, { action: '核实', note: '督办员代为核实' });
      assert.deepEqual([supervisorWorks.status, supervisorWorks.json.error], [403, 'role-forbidden']);
      for (const action of ['核实', '办结']) assert.equal((await step(users['zhao.audit'], id, { action, note: '审计' })).status, 403, `an auditor: ${action}`);
      assert.equal((await clerk.call('GET', '/v1/workbench/rectifications/abc')).json.error, 'invalid-rectification-id');
      assert.equal((await clerk.call('GET', '/v1/workbench/rectifications?state=done')).status, 400, 'an unknown state is named');
      await unchanged();
      // Now the clerk's 回访 without the resident's view: 核实 and 整改 first, then the 回访 is refused.
      assert.equal((await step(clerk, id, { action: '核实', note: '当日取号人数超出窗口接待能力' })).status, 200);
      assert.equal((await step(clerk, id, { action: '整改', note: '高峰时段增开一个窗口' })).status, 200);
      const noResult = await step(clerk, id, { action: '回访', note: '电话无人接听' });
      assert.deepEqual([noResult.status, noResult.json.error], [400, 'result-required']);
      assert.equal((await step(clerk, id, { action: '回访', note: '电话无人接听', result: '一般' })).json.error, 'invalid-body');
      assert.equal((await detail(id)).state, '待回访');
    });

    test('a user sees only the 整改 of their sites; another site\'s is 404 by id and when acted on', async () => {
      const sites = async (user: ConsoleUser) => (await list(user)).items.map((r) => r.siteCode).sort();
      assert.deepEqual(await sites(users['li.clerk']), ['EAST', 'EAST']);
      assert.deepEqual(await sites(users['zhao.audit']), ['EAST', 'EAST']);
      assert.deepEqual(await sites(users['wang.sup']), ['EAST', 'EAST']);
      assert.deepEqual(await sites(users['bei.clerk']), ['NORTH']);
      assert.deepEqual((await list(users['li.clerk'], '?site=NORTH')).items, [], 'asking for another site by filter gives nothing');
      assert.deepEqual((await list(users['bei.clerk'])).counts, { 待核实: 1 }, 'counts cover only the scope');
      for (const [user, id] of [[users['li.clerk'], ids.northCase], [users['wang.sup'], ids.northCase], [users['bei.clerk'], ids.eastCase], [users['li.clerk'], '999999']] as const) {
        const seen = await user.call('GET', `/v1/workbench/rectifications/${id}`);
        assert.deepEqual([seen.status, seen.json.error], [404, 'unknown-rectification'], `${user.username} ${id}`);
        assert.doesNotMatch(JSON.stringify(seen.json), /NORTH|EAST|服务态度差/, 'nothing about it leaks');
      }
      const acted = await step(users['li.clerk'], ids.northCase, { action: '核实', note: '越权核实' });
      assert.deepEqual([acted.status, acted.json.error], [404, 'unknown-rectification']);
      assert.equal((await detail(ids.northCase)).state, '待核实', 'nothing changed');
    });

    test('past the due day the 整改 still owed are overdue and listed first; counts per state and overdue', async () => {
      await setClock('2026-12-15T02:00:00Z'); // Tuesday: a day past the due Monday
      const supervisor = users['wang.sup'];
      const mine = await list(supervisor);
      assert.deepEqual(mine.items.map((r) => [r.id, r.overdue]), [[ids.eastTicket, true], [ids.eastCase, false]], 'the overdue one first, the closed one last');
      assert.equal(mine.items[0]!.remainingWorkingDays, -1);
      assert.equal(mine.items[1]!.remainingWorkingDays, null, 'a closed 整改 has no clock');
      assert.deepEqual(mine.counts, { 待回访: 1, 已办结: 1 });
      assert.equal(mine.overdue, 1);
      const overdue = await list(supervisor, '?overdue=true');
      assert.deepEqual(overdue.items.map((r) => r.id), [ids.eastTicket]);
      assert.equal(overdue.total, 1);
      assert.deepEqual((await list(supervisor, '?state=已办结')).items.map((r) => r.id), [ids.eastCase]);
      const county = await list(null);
      assert.deepEqual([county.overdue, county.total], [2, 3], 'the token sees the county: NORTH\'s is overdue too');
      // Answered, it leaves the overdue list even though its day has passed.
      assert.equal((await step(users['li.clerk'], ids.eastTicket, { action: '回访', result: '不满意', note: '居民认为仍需排队过久' })).status, 200);
      assert.deepEqual((await list(supervisor, '?overdue=true')).items, []);
    });

    test('a rating is never changed: no route edits or deletes it, and its 整改 leaves it exactly as rated', async () => {
      const ratingId = asRated.id;
      assert.equal((await detail(ids.eastCase)).state, '已办结');
      for (const path of [`/v1/workbench/ratings/${ratingId}`, `/v1/admin/ratings/${ratingId}`]) {
        for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
          const answer = await adminCall(hub, method, path, method === 'DELETE' ? undefined : { level: 5, label: '非常满意' });
          assert.deepEqual([answer.status, answer.json.error], [404, 'not-found'], `${method} ${path}`);
        }
      }
      const asClerk = await users['li.clerk'].call('PATCH', `/v1/workbench/ratings/${ratingId}`, { level: 5 });
      assert.equal(asClerk.status, 404);
      assert.deepEqual((await adminCall(hub, 'GET', `/v1/workbench/ratings/${ratingId}`)).json, asRated, 'the closed 整改 and every attempt left the rating as the resident gave it');
    });
  });
}
