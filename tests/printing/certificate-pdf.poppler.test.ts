// The certificate PDF as the resident and a clerk read it: every required part is there as text
// (so the CJK font is embedded with a Unicode map), the QR code decodes to the verification URL,
// pages are numbered, and a long body flows onto a second page without losing the QR code.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderCertificatePdf, type CertificateDocument } from '../../printing/pdf/certificate-pdf.ts';
import { pdfPageCount, pdfQrCodes, pdfText } from '../support/pdf-inspect.ts';

const cert: CertificateDocument = {
  title: '居住证明',
  holderName: '阿依古丽·买买提',
  idNumber: '653121199007150426',
  body: '兹证明阿依古丽·买买提同志自2015年3月起居住在东升街道红星社区3组12号，情况属实。特此证明。',
  authority: '东升街道办事处',
  issuedAt: new Date('2026-12-01T01:30:00Z'),
  verificationCode: '7K3M-Q9TZ-04HX',
  verifyUrl: 'http://127.0.0.1:8470/verify/7K3M-Q9TZ-04HX',
  siteName: '东升街道便民服务中心',
  siteCode: 'SL-DS-01',
  timeZone: 'Asia/Shanghai',
};

describe('certificate PDF', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cert-pdf-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('carries title, holder, body, authority, Beijing issue time, code, QR, page number and the self-service mark', async () => {
    const file = join(dir, 'one.pdf');
    const result = await renderCertificatePdf(cert, file);
    assert.equal(result.pages, 1);
    assert.equal(statSync(file).mode & 0o777, 0o600, 'personal data on disk is readable by the kiosk user only');
    // Line breaks fall where the page width puts them: compare without white space.
    const text = pdfText(file).replace(/\s+/g, '');
    for (const part of ['居住证明', '持证人：阿依古丽·买买提', '公民身份号码：653121199007150426', '红星社区3组12号', '出具单位：东升街道办事处', '开具时间：2026年12月01日09:30', '核验码：7K3M-Q9TZ-04HX', '第1页共1页', '自助终端打印']) {
      assert.ok(text.includes(part), `the PDF text shows "${part}"`);
    }
    assert.deepEqual(pdfQrCodes(file), [cert.verifyUrl]);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    assert.match(fonts, /\+NotoSansHans-Regular\s+CID Type 0C\s+Identity-H\s+yes yes yes/, 'the CJK font is embedded, subset, with a Unicode map');
    assert.ok(result.bytes < 200_000, `a one-page certificate stays small (${result.bytes} bytes)`);
  });

  // Issue 21: the screen said 00:03 and the paper 08:03 on a kiosk set to UTC. Paper and screen
  // now both read the site's zone; Beijing time by default, a Xinjiang site's own if configured.
  test('the issue time is the site\'s wall clock: 00:03 of the next day in Beijing, 22:03 in Urumqi', async () => {
    const issuedAt = new Date('2026-03-01T16:03:00Z');
    const read = async (timeZone: string) => {
      const file = join(dir, `${timeZone.replace('/', '-')}.pdf`);
      await renderCertificatePdf({ ...cert, issuedAt, timeZone }, file);
      return pdfText(file).replace(/\s+/g, '');
    };
    assert.ok((await read('Asia/Shanghai')).includes('开具时间：2026年03月02日00:03'));
    assert.ok((await read('Asia/Urumqi')).includes('开具时间：2026年03月01日22:03'));
  });

  test('a long body flows onto a second page; both pages are numbered and marked; the QR code still decodes', async () => {
    const file = join(dir, 'long.pdf');
    const result = await renderCertificatePdf({ ...cert, body: cert.body.repeat(20) }, file);
    assert.ok(result.pages >= 2, `${result.pages} pages`);
    assert.equal(pdfPageCount(file), result.pages);
    const text = pdfText(file).replace(/\s+/g, '');
    for (let page = 1; page <= result.pages; page++) assert.ok(text.includes(`第${page}页共${result.pages}页`), `page ${page} is numbered`);
    assert.equal(text.split('自助终端打印').length - 1, 2 * result.pages, 'the mark stands on each page, top and bottom');
    assert.deepEqual(pdfQrCodes(file), [cert.verifyUrl]);
  });
});
