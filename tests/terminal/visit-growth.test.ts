// Endurance (issue 28): a hall's kiosk runs for weeks without a restart, so nothing the core holds
// may grow with each visit. Counted, not timed: the listeners on every device and on the core's
// events (through the browser shell's socket, as the screen subscribes), and the timers pending on
// the core's clock and in the process, after 20 visits and again after 100 more of every kind.
import { testHub } from '../support/test-hub.ts';
import { describe, test, beforeEach, afterEach } from 'vitest';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { serveApiSocket } from '../../browser-shell/api-socket.ts';
import { createCoreHarness } from '../support/core-harness.ts';
import { FakeCardReader, FakeDocumentPrinter } from '../support/fake-devices.ts';
import { hanResident } from '../support/fixtures.ts';
import { sampleGuides, sampleNotices } from '../support/info-samples.ts';
import { mattersBody } from '../central/suites/public-matters.ts';
import { mattersBodySchema } from '../../shared/contract/public-matters.ts';
import type { KioskApi } from '../../terminal/api.ts';

type Harness = ReturnType<typeof createCoreHarness>;
const residenceAnswers = { phone: '13812345678', residence: '红星小区3栋2单元501', since: '2015-06-01', housing: 'rent', purpose: 'school' };

const listeners = (emitter: EventEmitter) => emitter.eventNames().reduce((n, name) => n + emitter.listenerCount(name), 0);
const processTimers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout' || r === 'Immediate').length;

/** The core's clock, counting the timers set and not yet fired or cleared. */
function countPendingTimers(h: Harness): () => number {
  const pending = new Set<unknown>();
  const set = h.clock.setTimeout.bind(h.clock);
  const clear = h.clock.clearTimeout.bind(h.clock);
  h.clock.setTimeout = (fn, ms) => {
    const handle: unknown = set(() => (pending.delete(handle), fn()), ms);
    pending.add(handle);
    return handle;
  };
  h.clock.clearTimeout = (handle) => (pending.delete(handle), clear(handle));
  return () => pending.size;
}

/** Every kind of visit the core serves without a hub, each ending as a resident ends it. */
async function visit(h: Harness, n: number): Promise<void> {
  const t = h.terminal;
  const kind = n % 5;
  // 取号 and 事项办理 need the card; the others are visited with and without it in turn.
  const withCard = kind === 0 || kind === 2 || n % 2 === 0;
  if (withCard) h.cardReader.place(hanResident);
  else await t.startAnonymousSession({});
  switch (kind) {
    case 0: {
      const ticket = await t.takeQueueTicket({ serviceId: 'queue' });
      await t.rateTransaction({ transactionId: ticket.transactionId, level: 5 });
      await t.myCases({});
      break;
    }
    case 1: {
      const receipt = await t.submitDemand({ category: '投诉', description: '路灯坏了', siteId: null, placeText: '东门', callbackPhone: null, anonymous: true });
      await t.lookupCase({ caseNumber: receipt.caseNumber, queryCode: receipt.queryCode });
      break;
    }
    case 2: {
      const receipt = await t.submitApplication({ itemId: 'juzhu-zhengming', answers: residenceAnswers, cardFieldsConfirmed: true });
      await t.rateTransaction({ transactionId: receipt.transactionId, level: 2, reasons: ['多次跑动'], reason: '多次跑动' });
      break;
    }
    case 3: {
      const { guides } = await t.searchGuides({ query: 'ylbx' });
      await t.getGuide({ guideId: guides[0]!.id });
      await t.printGuide({ guideId: guides[0]!.id });
      await t.listNotices({});
      break;
    }
    case 4: {
      const { topics } = await t.mattersOverview({});
      const topic = await t.getTopic({ topicId: topics[0]!.id });
      if (topic.state === 'open' && withCard) await t.voteOnTopic({ topicId: topic.id, optionId: topic.options[0]!.id }).catch(() => undefined);
      await t.ratingTargets({});
      break;
    }
  }
  await t.endSession({});
}

describe('a hundred visits leave nothing behind in the core', () => {
  let h: Harness;
  let scanner: FakeCardReader;
  let documentPrinter: FakeDocumentPrinter;
  beforeEach(() => {
    scanner = new FakeCardReader();
    documentPrinter = new FakeDocumentPrinter();
    h = createCoreHarness({}, { scanner, documentPrinter, hub: testHub({ terminalNumber: () => 3 }) });
    h.terminal.applyGuides(sampleGuides(), 1);
    h.terminal.applyNotices(sampleNotices());
    h.terminal.applyMatters(mattersBodySchema.parse(mattersBody(h.clock.now())));
  });
  afterEach(() => h.close());

  test('device listeners, the core clock’s timers and the process’s timers are as many after 120 visits as after 20', async () => {
    const clockTimers = countPendingTimers(h);
    const count = () => ({
      cardReader: listeners(h.cardReader),
      printer: listeners(h.printer),
      documentPrinter: listeners(documentPrinter),
      scanner: listeners(scanner),
      clockTimers: clockTimers(),
      processTimers: processTimers(),
    });
    for (let n = 0; n < 20; n++) await visit(h, n);
    const warm = count();
    for (let n = 20; n < 120; n++) await visit(h, n);
    assert.deepEqual(count(), warm);
    assert.ok(h.printer.printed.length >= 60, `the visits printed (${h.printer.printed.length} jobs): they did run`);
  });

  test('a screen that connects and leaves 100 times leaves no listener on the core’s events', async () => {
    let subscribed = 0;
    const on: KioskApi['on'] = (event, listener) => {
      subscribed++;
      const off = h.terminal.on(event, listener);
      return () => (subscribed--, off());
    };
    const counted: KioskApi = Object.create(h.terminal, { on: { value: on } });
    for (let n = 0; n < 100; n++) {
      // The socket as serveApiSocket uses it: events, an open state, send; then the page goes away.
      const socket = Object.assign(new EventEmitter(), { readyState: 1, OPEN: 1, bufferedAmount: 0, send: () => undefined, terminate: () => undefined });
      serveApiSocket(counted, socket as never);
      assert.ok(subscribed > 0, 'the screen subscribes to the core’s events');
      socket.emit('close');
    }
    assert.equal(subscribed, 0);
  });
});
