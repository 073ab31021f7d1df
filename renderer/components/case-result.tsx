// The end of 事项办理 and 诉求反映: the 办件编号 as large as the screen allows, the 查询码 even larger
// when it is the only key (an anonymous demand), the materials to bring, what the printer did,
// and the ways out. Shared by both services.
import type { CaseReceiptView } from '../../terminal/api.ts';
import { PrintStatus } from './print-status.tsx';
import { RateOrExit } from './rate-or-exit.tsx';
import { t } from '../i18n/index.ts';
import { Ltr } from './ltr.tsx';
import { caseTitle } from './case-title.ts';
import { useScreenPrompt } from '../voice/use-screen-prompt.ts';
import { spellOut } from '../voice/spell.ts';

/** `next`: what happens to the case now, where the service has something to say (诉求反映: a clerk reviews it). */
export function CaseResult({ receipt, heading, next, onRate, onExit, onAnotherService }: { receipt: CaseReceiptView; heading: string; next?: string; onRate(): void; onExit(): void; onAnotherService?(): void }) {
  useScreenPrompt(receipt.queryCode ? 'screen.case-filed-anonymous' : 'screen.case-filed', (s) => (receipt.queryCode ? s.promptCaseFiledAnonymous(spellOut(receipt.caseNumber), spellOut(receipt.queryCode)) : s.promptCaseFiled(spellOut(receipt.caseNumber))));
  return (
    <div class="screen ticket case-result">
      <div class="ticket-card">
        <p class="ticket-label">{heading}</p>
        <p class="ticket-queue">{caseTitle(receipt)}</p>
        {next && <p class="ticket-watch">{next}</p>}
        <p class="ticket-label">{t.applyCaseNumber}</p>
        <p class="case-number" aria-label={t.applyCaseNumber}>
          <Ltr>{receipt.formattedCaseNumber}</Ltr>
        </p>
        {receipt.queryCode && (
          <>
            <p class="ticket-label">{t.demandQueryCode}</p>
            <p class="case-code" aria-label={t.demandQueryCode}>
              <Ltr>{receipt.queryCode}</Ltr>
            </p>
            <p class="ticket-watch">{t.demandQueryCodeHint}</p>
          </>
        )}
        {!receipt.queryCode && <p class="ticket-watch">{t.applyKeepReceipt}</p>}
        {receipt.materials.length > 0 && (
          <div class="case-materials">
            <p>{t.applyBringMaterials}</p>
            <ol>
              {receipt.materials.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ol>
          </div>
        )}
      </div>
      <div class="ticket-side">
        <PrintStatus report={receipt.print} />
        {receipt.queuedForSync && <p class="sync-note">{t.queuedForSync}</p>}
        <RateOrExit onRate={onRate} onExit={onExit} onAnotherService={onAnotherService} />
      </div>
    </div>
  );
}
