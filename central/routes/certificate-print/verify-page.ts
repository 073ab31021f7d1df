// The public verification page's HTML: one short answer a person holding the paper can read.
// Everything shown is escaped; the holder's name arrives already masked.
import type { Verification } from '../../../shared/contract/certificates.ts';
import { escapeHtml, pageTime, publicPage } from '../public-page.ts';

const STYLE = `.genuine{color:#0a6b2d}.unknown{color:#a11}dt{color:#555}dd{margin:0 0 .6em 0;font-weight:bold}`;
const page = (title: string, content: string) => publicPage(title, content, STYLE);

export function genuinePage(v: Verification, timeZone: string): string {
  const rows: [string, string][] = [
    ['证明类型', v.title],
    ['持证人', v.holderName],
    ['出具单位', v.authority],
    ['开具时间', pageTime(v.issuedAt, timeZone)],
    ['核验码', v.code],
  ];
  return page(
    '证明核验：真实有效',
    `<h1 class="genuine">✔ 真实有效</h1><p>此核验码对应的证明由本平台出具。请核对纸面内容与下列信息一致。</p>
<dl>${rows.map(([k, val]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(val)}</dd>`).join('')}</dl>`,
  );
}

export function unknownCodePage(code: string): string {
  return page(
    '证明核验：未找到',
    `<h1 class="unknown">✘ 未找到此核验码</h1><p>核验码 ${escapeHtml(code)} 不是本平台出具的证明。请核对纸面上的核验码，或向出具单位咨询。</p>`,
  );
}

export function badCodePage(): string {
  return page('证明核验：格式不对', `<h1 class="unknown">核验码格式不对</h1><p>核验码由三组、每组四个字母或数字组成，例如 7K3M-Q9TZ-04HX。</p>`);
}

export function rateLimitedPage(seconds: number): string {
  return page('证明核验：请稍候', `<h1>查询过于频繁</h1><p>请 ${seconds} 秒后再试。</p>`);
}
