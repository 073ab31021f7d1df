// One 办件: what the resident submitted (in full for the clerk handling it, masked for those who
// oversee), its steps with who set each and when, its time limit, and the actions caseTransitions
// allows from here. An auditor or supervisor gets no buttons (and the hub refuses them anyway).
import { useEffect, useState } from 'preact/hooks';
import type { CaseStatus } from '../../shared/contract/cases.ts';
import { getWorkbenchCase, moveCase } from './api.ts';
import type { WorkbenchCaseDetail } from '../routes/workbench/workbench-types.ts';
import { when } from './format.ts';
import { actionNames, clockClass, clockText, kindNames, roleNames } from './workbench-words.ts';

/** Form answers and demand fields as the clerk reads them: labels for the keys the kiosk sends. */
const fieldNames: Record<string, string> = {
  name: '姓名',
  phone: '电话',
  household: '家庭人口',
  itemId: '事项编码',
  category: '诉求类型',
  siteId: '站点',
  description: '诉求内容',
  placeText: '地点',
  callbackPhone: '回电号码',
};

function Details({ details }: { details: Record<string, unknown> }) {
  const flat = Object.entries(details).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v as Record<string, unknown>) : [[k, v] as const]));
  return (
    <dl class="details">
      {flat
        .filter(([, v]) => v !== null && v !== '')
        .map(([k, v]) => (
          <div key={k}>
            <dt>{fieldNames[k] ?? k}</dt>
            <dd>{Array.isArray(v) ? v.join('、') : String(v)}</dd>
          </div>
        ))}
    </dl>
  );
}

export function CasePage({ caseNumber }: { caseNumber: string }) {
  const [found, setFound] = useState<WorkbenchCaseDetail | null>(null);
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    getWorkbenchCase(caseNumber).then(setFound, (err: Error) => setError(err.message));
  }, [caseNumber]);
  const act = async (status: CaseStatus) => {
    setError(null);
    try {
      const moved = await moveCase(caseNumber, status, reply);
      setFound(moved);
      setReply('');
      setDone(`已${actionNames[status]}：${moved.status}`);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  if (!found) return error ? <p role="alert">{error}</p> : <p>加载中…</p>;
  return (
    <section class="workbench case-page">
      <p>
        <a href="#/cases">← 返回办件列表</a>
      </p>
      <h1>
        {found.title} <span class="case-number">{found.caseNumberText}</span>
      </h1>
      <p class="case-facts">
        {kindNames[found.kind]} · 站点 {found.siteCode} · 提交于 {when(found.submittedAt)} · 状态 <strong data-status>{found.status}</strong>
        {found.clock.state !== 'stopped' && <span class={clockClass(found.clock)}> · {clockText(found.clock)}</span>}
        {found.clock.state === 'running' && <span>（{found.clock.phase === 'intake' ? '受理' : '办结'}期限 {found.clock.dueDay}）</span>}
      </p>
      <h2>申请人提交的内容{found.detailsMasked && '（已脱敏）'}</h2>
      <Details details={found.details} />
      <h2>办理过程</h2>
      <ol class="steps">
        {found.steps.map((s, i) => (
          <li key={i}>
            <strong>{s.status}</strong> {when(s.at)} {s.by ? `· ${s.by.username}（${roleNames[s.by.role as keyof typeof roleNames] ?? s.by.role}）` : i === 0 ? '· 自助终端' : ''}
            {s.reply && <p class="reply">答复：{s.reply}</p>}
          </li>
        ))}
      </ol>
      {found.allowed.length > 0 && (
        <div class="case-actions">
          <h2>办理</h2>
          <label>
            给申请人的答复（{found.allowed.filter((s) => found.needsReply.includes(s)).map((s) => actionNames[s]).join('、')}时必填）
            <textarea value={reply} onInput={(e) => setReply(e.currentTarget.value)} />
          </label>
          <div class="buttons">
            {found.allowed.map((status) => (
              <button key={status} type="button" onClick={() => void act(status)}>
                {actionNames[status]}
              </button>
            ))}
          </div>
        </div>
      )}
      {done && <p role="status">{done}</p>}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
