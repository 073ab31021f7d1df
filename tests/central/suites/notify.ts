// Issue 26: what the hub sends out. Webhook events and SMS notices are queued in the transaction of
// the change and delivered by the worker through a receiver that refuses, answers 500 and 429,
// hangs and loses its answer: every event arrives, signed, in order per case, none accepted twice
// except the one whose answer was lost (same event id: the receiver deduplicates). A dead delivery
// holds its case's later events until an admin replays it. Workers sharing one database (a
// restart, two hub processes) send nothing twice. Bad configuration is refused and changes nothing.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { adminCall, enrollTerminal, signedCall, type HubFactory, type HubUnderTest, type TestTerminal } from '../helpers/hub.ts';
import { startFaultReceiver, type FaultReceiver } from '../helpers/fault-receiver.ts';
import { caseNumberOf, demandItem, ratingItem } from './case-items.ts';
import { createDeliveryWorker } from '../../../central/notify/delivery-worker.ts';
import { recordEvents } from '../../../central/notify/outbox.ts';
import { runNotifyCommand, type NotifyCommandOptions } from '../../../central/notify/notify-commands.ts';
import { createAdminClient } from '../../../central/admin-client.ts';

const FAST = { retry: { baseMs: 20, capMs: 200, giveUpAfterMs: 3 * 86_400_000 }, pollMs: 20, timeoutMs: 400 };
const DAY_MS = 86_400_000;

type Taken = FaultReceiver['taken'][number];
const caseOf = (t: Taken) => String(t.json.data?.caseNumber ?? t.json.data?.target ?? '').replace(/^case:/, '');
/** Each event id once, in the order first taken. */
const firstTakes = (taken: Taken[]) => taken.filter((t, i) => taken.findIndex((u) => u.json.id === t.json.id) === i);

export function notifySuite(startHub: HubFactory): void {
  describe('issue 26: webhooks and SMS notices through a faulty receiver', () => {
    let hub: HubUnderTest;
    let kiosk: TestTerminal;
    let hook: FaultReceiver;
    let sms: FaultReceiver;
    const smsSecret = 'sms-gateway-secret-0123456789';
    beforeAll(async () => {
      sms = await startFaultReceiver([], { path: '/sms' });
      sms.secret = smsSecret;
      hub = await startHub({ delivery: { ...FAST, smsPerPhonePerHour: 2, smsGateway: { url: sms.url, secret: smsSecret } } });
      kiosk = await enrollTerminal(hub, 'EAST');
    });
    afterAll(async () => {
      await hub?.close();
      await Promise.all([hook?.close(), sms?.close()]);
    });
    // Signed at the hub's time: the tests move its clock by hours and days.
    const sendBatch = (_hub: HubUnderTest, terminal: TestTerminal, items: unknown[]) =>
      signedCall(hub, terminal, 'POST', '/v1/transactions/batch', { body: { items }, timestamp: String(Date.now() + hub.clockOffsetMs) });
    const move = (n: string, status: string, reply?: string) => adminCall(hub, 'POST', `/v1/admin/cases/${n}/status`, { status, ...(reply ? { reply } : {}) });
    const withNotice = (n: string, phone: string, language: string) => {
      const item = demandItem(n);
      (item.payload.personal as Record<string, unknown>).smsNotice = { phone, language };
      return item;
    };

    test('a webhook URL that is not https outside this machine, or an unknown event, is refused and nothing is configured', async () => {
      const plain = await adminCall(hub, 'POST', '/v1/admin/webhooks', { url: 'http://12345.example.gov.cn/intake' });
      assert.equal(plain.status, 400);
      assert.equal(plain.json.error, 'insecure-url');
      assert.match(plain.json.message, /not https/);
      const creds = await adminCall(hub, 'POST', '/v1/admin/webhooks', { url: 'https://user:pw@12345.example.gov.cn/' });
      assert.equal(creds.json.error, 'invalid-url');
      const unknownEvent = await adminCall(hub, 'POST', '/v1/admin/webhooks', { url: 'https://12345.example.gov.cn/', events: ['case.deleted'] });
      assert.equal(unknownEvent.status, 400);
      assert.equal(unknownEvent.json.issues[0].path, 'events.0');
      assert.deepEqual((await adminCall(hub, 'GET', '/v1/admin/webhooks')).json, []);
    });

    test('an SMS template with a placeholder a notice may not carry is refused, naming it; a good one is saved', async () => {
      const bad = await adminCall(hub, 'PUT', '/v1/admin/sms-templates/en', { text: 'Dear {name}, case {caseNumber} is {status}' });
      assert.equal(bad.status, 400);
      assert.equal(bad.json.error, 'unknown-placeholder');
      assert.match(bad.json.message, /\{name\}.*allowed: \{caseNumber\}, \{status\}, \{link\}/);
      const lone = await adminCall(hub, 'PUT', '/v1/admin/sms-templates/en', { text: 'Case {caseNumber is {status}' });
      assert.equal(lone.status, 400);
      const unknownLanguage = await adminCall(hub, 'PUT', '/v1/admin/sms-templates/fr', { text: 'Case {caseNumber}' });
      assert.equal(unknownLanguage.status, 400);
      const listed = (await adminCall(hub, 'GET', '/v1/admin/sms-templates')).json;
      assert.equal(listed.templates.find((t: { language: string }) => t.language === 'en').source, 'default', 'nothing was saved');
      const good = await adminCall(hub, 'PUT', '/v1/admin/sms-templates/en', { text: 'Case {caseNumber}: {status}. See {link}' });
      assert.equal(good.status, 200);
      assert.equal((await adminCall(hub, 'GET', '/v1/admin/sms-templates')).json.templates.find((t: { language: string }) => t.language === 'en').source, 'edited');
    });

    test('through 500, 429, a hang and a lost answer every event arrives signed, in order per case, each taken once but the lost one', async () => {
      hook = await startFaultReceiver([{ status: 500 }, { status: 429, retryAfter: '0' }, 'hang', 'lose-answer', { status: 503 }]);
      const created = await adminCall(hub, 'POST', '/v1/admin/webhooks', { url: hook.url, description: '12345 intake' });
      assert.equal(created.status, 201, JSON.stringify(created.json));
      assert.match(created.json.secret, /^whsec_/);
      hook.secret = created.json.secret;
      assert.ok(!JSON.stringify((await adminCall(hub, 'GET', '/v1/admin/webhooks')).json).includes(hook.secret), 'the secret is shown once');

      const [a, b] = [caseNumberOf(1, 1), caseNumberOf(1, 2)];
      assert.equal((await sendBatch(hub, kiosk, [demandItem(a), demandItem(b)])).status, 200);
      for (const [n, status, reply] of [[a, '已受理'], [b, '已受理'], [a, '办理中'], [b, '已办结', '路灯已修好'], [a, '已办结', '已答复']] as const) {
        assert.equal((await move(n, status, reply)).status, 200);
      }
      assert.equal((await sendBatch(hub, kiosk, [ratingItem({ type: 'case', caseNumber: a }, 5)])).status, 200);
      const expected = 2 + 5 + 1;
      await hook.until(() => firstTakes(hook.taken).length === expected, 20_000, `${expected} distinct events`);

      const events = firstTakes(hook.taken);
      assert.ok(hook.taken.every((t) => t.signatureOk), 'every request carries a valid signature');
      assert.ok(hook.taken.every((t) => t.headers['kiosk-event-id'] === t.json.id), 'the event id is in a header too');
      assert.equal(hook.taken.length, expected + 1, 'only the delivery whose answer was lost came twice');
      const twice = hook.taken.filter((t) => hook.taken.filter((u) => u.json.id === t.json.id).length > 1);
      assert.equal(new Set(twice.map((t) => t.json.id)).size, 1);
      const story = (n: string) => events.filter((e) => caseOf(e) === n).map((e) => `${e.json.type}${e.json.data?.status ? ` ${e.json.data.status}` : ''}`);
      assert.deepEqual(story(a), ['case.created', 'case.status_changed 已受理', 'case.status_changed 办理中', 'case.status_changed 已办结', 'rating.given']);
      assert.deepEqual(story(b), ['case.created', 'case.status_changed 已受理', 'case.status_changed 已办结']);
      const closed = events.find((e) => caseOf(e) === b && e.json.data?.status === '已办结')!;
      assert.deepEqual(closed.json.data, { caseNumber: b, kind: 'demand', previousStatus: '已受理', status: '已办结', reply: '路灯已修好', siteCode: 'EAST', at: closed.json.data!.at });
      assert.ok(!JSON.stringify(events.map((e) => e.json)).includes('13800001111'), 'no personal field leaves the hub');

      // The receiver has the last event a moment before the worker records its answer: wait for that record.
      const toHook = async () => ((await adminCall(hub, 'GET', `/v1/admin/deliveries?case=${a}`)).json as { destination: string; state: string }[]).filter((d) => d.destination === created.json.id);
      for (const deadline = Date.now() + 10_000; Date.now() < deadline && !(await toHook()).every((d) => d.state === 'delivered'); ) await new Promise((r) => setTimeout(r, 50));
      const recorded = await toHook();
      assert.equal(recorded.length, 5);
      assert.deepEqual(recorded.map((d) => d.state), Array(5).fill('delivered'));
    });

    test('a resident who opted in gets each step by SMS in their language with a link to the case, masked everywhere else, at most N an hour', async () => {
      const [en, zh, none] = [caseNumberOf(1, 3), caseNumberOf(1, 4), caseNumberOf(1, 5)];
      const before = sms.taken.length;
      assert.equal((await sendBatch(hub, kiosk, [withNotice(en, '13900002222', 'en'), withNotice(zh, '13700003333', 'bo'), demandItem(none)])).status, 200);
      await move(en, '已受理');
      await move(zh, '补正材料', '请补充现场照片');
      await move(none, '已受理');
      await sms.until(() => sms.taken.length === before + 2, 20_000, 'two notices');
      const [first, second] = sms.taken.slice(before).sort((x, y) => String(x.json.to).localeCompare(String(y.json.to)));
      assert.ok(first!.signatureOk && second!.signatureOk);
      assert.equal(second!.json.to, '13900002222');
      assert.equal(second!.json.text, `Case ${en.slice(0, 4)}-${en.slice(4, 11)}-${en.slice(11)}: 已受理. See ${hub.url}/progress/${en}`, 'the edited English template');
      assert.equal(first!.json.to, '13700003333');
      assert.match(first!.json.text!, /^您的办件.*进度更新：补正材料。/, 'no Tibetan template: Chinese');
      assert.ok(!first!.json.text!.includes('现场照片'), 'the reply stays at the hub: a notice carries case number, status, link');
      assert.equal(second!.headers['idempotency-key'], second!.json.id);

      const link = /https?:\/\/\S+$/.exec(second!.json.text!)![0];
      const page = await fetch(link, { headers: { accept: 'application/json' } });
      assert.equal(page.status, 200);
      const view = await page.json();
      assert.equal(view.caseNumber, en);
      assert.equal(view.status, '已受理');

      const listed = JSON.stringify((await adminCall(hub, 'GET', `/v1/admin/deliveries?case=${en}`)).json);
      assert.ok(listed.includes('139****2222'), 'the admin sees the notice, phone masked');
      assert.ok(!listed.includes('13900002222'));

      // Two notices an hour for this hub's phones: the third waits for the hour, then goes.
      await move(en, '办理中');
      await sms.until(() => sms.taken.length === before + 3, 20_000, 'the second notice to one phone');
      await move(en, '已办结', '已办结');
      const waiting = async () => ((await adminCall(hub, 'GET', `/v1/admin/deliveries?case=${en}&state=pending`)).json as { recipient: string | null; nextAttemptAt: string }[]).filter((d) => d.recipient);
      // The worker took it, saw the phone's hour used up and set it to wait for the hour's end.
      const hourAway = Date.now() + hub.clockOffsetMs + 50 * 60_000;
      let held = await waiting();
      for (let i = 0; i < 500 && !(held.length === 1 && Date.parse(held[0]!.nextAttemptAt) > hourAway); i++) held = await waiting();
      assert.equal(held.length, 1);
      assert.ok(Date.parse(held[0]!.nextAttemptAt) > hourAway, `held until ${held[0]!.nextAttemptAt}`);
      assert.equal(sms.taken.length, before + 3, 'over the hourly limit: held');
      hub.clockOffsetMs += 3_600_000 + 1000;
      sms.clockOffsetMs = hub.clockOffsetMs;
      hook.clockOffsetMs = hub.clockOffsetMs;
      await sms.until(() => sms.taken.length === before + 4, 20_000, 'the held notice after the hour');
      assert.match(sms.taken.at(-1)!.json.text!, /已办结/);
    });

    test('a delivery failing for three days goes to the dead letters and holds its case; replayed, it and the held one arrive in order', async () => {
      const down = await startFaultReceiver(Array.from({ length: 10_000 }, () => ({ status: 500 })));
      try {
        const created = await adminCall(hub, 'POST', '/v1/admin/webhooks', { url: down.url, events: ['case.status_changed'] });
        down.secret = created.json.secret;
        const n = caseNumberOf(1, 6);
        assert.equal((await sendBatch(hub, kiosk, [demandItem(n)])).status, 200);
        assert.equal((await move(n, '已受理')).status, 200);
        await down.until(() => down.arrivals >= 2, 20_000, 'retries');
        hub.clockOffsetMs += 3 * DAY_MS + 60_000;
        down.clockOffsetMs = sms.clockOffsetMs = hook.clockOffsetMs = hub.clockOffsetMs;
        const deadOnes = async () => ((await adminCall(hub, 'GET', '/v1/admin/deliveries?state=dead')).json as { id: string; destination: string; lastError: string }[]).filter((d) => d.destination === created.json.id);
        // The next failure is three days after the event: it goes to the dead letters.
        let dead = await deadOnes();
        for (let i = 0; dead.length === 0 && i < 500; i++) dead = await deadOnes();
        assert.equal(dead.length, 1);
        assert.equal(dead[0]!.lastError, 'HTTP 500');
        await move(n, '已办结', '已处理');
        const held = (await adminCall(hub, 'GET', `/v1/admin/deliveries?case=${n}&state=pending`)).json as { destination: string }[];
        assert.equal(held.filter((d) => d.destination === created.json.id).length, 1, 'the later event waits behind the dead one');

        down.script.length = 0; // the receiver is back
        assert.equal((await adminCall(hub, 'POST', '/v1/admin/deliveries/999999/replay')).status, 404);
        assert.equal((await adminCall(hub, 'POST', '/v1/admin/deliveries/x1/replay')).json.error, 'invalid-delivery-id');
        // As an admin does it: kioskctl deliveries --state dead, then deliveries replay ID.
        const printed: string[] = [];
        const ctl = (words: string[], o: Partial<NotifyCommandOptions> = {}) => runNotifyCommand(createAdminClient(hub.url, hub.adminToken), words[0]!, words.slice(1), { json: false, ...o }, (t) => printed.push(t));
        assert.ok(await ctl(['deliveries'], { state: 'dead' }));
        assert.match(printed.at(-1)!, new RegExp(`${dead[0]!.id} +case\\.status_changed +${created.json.id} +case:${n} +dead .*HTTP 500`));
        assert.ok(await ctl(['deliveries', 'replay', dead[0]!.id]));
        assert.match(printed.at(-1)!, new RegExp(`delivery ${dead[0]!.id} \\(case\\.status_changed to ${created.json.id}\\) is pending again`));
        assert.equal((await adminCall(hub, 'POST', `/v1/admin/deliveries/${dead[0]!.id}/replay`)).json.error, 'not-dead');
        await down.until(() => down.taken.length === 2, 20_000, 'both events after the replay');
        assert.deepEqual(down.taken.map((t) => t.json.data?.status), ['已受理', '已办结']);
        assert.ok(down.taken.every((t) => t.signatureOk));
      } finally {
        await down.close();
      }
    });

    test('an Open311 GeoReport v2 client discovers the 诉求 services and follows demands, seeing what a case number alone shows', async () => {
      const open311 = async (path: string) => {
        const response = await fetch(`${hub.url}/open311/v2/${path}`);
        return { status: response.status, type: response.headers.get('content-type') ?? '', json: await response.json() };
      };
      // GeoReport v2: GET services → service_code, service_name, metadata, type, keywords, group.
      const services = await open311('services.json');
      assert.equal(services.status, 200);
      assert.match(services.type, /application\/json/);
      const complaint = services.json.find((s: { service_name: string }) => s.service_name === '投诉');
      assert.deepEqual(complaint, { service_code: 'complaint', service_name: '投诉', description: '诉求：投诉', metadata: true, type: 'realtime', keywords: '投诉', group: '诉求' });
      assert.equal(services.json.length, 6);
      // metadata true → GET services/{code} lists attributes.
      const definition = await open311(`services/${complaint.service_code}.json`);
      assert.equal(definition.json.service_code, 'complaint');
      assert.deepEqual(definition.json.attributes.map((a: { code: string; order: number }) => [a.code, a.order]), [['place_text', 1], ['anonymous', 2]]);
      const unknown = await open311('services/potholes.json');
      assert.equal(unknown.status, 404);
      assert.equal(unknown.json[0].code, 404, 'errors are [{ code, description }]');

      const [a, b, zh, none] = [caseNumberOf(1, 1), caseNumberOf(1, 2), caseNumberOf(1, 4), caseNumberOf(1, 5)];
      const some = await open311(`requests.json?service_request_id=${zh},${none}`);
      assert.equal(some.status, 200);
      assert.deepEqual(some.json.map((r: { service_request_id: string; status: string; status_notes: string }) => [r.service_request_id, r.status, r.status_notes]).sort(), [[zh, 'open', '补正材料'], [none, 'open', '已受理']].sort());
      assert.equal(some.json[0].service_code, 'complaint');
      assert.ok(!JSON.stringify(some.json).includes('村口路灯') && !JSON.stringify(some.json).includes('现场照片'), 'no words of the resident or the clerk: what a number alone shows');
      const one = await open311(`requests/${b}.json`);
      assert.deepEqual([one.json.length, one.json[0].status, one.json[0].status_notes], [1, 'closed', '已办结']);
      const closed = await open311('requests.json?status=closed&service_code=complaint');
      const closedIds = closed.json.map((r: { service_request_id: string }) => r.service_request_id);
      assert.ok(closedIds.includes(a) && closedIds.includes(b) && !closedIds.includes(zh));
      assert.equal((await open311('requests.json?service_request_id=123')).status, 400);
      assert.equal((await open311('requests.json?status=pending')).status, 400);
    });
  });

  describe('issue 26: delivery workers sharing one database', () => {
    test('a worker stopped mid-stream and two workers after it send every event once, in order per case', async () => {
      const db = await startHub.openDatabase();
      const receiver = await startFaultReceiver();
      try {
        receiver.secret = 'whsec_shared-database-test';
        await db.query(`INSERT INTO webhook_endpoints (id, url, secret, events, created_at, created_by) VALUES ('whe_t', $1, $2, '{case.status_changed}', now(), 'test')`, [receiver.url, receiver.secret]);
        const at = new Date().toISOString();
        const statuses = ['已受理', '办理中', '特别程序', '办理中', '已办结'] as const;
        const cases = Array.from({ length: 8 }, (_, i) => caseNumberOf(3, i + 1));
        for (const status of statuses) {
          await db.transaction((tx) =>
            recordEvents(tx, cases.map((caseNumber) => ({ type: 'case.status_changed' as const, at, data: { caseNumber, kind: 'demand' as const, previousStatus: '已接件' as const, status, reply: null, siteCode: 'S', at } }))),
          );
        }
        const options = { now: Date.now, publicUrl: 'http://127.0.0.1', sms: null, pollMs: 10, batchSize: 3 };
        const first = createDeliveryWorker(db, options);
        await receiver.until(() => receiver.taken.length >= 7, 20_000, 'some deliveries');
        await first.stop(); // a restart: what it was sending is finished and recorded first
        const afterStop = receiver.taken.length;
        const [second, third] = [createDeliveryWorker(db, options), createDeliveryWorker(db, options)];
        await receiver.until(() => receiver.taken.length >= cases.length * statuses.length, 20_000, 'all deliveries');
        await Promise.all([second.stop(), third.stop()]);
        assert.ok(afterStop < cases.length * statuses.length, 'the restart happened mid-stream');
        const ids = receiver.taken.map((t) => t.json.id);
        assert.equal(ids.length, new Set(ids).size, 'no event sent twice');
        assert.equal(ids.length, cases.length * statuses.length);
        for (const n of cases) assert.deepEqual(receiver.taken.filter((t) => caseOf(t) === n).map((t) => t.json.data?.status), [...statuses], `order of ${n}`);
        const [left] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE state <> 'delivered'`);
        assert.equal(left!.n, 0);
      } finally {
        await receiver.close();
        await db.close();
      }
    });
  });
}
