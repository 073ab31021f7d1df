// The ticket: the number as large as the screen allows, where to wait, and what the printer did.
import type { QueueTicket } from '../../terminal/api.ts';
import { PrintStatus } from '../components/print-status.tsx';
import { RateOrExit } from '../components/rate-or-exit.tsx';
import { t } from '../i18n/index.ts';

const timeFormat = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });

export interface TicketScreenProps {
  ticket: QueueTicket;
  onRate(): void;
  onExit(): void;
}

export function TicketScreen({ ticket, onRate, onExit }: TicketScreenProps) {
  const issued = new Date(ticket.issuedAt);
  return (
    <div class="screen ticket">
      <div class="ticket-card">
        <p class="ticket-label">{t.yourNumber}</p>
        <p class="ticket-number">{ticket.ticketNumber}</p>
        <p class="ticket-queue">{ticket.queueName}</p>
        {!Number.isNaN(issued.getTime()) && <p class="ticket-time">{t.issuedAt(timeFormat.format(issued))}</p>}
        <p class="ticket-watch">{t.watchForCall}</p>
      </div>
      <div class="ticket-side">
        <PrintStatus report={ticket.print} />
        {ticket.queuedForSync && <p class="sync-note">{t.queuedForSync}</p>}
        <RateOrExit onRate={onRate} onExit={onExit} />
      </div>
    </div>
  );
}
