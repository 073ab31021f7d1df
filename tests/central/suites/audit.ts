// The audit log, 查看, 转办 and 督办 (issue 23) at the hub's HTTP surface: a clerk's 查看 shows a
// case's personal fields and is recorded; 转办 moves a case to another site's clerks (bad input
// refused, nothing changed); a supervisor's 督办 marks a case and lifts it in the clerk's queue;
// every change lands in an append-only log (the database refuses UPDATE, DELETE and TRUNCATE),
// readable by admins and, for their sites, by auditors, with personal data masked.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { adminCall, enrollTerminal, sendBatch, type HubFactory, type HubUnderTest, type TestTerminal } from '../helpers/hub.ts';
import { accountReady, logIn, type ConsoleUser } from '../helpers/console-session.ts';
import { applicationItem, caseNumberOf, demandItem, RESIDENT } from './case-items.ts';
import { openDatabase } from '../../../central/storage/open-database.ts';
import { zonedDay } from '../../../config/zoned-time.ts';

const DAY_MS = 86_400_000;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- entries are read field by field
type Entry = any;

export function auditSuite(startHub: HubFactory): void {
  describe('audit log, 查看, 转办 and 督办', () => {
    let hub: HubUnderTest;
    let east: TestTerminal;
    let clerk: ConsoleUser; // EAST
    let westClerk: ConsoleUser; // WEST
    let supervisor: ConsoleUser; // township DONGSHENG: EAST and WEST
    let auditor: ConsoleUser; // EAST
    const overdue = caseNumberOf(1, 1); // filed three weeks ago, never taken in
    const plain = caseNumberOf(1, 2);
    const pressed = caseNumberOf(1, 3); // the one the supervisor presses (督办)
    const moving = caseNumberOf(1, 4); // the demand handed to WEST (转办)
    const westCase = caseNumberOf(2, 1);
    const northCase = caseNumberOf(3, 1);
    const today = () => zonedDay(new Date(Date.now() + hub.clockOffsetMs), 'Asia/Shanghai');

    /** Every entry the admin token reads (the log is small here: one page of 200). */
    const allEntries = async (query = ''): Promise<Entry[]> => {
      const page = await adminCall(hub, 'GET', `/v1/workbench/audit?limit=200${query}`);
      assert.equal(page.status, 200, JSON.stringify(page.json));
      return page.json.entries;
    };
    const casePage = async (user: ConsoleUser, number: string) => user.call('GET', `/v1/workbench/cases/${number}`);
    const queueOf = async (user: ConsoleUser): Promise<Entry[]> => (await user.call('GET', '/v1/workbench/cases')).json.cases;
    const transfer = (user: ConsoleUser, number: string, body: unknown, options?: { csrf?: boolean }) => user.call('POST', `/v1/workbench/cases/${number}/transfer`, body, options);
    const supervise = (user: ConsoleUser, number: string, body: unknown) => user.call('POST', `/v1/workbench/cases/${number}/supervise`, body);

    beforeAll(async () => {
      hub = await startHub();
      east = await enrollTerminal(hub, 'EAST');
      const west = await enrollTerminal(hub, 'WEST');
      const north = await enrollTerminal(hub, 'NORTH');
      const now = Date.now();
      const sent = await sendBatch(hub, east, [
        applicationItem(overdue, { occurredAt: new Date(now - 21 * DAY_MS) }),
        applicationItem(plain, { occurredAt: new Date(now - 60_000) }),
        applicationItem(pressed, { occurredAt: new Date(now - 3_600_000) }),
        demandItem(moving),
      ]);
      assert.equal(sent.status, 200, JSON.stringify(sent.json));
      assert.equal((await sendBatch(hub, west, [demandItem(westCase)])).status, 200);
      assert.equal((await sendBatch(hub, north, [demandItem(northCase)])).status, 200);
      assert.equal((await adminCall(hub, 'PUT', '/v1/admin/townships/DONGSHENG', { sites: ['EAST', 'WEST'] })).status, 200);
      clerk = await accountReady(hub, { username: 'li.clerk', role: 'clerk', sites: ['EAST'] }, 'clerk-password-1');
      westClerk = await accountReady(hub, { username: 'xi.clerk', role: 'clerk', sites: ['WEST'] }, 'west-password-1');
      supervisor = await accountReady(hub, { username: 'wang.sup', role: 'supervisor', township: 'DONGSHENG' }, 'super-password-1');
      auditor = await accountReady(hub, { username: 'zhao.audit', role: 'auditor', sites: ['EAST'] }, 'audit-password-1');
    });
    afterAll(() => hub?.close());

    test('查看: the case page is masked for everyone; a clerk\'s 查看 shows the fields in full and is recorded; supervisors and auditors are refused', async () => {
      const page = (await casePage(clerk, moving)).json;
      assert.equal(page.detailsMasked, true);
      assert.equal(page.details.callbackPhone, '138****1111');
      assert.equal(page.details.placeText, '东村**');
      assert.deepEqual(page.may, { reveal: true, transfer: true, supervise: false });
      assert.deepEqual((await casePage(supervisor, moving)).json.may, { reveal: false, transfer: true, supervise: true });
      assert.deepEqual((await casePage(auditor, moving)).json.may, { reveal: false, transfer: false, supervise: false });

      const path = `/v1/workbench/cases/${moving}/reveal`;
      assert.equal((await clerk.call('POST', path, undefined, { csrf: false })).json.error, 'csrf-token-missing');
      for (const user of [supervisor, auditor]) {
        const refused = await user.call('POST', path);
        assert.equal(refused.status, 403, user.username);
        assert.equal(refused.json.error, 'role-forbidden');
      }
      assert.equal((await clerk.call('POST', `/v1/workbench/cases/${westCase}/reveal`)).status, 404, 'another site\'s case is not there');
      assert.deepEqual(await allEntries('&action=case.reveal'), [], 'refused attempts reveal nothing and record nothing');

      const shown = await clerk.call('POST', path);
      assert.equal(shown.status, 200, JSON.stringify(shown.json));
      assert.equal(shown.json.details.callbackPhone, '13800001111');
      assert.equal(shown.json.details.placeText, '东村村口');
      const [entry, ...more] = await allEntries('&action=case.reveal');
      assert.deepEqual(more, []);
      assert.equal(entry.actor, 'li.clerk');
      assert.equal(entry.actorRole, 'clerk');
      assert.deepEqual(entry.target, { kind: 'case', id: moving });
      assert.deepEqual(entry.sites, ['EAST']);
      assert.ok(entry.after.fields.includes('callbackPhone') && entry.after.fields.includes('placeText'), JSON.stringify(entry.after));
      assert.doesNotMatch(JSON.stringify(entry), /13800001111|东村村口/, 'which fields were seen, never their values');
    });

    test('转办 offers every site of the hub and the clerks who work there (a township\'s clerk at each of its sites); an auditor is refused', async () => {
      const answer = await clerk.call('GET', '/v1/workbench/transfer-targets');
      assert.equal(answer.status, 200, JSON.stringify(answer.json));
      const clerksAt = (site: string) => answer.json.sites.find((t: Entry) => t.site === site)?.clerks.map((c: Entry) => c.username);
      assert.deepEqual(answer.json.sites.map((t: Entry) => t.site), ['EAST', 'NORTH', 'WEST'], 'every site, in the sender\'s scope or not');
      assert.deepEqual(clerksAt('EAST'), ['li.clerk']);
      assert.deepEqual(clerksAt('WEST'), ['xi.clerk']);
      assert.deepEqual(clerksAt('NORTH'), [], 'a site nobody works at is offered without a clerk');
      await accountReady(hub, { username: 'dong.clerk', role: 'clerk', township: 'DONGSHENG' }, 'dong-password-1');
      const after = (await supervisor.call('GET', '/v1/workbench/transfer-targets')).json;
      assert.deepEqual(after.sites.find((t: Entry) => t.site === 'WEST').clerks.map((c: Entry) => c.username), ['dong.clerk', 'xi.clerk']);
      assert.equal(JSON.stringify(after).includes('zhao.audit') || JSON.stringify(after).includes('wang.sup'), false, 'only clerks receive cases');
      assert.equal((await adminCall(hub, 'POST', '/v1/admin/accounts/dong.clerk/disable', {})).status, 200);
      assert.deepEqual((await clerk.call('GET', '/v1/workbench/transfer-targets')).json.sites.find((t: Entry) => t.site === 'WEST').clerks.map((c: Entry) => c.username), ['xi.clerk'], 'a disabled clerk is not offered');
      const refused = await auditor.call('GET', '/v1/workbench/transfer-targets');
      assert.equal(refused.status, 403);
      assert.equal(refused.json.error, 'role-forbidden');
    });

    test('转办 refuses bad input with a clear error and changes nothing', async () => {
      const before = (await casePage(clerk, moving)).json;
      const refusals: [unknown, number, string][] = [
        [{ site: 'WEST' }, 400, 'invalid-body'],
        [{ site: 'WEST', reason: '   ' }, 400, 'invalid-body'],
        [{ reason: '不属本站' }, 400, 'invalid-body'],
        [{ site: 'MARS', reason: '不属本站' }, 400, 'unknown-site'],
        [{ site: 'WEST', clerk: 'no.such.clerk', reason: '不属本站' }, 400, 'unknown-clerk'],
        [{ site: 'WEST', clerk: 'wang.sup', reason: '不属本站' }, 400, 'unknown-clerk'],
        [{ site: 'WEST', clerk: 'li.clerk', reason: '不属本站' }, 400, 'clerk-not-at-site'],
        [{ site: 'EAST', reason: '不属本站' }, 400, 'same-site'],
      ];
      for (const [body, status, error] of refusals) {
        const answer = await transfer(clerk, moving, body);
        assert.equal(answer.status, status, JSON.stringify(body));
        assert.equal(answer.json.error, error, JSON.stringify(body));
        assert.ok(answer.json.message.length > 10);
      }
      assert.equal((await transfer(clerk, moving, { site: 'WEST', reason: '不属本站' }, { csrf: false })).json.error, 'csrf-token-missing');
      assert.equal((await transfer(auditor, moving, { site: 'WEST', reason: '不属本站' })).json.error, 'role-forbidden');
      assert.equal((await transfer(clerk, westCase, { site: 'EAST', reason: '我来办' })).status, 404, 'another site\'s case: not even its existence');
      const after = (await casePage(clerk, moving)).json;
      assert.equal(after.siteCode, 'EAST');
      assert.deepEqual(after.notes, []);
      assert.deepEqual(after.clock, before.clock);
      assert.equal((await casePage(westClerk, moving)).status, 404);
      assert.deepEqual(await allEntries('&action=case.transfer'), []);
    });

    test('转办 to another site: its clerks see the case, the sender no longer does, the clock runs on; the steps and the log show it', async () => {
      const before = (await casePage(clerk, moving)).json;
      const sent = await transfer(clerk, moving, { site: 'WEST', reason: '地点属西村辖区' });
      assert.equal(sent.status, 200, JSON.stringify(sent.json));
      assert.deepEqual(sent.json, { stillYours: false, siteCode: 'WEST', assignedTo: null, case: null });
      assert.equal((await casePage(clerk, moving)).status, 404, 'the sender no longer sees it');
      assert.equal((await queueOf(clerk)).some((c: Entry) => c.caseNumber === moving), false);
      assert.equal((await queueOf(westClerk)).some((c: Entry) => c.caseNumber === moving), true);
      const received = (await casePage(westClerk, moving)).json;
      assert.equal(received.siteCode, 'WEST');
      assert.deepEqual(received.clock, before.clock, 'the time limit is not restarted by a 转办');
      assert.equal(received.notes.length, 1);
      assert.deepEqual({ ...received.notes[0], at: undefined }, { kind: '转办', at: undefined, by: { username: 'li.clerk', role: 'clerk' }, text: '地点属西村辖区', fromSite: 'EAST', toSite: 'WEST', toClerk: null, dueDay: null });

      // The township's supervisor names the WEST clerk who takes it in hand.
      const named = await transfer(supervisor, moving, { clerk: 'xi.clerk', reason: '请西村李员办理' });
      assert.equal(named.status, 200, JSON.stringify(named.json));
      assert.equal(named.json.assignedTo, 'xi.clerk');
      assert.equal(named.json.case.assignedTo, 'xi.clerk');
      assert.equal((await queueOf(westClerk)).find((c: Entry) => c.caseNumber === moving).assignedTo, 'xi.clerk');

      const entries = await allEntries('&action=case.transfer');
      assert.deepEqual(
        entries.map((e: Entry) => [e.actor, e.sites, e.before, e.after]),
        [
          ['wang.sup', ['WEST'], { site: 'WEST', assignedTo: null }, { site: 'WEST', assignedTo: 'xi.clerk', reason: '请西村李员办理' }],
          ['li.clerk', ['EAST', 'WEST'], { site: 'EAST', assignedTo: null }, { site: 'WEST', assignedTo: null, reason: '地点属西村辖区' }],
        ],
      );
    });

    test('督办: only a supervisor presses a case in scope; the case is marked, its note is among the steps, and the clerk\'s queue lists it after the overdue', async () => {
      for (const number of [plain, pressed]) assert.equal((await clerk.call('POST', `/v1/workbench/cases/${number}/status`, { status: '已受理' })).status, 200);
      const order = async () => (await queueOf(clerk)).map((c: Entry) => c.caseNumber).filter((n: string) => [overdue, plain, pressed].includes(n));
      assert.deepEqual(await order(), [overdue, plain, pressed], 'before: overdue first, then by the clock and the newest');

      const note = { note: '群众反映较急，请本周内办结', dueDay: today() };
      for (const user of [clerk, auditor]) {
        const refused = await supervise(user, pressed, note);
        assert.equal(refused.status, 403, user.username);
        assert.equal(refused.json.error, 'role-forbidden');
      }
      assert.equal((await supervise(supervisor, northCase, note)).status, 404, 'another township\'s case');
      assert.equal((await supervise(supervisor, pressed, { dueDay: today() })).json.error, 'invalid-body', 'a 督办 says what it wants');
      assert.equal((await supervisor.call('POST', `/v1/workbench/cases/${pressed}/supervise`, note, { csrf: false })).json.error, 'csrf-token-missing');
      assert.equal((await supervise(supervisor, pressed, { note: '请尽快', dueDay: '2020-01-02' })).json.error, 'due-day-past');
      assert.equal((await supervise(supervisor, pressed, { note: '请尽快', dueDay: '2027-02-30' })).status, 400);
      assert.equal((await casePage(clerk, pressed)).json.supervised, null, 'refused: nothing recorded');

      const pressedNow = await supervise(supervisor, pressed, { ...note, note: `${note.note}，办结后回电 13800001111` });
      assert.equal(pressedNow.status, 200, JSON.stringify(pressedNow.json));
      assert.equal(pressedNow.json.supervised.dueDay, today());
      assert.equal(pressedNow.json.notes.at(-1).kind, '督办');
      assert.equal(pressedNow.json.notes.at(-1).by.username, 'wang.sup');
      const seen = (await casePage(clerk, pressed)).json;
      assert.equal(seen.supervised.dueDay, today());
      assert.match(seen.notes[0].text, /请本周内办结/);
      assert.deepEqual(await order(), [overdue, pressed, plain], 'after: overdue, then 督办, then the rest');
      assert.equal((await queueOf(clerk)).find((c: Entry) => c.caseNumber === plain).supervised, null);
      assert.equal(seen.supervised.overdue, false, 'due today: not yet overdue');

      // The day the supervisor set passes with the case still open: it is overdue and ranks with the
      // overdue. (Read with the admin token: two days on, the users' console sessions have expired.)
      const dueDay = today();
      const offsetBefore = hub.clockOffsetMs;
      hub.clockOffsetMs += 2 * DAY_MS;
      try {
        const queue = await adminCall(hub, 'GET', '/v1/workbench/cases?site=EAST');
        assert.equal(queue.status, 200, JSON.stringify(queue.json));
        const late = queue.json.cases.find((c: Entry) => c.caseNumber === pressed);
        assert.deepEqual(late.supervised, { at: pressedNow.json.supervised.at, dueDay, overdue: true });
        const lateOrder = queue.json.cases.map((c: Entry) => c.caseNumber).filter((n: string) => [overdue, plain, pressed].includes(n));
        assert.deepEqual(lateOrder.slice(0, 2).sort(), [overdue, pressed].sort(), 'past its 督办 day, the case is listed with the overdue');
      } finally {
        hub.clockOffsetMs = offsetBefore;
      }

      const [entry] = await allEntries('&action=case.supervise');
      assert.equal(entry.actor, 'wang.sup');
      assert.match(entry.after.note, /回电 138\*\*\*\*1111/, 'a phone number typed into the note is masked in the log');
    });

    test('every change is recorded: who, when, what, before → after, the address; logins without passwords; no personal data', async () => {
      assert.equal((await clerk.call('POST', `/v1/workbench/cases/${plain}/status`, { status: '办理中' })).status, 200);
      assert.equal((await adminCall(hub, 'POST', '/v1/admin/enrollment-codes', { siteCode: 'EAST' })).status, 201);
      assert.equal((await adminCall(hub, 'PUT', '/v1/admin/townships/BEIHE', { sites: ['NORTH'] })).status, 200);
      assert.equal((await adminCall(hub, 'POST', `/v1/admin/terminals/${east.terminalId}/commands`, { command: { type: 'set-volume', percent: 40 } })).status, 201);
      assert.equal((await adminCall(hub, 'POST', '/v1/admin/accounts/xi.clerk/disable')).status, 200);
      assert.equal((await adminCall(hub, 'POST', '/v1/admin/accounts/xi.clerk/enable')).status, 200);
      assert.equal((await adminCall(hub, 'POST', '/v1/admin/accounts/xi.clerk/reset-password', { password: 'reset-by-admin-7' })).status, 200);
      for (let i = 0; i < 2; i++) assert.equal((await adminCall(hub, 'PUT', '/v1/admin/documents/config', { body: { session: { idleTimeoutSeconds: 90 } } })).status, 200);
      assert.equal((await adminCall(hub, 'POST', `/v1/admin/terminals/${east.terminalId}/rollbacks/acknowledge`, { by: 'zhang.tech' })).status, 200);
      assert.equal((await logIn(hub, 'li.clerk', 'wrong-password-typed')).login.status, 401);
      assert.equal((await logIn(hub, 'Typed-Secret-As-Name-9', 'whatever-it-was')).login.status, 401);

      const entries = await allEntries();
      const actions = new Set(entries.map((e: Entry) => e.action));
      for (const action of ['account.create', 'login', 'password.change', 'login.failed', 'township.set', 'case.status', 'case.reveal', 'case.transfer', 'case.supervise', 'enrollment-code.create', 'terminal.command', 'account.disable', 'account.enable', 'account.reset-password', 'document.publish', 'rollback.acknowledge']) {
        assert.ok(actions.has(action), `${action} recorded (${[...actions].join(', ')})`);
      }
      for (const e of entries) {
        assert.ok(Date.now() - Date.parse(e.at) < 10 * 60_000, `${e.action} at ${e.at}`);
        assert.match(e.address, /127\.0\.0\.1|::1/);
      }
      const created = entries.find((e: Entry) => e.action === 'account.create' && e.target.id === 'li.clerk');
      assert.equal(created.actor, 'admin-token');
      assert.equal(created.viaToken, true);
      assert.equal(created.before, null);
      assert.equal(created.after.role, 'clerk');
      const disabled = entries.find((e: Entry) => e.action === 'account.disable');
      assert.equal(disabled.before.disabledAt, null);
      assert.notEqual(disabled.after.disabledAt, null);
      const moved = entries.find((e: Entry) => e.action === 'case.status' && e.target.id === plain && e.after.status === '办理中');
      assert.deepEqual([moved.actor, moved.before, moved.sites], ['li.clerk', { status: '已受理' }, ['EAST']]);
      const failed = entries.filter((e: Entry) => e.action === 'login.failed');
      assert.deepEqual(failed.map((e: Entry) => [e.actor, e.after.why]).sort(), [['(unknown)', 'unknown-account'], ['li.clerk', 'wrong-password']]);
      assert.deepEqual(entries.find((e: Entry) => e.action === 'township.set' && e.target.id === 'DONGSHENG').after, { sites: ['EAST', 'WEST'] });
      assert.deepEqual(entries.find((e: Entry) => e.action === 'terminal.command').sites, ['EAST']);
      assert.deepEqual(entries.filter((e: Entry) => e.action === 'document.publish').map((e: Entry) => [e.target.id, e.before, e.after]), [
        ['config', { version: 1 }, { version: 2, warnings: 0 }],
        ['config', null, { version: 1, warnings: 0 }],
      ]);
      const acknowledged = entries.find((e: Entry) => e.action === 'rollback.acknowledge');
      assert.deepEqual([acknowledged.target, acknowledged.sites, acknowledged.after.by], [{ kind: 'terminal', id: east.terminalId }, ['EAST'], 'zhang.tech']);

      const text = JSON.stringify(entries);
      assert.doesNotMatch(text, /wrong-password-typed|whatever-it-was|Typed-Secret-As-Name-9|reset-by-admin-7|temporary-|clerk-password-1|scrypt/, 'no password, and no name no account has');
      assert.doesNotMatch(text, new RegExp(`张三民|13912345678|13800001111|${RESIDENT}|东村村口`), 'no resident\'s name, phone, ID number or address');
    });

    test('who reads it: admins all; a scoped auditor only entries about its sites; clerks and supervisors are refused', async () => {
      for (const user of [clerk, supervisor]) {
        const refused = await user.call('GET', '/v1/workbench/audit');
        assert.equal(refused.status, 403, user.username);
        assert.equal(refused.json.error, 'role-forbidden');
      }
      const seen: Entry[] = (await auditor.call('GET', '/v1/workbench/audit?limit=200')).json.entries;
      assert.ok(seen.length >= 5);
      for (const e of seen) assert.ok(e.sites.includes('EAST'), `${e.action} ${JSON.stringify(e.sites)}`);
      assert.ok(seen.some((e: Entry) => e.action === 'case.transfer' && e.actor === 'li.clerk'), 'a 转办 out of its site');
      assert.ok(seen.some((e: Entry) => e.action === 'terminal.command'));
      assert.equal(seen.some((e: Entry) => e.action.startsWith('account.') || e.action.startsWith('login') || e.action === 'password.change'), false, 'accounts and logins are the admins\'');
      assert.equal(seen.some((e: Entry) => e.actor === 'wang.sup' && e.action === 'case.transfer'), false, 'a WEST-only 转办 is not its');
    });

    test('filters (who, action, days) and pages newest first', async () => {
      const byClerk = await allEntries('&actor=li.clerk');
      assert.ok(byClerk.length >= 4);
      assert.ok(byClerk.every((e: Entry) => e.actor === 'li.clerk'));
      const caseEntries = await allEntries('&action=case');
      assert.ok(caseEntries.length >= 6 && caseEntries.every((e: Entry) => e.action.startsWith('case.')));
      assert.equal((await allEntries('&action=case.transfer')).length, 2);
      const all = await allEntries();
      assert.equal((await allEntries(`&from=${today()}&to=${today()}`)).length, all.length, 'everything happened today');
      assert.deepEqual(await allEntries('&to=2000-01-01'), []);
      assert.equal((await adminCall(hub, 'GET', '/v1/workbench/audit?from=yesterday')).status, 400);

      const walked: string[] = [];
      let before = '';
      for (let pages = 0; pages < 100; pages++) {
        const page = (await adminCall(hub, 'GET', `/v1/workbench/audit?limit=7${before}`)).json;
        assert.ok(page.entries.length <= 7);
        walked.push(...page.entries.map((e: Entry) => e.id));
        if (!page.next) break;
        before = `&before=${page.next}`;
      }
      assert.deepEqual(walked, all.map((e: Entry) => e.id), 'the pages together are the whole log, newest first, none twice');
      assert.deepEqual([...walked].sort((a, b) => Number(b) - Number(a)), walked);
    });

    test('append-only: no route changes or deletes an entry, and the database itself refuses UPDATE, DELETE and TRUNCATE', async () => {
      for (const method of ['DELETE', 'PUT', 'PATCH', 'POST']) assert.equal((await adminCall(hub, method, '/v1/workbench/audit', method === 'DELETE' ? undefined : {})).status, 404, method);
      // PGlite in memory is the hub's alone: its twin (same migrations) stands in for it.
      const db = await openDatabase({ databaseUrl: hub.databaseUrl });
      try {
        if (!hub.databaseUrl) await db.query(`INSERT INTO audit_log (at, actor, action, target_kind, target_id) VALUES (now(), 'x', 'login', 'session', 'x')`);
        const count = async () => (await db.query<{ n: string }>('SELECT count(*)::text AS n FROM audit_log'))[0]!.n;
        const before = await count();
        for (const statement of ["UPDATE audit_log SET actor = 'someone-else'", 'DELETE FROM audit_log', 'TRUNCATE audit_log']) {
          await assert.rejects(db.query(statement), /append-only/, statement);
        }
        assert.equal(await count(), before);
        assert.equal((await db.query<{ actor: string }>(`SELECT actor FROM audit_log WHERE actor = 'someone-else'`)).length, 0);
      } finally {
        await db.close();
      }
    });
  });
}
