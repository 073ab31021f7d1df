// A guide on paper as the resident uses it at home: the list of materials with a tick box each,
// then where, when, how long and how much. Wrapping to 32/42/48 columns (hanzi two columns each)
// is the receipt layout's job (printing/receipt.ts), so this only says what goes on the slip.
import type { Guide, TimeLimit } from '../../../shared/contract/info-documents.ts';
import type { Receipt, ReceiptLine } from '../../../printing/receipt.ts';
import { zonedMinute } from '../../../config/zoned-time.ts';

export function describeTimeLimit(limit: TimeLimit): string {
  return limit === '即办' ? '即办' : `${limit} 个工作日`;
}

export function materialLine(m: Guide['materials'][number], index: number): string {
  return `${index + 1}. ${m.name}（${m.form}${m.copies}份）来源：${m.source}`;
}

export function guideChecklistReceipt(input: { siteName: string; timeZone: string; guide: Guide; printedAt: Date; version: number }): Receipt {
  const { guide } = input;
  const materials: ReceiptLine[] = guide.materials.length
    ? guide.materials.map((m, i) => ({ kind: 'check' as const, text: materialLine(m, i) }))
    : [{ kind: 'text', text: '本事项无需提交材料。' }];
  return {
    lines: [
      { kind: 'text', text: input.siteName, align: 'center', bold: true },
      { kind: 'text', text: '办事指南 · 材料清单', align: 'center' },
      { kind: 'rule' },
      { kind: 'text', text: guide.name, bold: true, size: 'double-height' },
      { kind: 'text', text: `实施主体：${guide.department}` },
      { kind: 'rule' },
      { kind: 'text', text: '申请材料（备齐一项勾一项）', bold: true },
      ...materials,
      { kind: 'rule' },
      { kind: 'pair', label: '法定时限', value: describeTimeLimit(guide.legalTimeLimit) },
      { kind: 'pair', label: '承诺时限', value: describeTimeLimit(guide.promisedTimeLimit) },
      { kind: 'pair', label: '收费', value: guide.fee },
      { kind: 'text', text: `办理地点：${guide.location}` },
      { kind: 'text', text: `办理时间：${guide.hours}` },
      { kind: 'text', text: `咨询电话：${guide.phone}` },
      { kind: 'rule' },
      { kind: 'pair', label: '打印时间', value: zonedMinute(input.printedAt, input.timeZone) },
      { kind: 'text', text: `指南版本 ${input.version}，以窗口最新要求为准。` },
      { kind: 'feed', lines: 1 },
    ],
  };
}
