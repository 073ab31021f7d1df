// One 办事指南 in full, with its two actions: the material checklist on the receipt printer, and
// 取号排队 at the counter that handles it (when central named one).
import { useEffect, useState } from 'preact/hooks';
import type { GuideView, PrintReport } from '../../../terminal/api.ts';
import { useApi } from '../../api-context.ts';
import { BigButton } from '../../components/big-button.tsx';
import { BackIcon, PrinterIcon, ServiceIcon } from '../../components/icons.tsx';
import { PrintStatus } from '../../components/print-status.tsx';
import { t } from '../../i18n/index.ts';
import { ScrollPager } from '../../components/scroll-pager.tsx';
import { infoText } from './strings.ts';

export interface GuideDetailProps {
  guideId: string;
  onQueue(serviceId: string, queueId: string): void;
  onFailed(message: string): void;
  onBack(): void;
}

export function GuideDetail({ guideId, onQueue, onFailed, onBack }: GuideDetailProps) {
  const api = useApi();
  const [guide, setGuide] = useState<GuideView | null>(null);
  const [print, setPrint] = useState<{ transactionId: string; report: PrintReport } | null>(null);
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    api.call('getGuide', { guideId }).then(setGuide, (err: Error) => onFailed(err.message));
  }, [api, guideId]);
  useEffect(
    () => api.on('print', ({ transactionId, report }) => setPrint((p) => (p && p.transactionId === transactionId ? { transactionId, report } : p))),
    [api],
  );

  const printChecklist = async () => {
    if (printing) return; // one tap, one slip
    setPrinting(true);
    try {
      const result = await api.call('printGuide', { guideId });
      setPrint({ transactionId: result.transactionId, report: result.print });
    } catch (err) {
      onFailed((err as Error).message);
    } finally {
      setPrinting(false);
    }
  };

  if (!guide) return <div class="screen" />;
  const row = (label: string, value: string) => (
    <div class="info-row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <div class="screen info-guide">
      <header class="screen-header">
        <h1 class="greeting">{guide.name}</h1>
        <BigButton variant="quiet" icon={<BackIcon />} onClick={onBack}>
          {t.back}
        </BigButton>
      </header>
      <ScrollPager>
        <dl class="info-facts">
          {row(infoText.department, guide.department)}
          {row(infoText.audience, guide.audience)}
          {row(infoText.legalTimeLimit, guide.legalTimeLimitText)}
          {row(infoText.promisedTimeLimit, guide.promisedTimeLimitText)}
          {row(infoText.fee, guide.fee)}
          {row(infoText.location, guide.location)}
          {row(infoText.hours, guide.hours)}
          {row(infoText.phone, guide.phone)}
        </dl>
        <h2 class="info-section-title">{infoText.conditions}</h2>
        <ul class="info-bullets">
          {guide.conditions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <h2 class="info-section-title">{infoText.materials}</h2>
        <ol class="info-materials">
          {guide.materials.map((m) => (
            <li key={m.name}>
              <span class="service-name">{m.name}</span>
              <span class="service-description">{infoText.material(m.form, m.copies, m.source)}</span>
            </li>
          ))}
        </ol>
        <h2 class="info-section-title">{infoText.steps}</h2>
        <ol class="info-steps">
          {guide.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </ScrollPager>
      {print && <PrintStatus report={print.report} />}
      <div class="actions">
        <BigButton icon={<PrinterIcon />} onClick={() => void printChecklist()} disabled={printing}>
          {infoText.printChecklist}
        </BigButton>
        {guide.queue && (
          <BigButton variant="secondary" icon={<ServiceIcon kind="queue-ticket" />} onClick={() => onQueue(guide.queue!.serviceId, guide.queue!.queueId)}>
            {infoText.takeNumber}
          </BigButton>
        )}
      </div>
    </div>
  );
}
