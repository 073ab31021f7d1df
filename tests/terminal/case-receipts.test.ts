// The case receipts on every paper width: the number and what to do next fit and read back from the
// ESC/POS bytes, the progress QR fits even a long hub address on 58 mm paper, and the only
// personal value that may appear (the callback phone) is masked.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { encodeReceipt } from '../../printing/receipt.ts';
import { decodeEscPos } from '../../drivers/sim/escpos-decoder.ts';
import { applicationReceipt } from '../../terminal/services/application/application-receipt.ts';
import { demandReceipt } from '../../terminal/services/demand/demand-receipt.ts';
import { maskPhone } from '../../shared/mask.ts';
import { caseProgressUrl, formatCaseNumber, makeCaseNumber } from '../../shared/contract/cases.ts';

const number = makeCaseNumber(321, 7654321);
const qrUrl = caseProgressUrl('https://zwfw.example-county.gov.cn/kiosk-hub/', number, '93021847');
// 09:30 on the hall's clock (Beijing time), whatever zone the test process runs in.
const at = new Date('2026-12-01T09:30:00+08:00');

for (const columns of [32, 42, 48] as const) {
  test(`${columns} columns: number, materials and QR on the application receipt`, () => {
    const bytes = encodeReceipt(
      applicationReceipt({ siteName: '东升街道便民服务中心', timeZone: 'Asia/Shanghai', itemName: '临时救助申请', department: '乡镇（街道）民政办', formattedCaseNumber: formatCaseNumber(number), materials: ['医疗费用票据、事故或受灾证明等困难证明材料'], submittedAt: at, qrUrl, queuedForSync: true }),
      columns,
    );
    const items = decodeEscPos(bytes, { columns });
    const text = items.flatMap((i) => (i.kind === 'text' ? [i.text] : [])).join('\n');
    assert.ok(text.includes('0321-7654321-'), text);
    assert.ok(text.includes('□ 1. 医疗费用票据'), text);
    assert.ok(text.replaceAll('\n', '').includes('联网后自动上报'), 'wrapped lines read as one sentence');
    assert.deepEqual(items.flatMap((i) => (i.kind === 'qr' ? [i.data] : [])), [qrUrl]);
  });
}

test('the demand receipt: masked phone, the code only when anonymous, no QR without a hub', () => {
  const make = (anonymous: boolean) =>
    decodeEscPos(
      encodeReceipt(
        demandReceipt({ siteName: '东升街道便民服务中心', timeZone: 'Asia/Shanghai', category: '投诉', formattedCaseNumber: formatCaseNumber(number), siteLabel: '红星小区 3栋', maskedPhone: maskPhone('028-85551234'), anonymous, queryCode: '93021847', submittedAt: at, qrUrl: null, queuedForSync: false }),
        32,
      ),
      { columns: 32 },
    );
  const named = make(false);
  const namedText = named.flatMap((i) => (i.kind === 'text' ? [i.text] : [])).join('\n');
  assert.match(namedText, /回访电话\s+028\*\*\*\*1234/);
  assert.ok(!namedText.includes('85551234') && !namedText.includes('93021847'), namedText);
  assert.equal(named.filter((i) => i.kind === 'qr').length, 0);
  const anonymousText = make(true).flatMap((i) => (i.kind === 'text' ? [i.text] : [])).join('\n');
  assert.ok(anonymousText.includes('93021847'));
  assert.match(anonymousText, /反映方式\s+匿名/);
});

test('phones are masked to the first three (or the area code) and the last four', () => {
  assert.equal(maskPhone('13812345678'), '138****5678');
  assert.equal(maskPhone('028-85551234'), '028****1234');
  assert.equal(maskPhone('0755-12345678'), '0755****5678');
});
