// The phone page behind a case receipt's QR code: the case's statuses with their times, and the
// clerk's replies when the 查询码 came with it. Everything shown is escaped.
import { formatCaseNumber } from '../../../shared/contract/cases.ts';
import type { ResidentCaseView } from './case-views.ts';
import { escapeHtml, pageTime, publicPage } from '../public-page.ts';

const STYLE = `.status{font-size:1.4em;font-weight:bold}ol{padding-left:1.2em}li{margin-bottom:.8em}.at{color:#555}.reply{background:#f3f3f3;padding:.4em .6em}
.refused{color:#a11}`;
const page = (title: string, content: string) => publicPage(title, content, STYLE);

export function progressPage(view: ResidentCaseView, timeZone: string): string {
  const steps = view.steps
    .map((s) => `<li><b>${escapeHtml(s.status)}</b> <span class="at">${escapeHtml(pageTime(s.at, timeZone))}</span>${s.reply ? `<div class="reply">${escapeHtml(s.reply)}</div>` : ''}</li>`)
    .join('');
  const hidden = view.repliesHidden ? '<p>办理意见需凭查询码查看：请扫描回执上的二维码，或在自助机输入查询码。</p>' : '';
  return page(
    `办件进度 ${formatCaseNumber(view.caseNumber)}`,
    `<h1>办件进度</h1><p>办件编号：${escapeHtml(formatCaseNumber(view.caseNumber))}<br>事项：${escapeHtml(view.title)}</p>
<p class="status">当前状态：${escapeHtml(view.status)}</p><ol>${steps}</ol>${hidden}`,
  );
}

export function refusedPage(title: string, sentence: string): string {
  return page(title, `<h1 class="refused">${escapeHtml(title)}</h1><p>${escapeHtml(sentence)}</p>`);
}
