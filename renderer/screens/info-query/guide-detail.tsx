// One 办事指南 in full, with its two actions: the material checklist on the receipt printer, and
// 取号排队 at the counter that handles it (when central named one).
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { GuideView, PrintReport } from '../../../terminal/api.ts';
import { useApi } from '../../api-context.ts';
import { BigButton } from '../../components/big-button.tsx';
import { ScreenHeader } from '../../components/screen-header.tsx';
import { PrinterIcon, ServiceIcon } from '../../components/icons.tsx';
import { PrintStatus } from '../../components/print-status.tsx';
import { t } from '../../i18n/index.ts';
import { errorText, saidText } from '../../i18n/said.ts';
import { Localized, localizedField } from '../../i18n/localized.tsx';
import { Ltr } from '../../components/ltr.tsx';
import { ScrollPager } from '../../components/scroll-pager.tsx';
import { infoText } from './strings.ts';
import { useScreenPrompt } from '../../voice/use-screen-prompt.ts';

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
  useScreenPrompt('screen.guide', (s) => (guide ? s.promptGuide(String(localizedField(guide, 'name').value)) : ''));

  useEffect(() => {
    api.call('getGuide', { guideId }).then(setGuide, (err: Error) => onFailed(errorText(err)));
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
      onFailed(errorText(err));
    } finally {
      setPrinting(false);
    }
  };

  if (!guide) return <div class="screen" />;
  const row = (label: string, value: ComponentChildren, ltr = false) => (
    <div class="info-row">
      <dt>{label}</dt>
      <dd>{ltr ? <Ltr>{value}</Ltr> : value}</dd>
    </div>
  );
  const conditions = localizedField(guide, 'conditions');
  const steps = localizedField(guide, 'steps');
  return (
    <div class="screen info-guide">
      <ScreenHeader title={<Localized item={guide} field="name" />} onBack={onBack} />
      <ScrollPager>
        <dl class="info-facts">
          {row(infoText.department, guide.department)}
          {row(infoText.audience, <Localized item={guide} field="audience" />)}
          {row(infoText.legalTimeLimit, saidText(guide.legalTimeLimitText, guide.legalTimeLimitSay))}
          {row(infoText.promisedTimeLimit, saidText(guide.promisedTimeLimitText, guide.promisedTimeLimitSay))}
          {row(infoText.fee, <Localized item={guide} field="fee" />)}
          {row(infoText.location, <Localized item={guide} field="location" />)}
          {row(infoText.hours, <Localized item={guide} field="hours" />)}
          {row(infoText.phone, guide.phone, true)}
        </dl>
        <h2 class="info-section-title">
          {infoText.conditions}
          {conditions.fallback && <small class="zh-fallback-note">{t.chineseOnly}</small>}
        </h2>
        <ul class="info-bullets" lang={conditions.fallback ? 'zh-CN' : undefined}>
          {conditions.value.map((c) => (
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
        <h2 class="info-section-title">
          {infoText.steps}
          {steps.fallback && <small class="zh-fallback-note">{t.chineseOnly}</small>}
        </h2>
        <ol class="info-steps" lang={steps.fallback ? 'zh-CN' : undefined}>
          {steps.value.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </ScrollPager>
      {print && <PrintStatus report={print.report} />}
      <div class="actions">
        <BigButton main icon={<PrinterIcon />} onClick={() => void printChecklist()} disabled={printing}>
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
