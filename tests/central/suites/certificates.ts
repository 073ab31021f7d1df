// 证明打印 on the hub: records an admin loads, certificates a kiosk asks for, and the public
// verification page the QR code points to (masked name only, unknown codes, bad shapes, a limit).
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { adminCall, enrollTerminal, signedCall, unsignedCall, type HubFactory, type HubUnderTest, type TestTerminal } from '../helpers/hub.ts';

const ZHANG = { idNumber: '510722196803121230', name: '张伟民' };
const REFUSAL = '您的社保缴费记录正在核对，暂不能开具，请到社保窗口咨询。';
const records = [
  { ...ZHANG, type: 'residence', body: '兹证明张伟民同志自2015年起居住在东升街道红星社区。', authority: '东升街道办事处' },
  { ...ZHANG, type: 'social-insurance', body: '参保缴费记录', authority: '县社会保险事业管理局', refusal: REFUSAL },
];

async function verify(hub: HubUnderTest, code: string, json = true) {
  const response = await fetch(`${hub.url}/verify/${code}`, { headers: json ? { accept: 'application/json' } : {} });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

export function certificatesSuite(startHub: HubFactory): void {
  describe('证明打印: certificates and their verification', () => {
    let hub: HubUnderTest;
    let terminal: TestTerminal;
    beforeAll(async () => {
      hub = await startHub();
      terminal = await enrollTerminal(hub);
      const loaded = await adminCall(hub, 'PUT', '/v1/admin/certificate-records', { records });
      assert.deepEqual([loaded.status, loaded.json], [200, { loaded: 2 }]);
    });
    afterAll(() => hub?.close());

    const ask = (body: unknown) => signedCall(hub, terminal, 'POST', '/v1/certificates', { body });

    test('a resident with a record gets the certificate, and its code verifies as genuine with the name masked', async () => {
      const issued = await ask({ type: 'residence', ...ZHANG });
      assert.equal(issued.status, 201, JSON.stringify(issued.json));
      assert.equal(issued.json.title, '居住证明');
      assert.equal(issued.json.holderName, '张伟民', 'the certificate itself carries the full name');
      assert.equal(issued.json.authority, '东升街道办事处');
      assert.match(issued.json.code, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      assert.equal(issued.json.verifyUrl, `${hub.url}/verify/${issued.json.code}`);

      const checked = await verify(hub, issued.json.code);
      assert.equal(checked.status, 200);
      const v = JSON.parse(checked.text);
      assert.deepEqual(
        { genuine: v.genuine, type: v.type, title: v.title, holderName: v.holderName, issuedAt: v.issuedAt },
        { genuine: true, type: 'residence', title: '居住证明', holderName: '张*民', issuedAt: issued.json.issuedAt },
      );
      assert.ok(!checked.text.includes('张伟民') && !checked.text.includes('510722'), 'no full name or ID number on the public answer');

      const html = await verify(hub, issued.json.code.toLowerCase(), false);
      assert.equal(html.status, 200, 'a code typed in lower case is the same code');
      assert.match(html.headers.get('content-type') ?? '', /text\/html/);
      assert.match(html.text, /真实有效/);
      assert.match(html.text, /张\*民/);
      assert.ok(!html.text.includes('张伟民'));
    });

    test('an unknown certificate type is refused with the types the hub issues; a malformed request names the field', async () => {
      const refused = await ask({ type: 'marriage', ...ZHANG });
      assert.equal(refused.status, 400);
      assert.equal(refused.json.error, 'unknown-certificate-type');
      assert.match(refused.json.message, /residence/);
      const malformed = await ask({ type: 'residence', idNumber: '12345', name: '张伟民' });
      assert.equal(malformed.status, 400);
      assert.equal(malformed.json.issues[0].path, 'idNumber');
    });

    test('no record, another name, or a record with a refusal: a reason the resident can read', async () => {
      const none = await ask({ type: 'household-registration', ...ZHANG });
      assert.deepEqual([none.status, none.json.error], [422, 'no-record']);
      assert.match(none.json.message, /户籍证明.*人工窗口/);
      const otherName = await ask({ type: 'residence', idNumber: ZHANG.idNumber, name: '李四' });
      assert.deepEqual([otherName.status, otherName.json.error], [422, 'no-record'], 'the card and the record must agree');
      const refused = await ask({ type: 'social-insurance', ...ZHANG });
      assert.deepEqual([refused.status, refused.json.error, refused.json.message], [422, 'refused', REFUSAL]);
    });

    test('asking for a certificate needs a signed request from an enrolled terminal', async () => {
      const anonymous = await unsignedCall(hub, 'POST', '/v1/certificates', { type: 'residence', ...ZHANG });
      assert.deepEqual([anonymous.status, anonymous.json.error], [401, 'missing-signature']);
    });

    test('records with an unknown type or a bad field are refused whole, naming the field', async () => {
      const bad = await adminCall(hub, 'PUT', '/v1/admin/certificate-records', {
        records: [{ ...ZHANG, type: 'household-registration', body: 'x', authority: 'y' }, { ...ZHANG, type: 'pets', body: 'x', authority: 'y' }],
      });
      assert.equal(bad.status, 400);
      assert.match(bad.json.message, /records\.1\.type/);
      const stillNone = await ask({ type: 'household-registration', ...ZHANG });
      assert.equal(stillNone.status, 422, 'the good record in the refused file was not loaded either');
      const badId = await adminCall(hub, 'PUT', '/v1/admin/certificate-records', { records: [{ ...ZHANG, idNumber: 'abc', type: 'residence', body: 'x', authority: 'y' }] });
      assert.equal(badId.json.issues[0].path, 'records.0.idNumber');
    });

    test('unknown codes say so; codes of the wrong shape get 400; both as JSON and as a page', async () => {
      const unknown = await verify(hub, '0000-0000-0000');
      assert.equal(unknown.status, 404);
      assert.deepEqual(JSON.parse(unknown.text).genuine, false);
      assert.match((await verify(hub, '0000-0000-0000', false)).text, /未找到此核验码/);
      for (const bad of ['ABCD', 'IIII-LLLL-OOOO', 'ABCD-EFGH-JKMN-PQRS', '%3Cscript%3E']) {
        const answer = await verify(hub, bad);
        assert.equal(answer.status, 400, bad);
        assert.equal(JSON.parse(answer.text).error, 'invalid-code');
      }
      const page = await verify(hub, '%3Cscript%3E', false);
      assert.ok(!page.text.includes('<script>'), 'nothing from the address is echoed unescaped');
    });

    test('the verification page is rate-limited per address and recovers after the window', async () => {
      hub.clockOffsetMs += 61_000; // a fresh window, whatever the tests above used
      const statuses: number[] = [];
      for (let i = 0; i < 32; i++) statuses.push((await verify(hub, '0000-0000-0000')).status);
      assert.deepEqual(statuses.slice(0, 30), Array(30).fill(404));
      const limited = await verify(hub, '0000-0000-0000');
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
      hub.clockOffsetMs += 61_000;
      assert.equal((await verify(hub, '0000-0000-0000')).status, 404, 'the next minute it answers again');
    });
  });
}
