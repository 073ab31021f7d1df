// The screen's clock (issue 21): the times the ticket, certificate and progress screens show are on
// the site's clock that the core's status names, whatever zone the kiosk's system runs in. Under
// TZ=UTC this failed before: the screens said 16:03 of 1 March for a ticket taken at 00:03 Beijing
// time on 2 March, while the paper said 08:03. (tests/e2e/site-clock.browser.test.ts: in Chromium.)
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { localDateFormat, setSiteTimeZone } from '../../renderer/i18n/dates.ts';
import { formatTime } from '../../renderer/screens/progress-query/format-time.ts';

// As the ticket screen and the certificate screen format (renderer/screens/…).
const ticketTime = localDateFormat({ hour: '2-digit', minute: '2-digit' });
const issueTime = localDateFormat({ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
const at = new Date('2026-03-01T16:03:00Z');

test('a Beijing-time site shows 00:03 on 2 March for 2026-03-01T16:03Z', () => {
  setSiteTimeZone('Asia/Shanghai');
  assert.equal(ticketTime(at), '00:03');
  assert.equal(issueTime(at), '2026/03/02 00:03');
  assert.equal(formatTime(at.toISOString()), '2026-03-02 00:03');
});

test('a site set to Xinjiang time shows 22:03 on 1 March for the same instant', () => {
  setSiteTimeZone('Asia/Urumqi');
  assert.equal(ticketTime(at), '22:03');
  assert.equal(issueTime(at), '2026/03/01 22:03');
  assert.equal(formatTime(at.toISOString()), '2026-03-01 22:03');
});

test('before the status arrives, the screen keeps Beijing time', () => {
  setSiteTimeZone(undefined);
  assert.equal(ticketTime(at), '00:03');
});
