// 取号排队: with several queues the resident picks a counter; with one the ticket is taken at once.
// Where the hall runs its queue here (issue 25) the resident first sees how many wait at each
// counter, and taps to take the number, one queue or several. A 残疾人 or 军人 may first ask for a
// priority ticket (one toggle; the counter checks the certificate). A kiosk whose queue host does
// not answer says so instead of offering counters it cannot give a number for.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { QueueTicket, QueueWaiting, ServiceView } from '../../../terminal/api.ts';
import type { DeclaredPriority } from '../../../terminal/services/queue-ticket/queue-ticket-contract.ts';
import { BigButton } from '../../components/big-button.tsx';
import { useApi } from '../../api-context.ts';
import { ScreenHeader } from '../../components/screen-header.tsx';
import { ServiceIcon } from '../../components/icons.tsx';
import { t } from '../../i18n/index.ts';
import { Localized, localizedField } from '../../i18n/localized.tsx';
import { errorText } from '../../i18n/said.ts';
import { useScreenPrompt } from '../../voice/use-screen-prompt.ts';
import { ChoiceButton, ChoiceList } from '../../components/choice-list.tsx';

export interface QueueScreenProps {
  service: ServiceView;
  /** A counter chosen already (e.g. from a 办事指南): its ticket is taken at once. */
  queueId?: string;
  onTicket(ticket: QueueTicket): void;
  onFailed(message: string): void;
  onBack(): void;
}

export function QueueScreen({ service, queueId, onTicket, onFailed, onBack }: QueueScreenProps) {
  useScreenPrompt('screen.queue', (s) => s.promptQueue(String(localizedField(service, 'name').value)));
  const api = useApi();
  const queues = service.queues ?? [];
  const [taking, setTaking] = useState(false);
  const [priority, setPriority] = useState<DeclaredPriority | null>(null);
  const takenRef = useRef(false);

  const take = async (queueId: string | undefined) => {
    // One tap, one ticket: a double tap must not take two numbers.
    if (takenRef.current) return;
    takenRef.current = true;
    setTaking(true);
    try {
      onTicket(await api.call('takeQueueTicket', { serviceId: service.id, ...(queueId && { queueId }), ...(priority && { priority }) }));
    } catch (err) {
      onFailed(errorText(err));
    }
  };

  const preset = queueId && queues.some((q) => q.id === queueId) ? queueId : undefined;
  // null while asking: a single queue waits for the answer before it takes the number at once.
  const [waiting, setWaiting] = useState<QueueWaiting | null>(null);
  const single = (queues.length <= 1 && waiting?.enabled !== true) || preset !== undefined;
  useEffect(() => {
    if (preset !== undefined) void take(preset);
    else
      api.call('queueWaiting', { serviceId: service.id }).then(setWaiting, () => setWaiting({ enabled: false, waiting: {} }));
  }, []);
  useEffect(() => {
    if (waiting && single) void take(queues[0]?.id);
  }, [waiting]);

  if (single || taking || !waiting) {
    return (
      <div class="screen queue">
        <div class="connecting" role="status">
          <div class="spinner" aria-hidden="true" />
          <p class="connecting-title">{t.takingTicket}</p>
        </div>
      </div>
    );
  }

  if (waiting.hostUnreachable) {
    return (
      <div class="screen queue">
        <ScreenHeader title={t.chooseQueue} onBack={onBack} />
        <p class="inline-error" role="alert">
          {t.hallHostUnreachable}
        </p>
      </div>
    );
  }

  const offered = waiting.priorityClasses ?? [];
  return (
    <div class="screen queue">
      <ScreenHeader title={t.chooseQueue} onBack={onBack} />
      {offered.length > 0 && (
        <div class="queue-priority" role="group" aria-label={t.priorityChoiceTitle}>
          <p class="service-description">{t.priorityChoiceTitle}</p>
          {offered.map((c) => (
            <BigButton key={c} variant="secondary" pressed={priority === c} onClick={() => setPriority(priority === c ? null : c)}>
              {c === 'disabled' ? t.priorityDisabled : t.priorityMilitary}
            </BigButton>
          ))}
        </div>
      )}
      <ChoiceList>
        {queues.map((queue) => (
          <ChoiceButton
            key={queue.id}
            onClick={() => void take(queue.id)}
            icon={<ServiceIcon kind="queue-ticket" />}
            name={<Localized item={queue} field="name" />}
            {...(waiting.enabled && { description: t.queueWaitingCount(waiting.waiting[queue.id] ?? 0) })}
          />
        ))}
      </ChoiceList>
    </div>
  );
}
