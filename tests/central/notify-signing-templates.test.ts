// Issue 26, the pure parts: a receiver's check of the hub's signature (replay window, tampering),
// template placeholders, back-off growth and the phone mask.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { signatureHeader, verifySignature } from '../../central/notify/signature.ts';
import { checkTemplate, renderTemplate } from '../../central/notify/sms/templates.ts';
import { backoffMs, defaultRetryPolicy } from '../../central/notify/retry-policy.ts';
import { maskPhone } from '../../central/notify/sms/phone-mask.ts';
import { checkReceiverUrl } from '../../central/notify/receiver-url.ts';

const secret = 'whsec_test';
const body = '{"id":"evt_1","type":"case.created"}';
const at = Date.parse('2026-12-07T10:00:00Z');

test('a signature checks over the exact body within five minutes, and fails when stale, tampered or under another secret', () => {
  const header = signatureHeader(secret, body, at);
  assert.match(header, /^t=1796637600,v1=[0-9a-f]{64}$/);
  assert.deepEqual(verifySignature(secret, header, body, at + 299_000), { ok: true });
  assert.deepEqual(verifySignature(secret, header, body, at + 301_000), { ok: false, reason: 'stale' });
  assert.deepEqual(verifySignature(secret, header, body.replace('created', 'deleted'), at), { ok: false, reason: 'mismatch' });
  assert.deepEqual(verifySignature('whsec_other', header, body, at), { ok: false, reason: 'mismatch' });
  assert.deepEqual(verifySignature(secret, 'v1=abc', body, at), { ok: false, reason: 'malformed' });
});

test('a template takes only {caseNumber}, {status} and {link}, and renders the case number as receipts print it', () => {
  assert.throws(() => checkTemplate('您好{name}'), /\{name\} is not a placeholder/);
  assert.throws(() => checkTemplate('办件{caseNumber'), /lone \{/);
  assert.throws(() => checkTemplate('  '), /empty/);
  assert.throws(() => checkTemplate('x'.repeat(301)), /at most 300/);
  assert.equal(renderTemplate(checkTemplate('办件{caseNumber}：{status} {link}'), { caseNumber: '000100000011', status: '已受理', link: 'https://h/progress/000100000011' }), '办件0001-0000001-1：已受理 https://h/progress/000100000011');
});

test('back-off doubles from 10 s to a 6 h cap, jittered ±20 %, and honours a longer Retry-After', () => {
  const mid = () => 0.5;
  assert.deepEqual([1, 2, 3, 20].map((n) => backoffMs(defaultRetryPolicy, n, undefined, mid)), [10_000, 20_000, 40_000, 6 * 3_600_000]);
  assert.equal(backoffMs(defaultRetryPolicy, 1, undefined, () => 0), 8_000);
  assert.equal(backoffMs(defaultRetryPolicy, 1, undefined, () => 1), 12_000);
  assert.equal(backoffMs(defaultRetryPolicy, 1, 120_000, mid), 120_000);
});

test('phones are shown as 138****1111; receivers must be https or on this machine', () => {
  assert.equal(maskPhone('13800001111'), '138****1111');
  assert.equal(maskPhone(null), null);
  assert.equal(checkReceiverUrl('https://12345.example.gov.cn/hook', 'url'), 'https://12345.example.gov.cn/hook');
  assert.equal(checkReceiverUrl('http://127.0.0.1:9000/hook', 'url'), 'http://127.0.0.1:9000/hook');
  assert.equal(checkReceiverUrl('http://[::1]:9000/', 'url'), 'http://[::1]:9000/');
  assert.throws(() => checkReceiverUrl('http://10.0.0.5/hook', 'url'), /not https/);
  assert.throws(() => checkReceiverUrl('ftp://x', 'url'), /not https/);
  assert.throws(() => checkReceiverUrl('nonsense', 'url'), /not a URL/);
});
