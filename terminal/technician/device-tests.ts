// What a technician's "测试打印" puts on paper: enough to check the printer, the paper width and
// Chinese text, and nothing about anyone.
import type { Receipt } from '../../printing/receipt.ts';
import { zonedMinute } from '../../config/zoned-time.ts';

export function testReceipt(site: { name: string; code: string; timeZone: string }, now: Date): Receipt {
  return {
    lines: [
      { kind: 'text', text: '设备测试', align: 'center', bold: true, size: 'double' },
      { kind: 'text', text: site.name, align: 'center' },
      { kind: 'rule' },
      { kind: 'pair', label: '站点', value: site.code },
      { kind: 'pair', label: '时间', value: zonedMinute(now, site.timeZone) },
      { kind: 'text', text: '打印正常：中文、对齐与切纸。' },
      { kind: 'feed', lines: 1 },
    ],
  };
}
