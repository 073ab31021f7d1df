// The ticket: the number as large as the screen allows, where to wait, and what the printer did.
import type { QueueTicket } from '../../../terminal/api.ts';
import { PrintStatus } from '../../components/print-status.tsx';
import { RateOrExit } from '../../components/rate-or-exit.tsx';
import { t } from '../../i18n/index.ts';
import { Localized, localizedField } from '../../i18n/localized.tsx';
import { localDateFormat } from '../../i18n/dates.ts';
import { Ltr } from '../../components/ltr.tsx';
import { useScreenPrompt } from '../../voice/use-screen-prompt.ts';
import { spellOut } from '../../voice/spell.ts';

const timeFormat = localDateFormat({ hour: '2-digit', minute: '2-digit' });

export interface TicketScreenProps {
  ticket: QueueTicket;
  onRate(): void;
  onExit(): void;
  onAnotherService?(): void;
}

export function TicketScreen({ ticket, onRate, onExit, onAnotherService }: TicketScreenProps) {
  // The counter's name in the resident's language when the catalog has it (the paper stays Chinese).
  const queue = { name: ticket.queueName, i18n: ticket.queueI18n };
  useScreenPrompt('screen.ticket', (s) => s.promptTicket(spellOut(ticket.ticketNumber), localizedField(queue, 'name').value));
  const issued = new Date(ticket.issuedAt);
  return (
    <div class="screen ticket">
      <div class="ticket-card">
        <p class="ticket-label">{t.yourNumber}</p>
        <p class="ticket-number">
          <Ltr>{ticket.ticketNumber}</Ltr>
        </p>
        <p class="ticket-queue">
          <Localized item={queue} field="name" />
        </p>
        {!Number.isNaN(issued.getTime()) && <p class="ticket-time">{t.issuedAt(timeFormat(issued))}</p>}
        {ticket.priority && <p class="ticket-priority">{{ elder: t.ticketPriority, disabled: t.ticketPriorityDisabled, military: t.ticketPriorityMilitary }[ticket.priority]}</p>}
        {ticket.position && (
          <p class="ticket-ahead" data-ahead={ticket.position.ahead}>
            {t.ticketAhead(ticket.position.ahead)}
            {ticket.position.ahead > 0 && <span class="ticket-wait">{t.ticketWait(ticket.position.wait.low, ticket.position.wait.high)}</span>}
          </p>
        )}
        <p class="ticket-watch">{t.watchForCall}</p>
      </div>
      <div class="ticket-side">
        <PrintStatus report={ticket.print} />
        {ticket.queuedForSync && <p class="sync-note">{t.queuedForSync}</p>}
        <RateOrExit onRate={onRate} onExit={onExit} onAnotherService={onAnotherService} />
      </div>
    </div>
  );
}
