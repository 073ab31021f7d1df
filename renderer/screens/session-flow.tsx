// One resident's visit, from the service list to the end. Mounted with the session's id as its
// key: when the session ends, this whole tree and everything it remembered is thrown away.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CertificateOutcome, ChooseServiceResult, QueueTicket, ServiceView, SessionView } from '../../terminal/api.ts';
import { useApi } from '../api-context.ts';
import { t } from '../i18n/index.ts';
import { MessageScreen } from './message-screen.tsx';
import { QueueScreen } from './queue-screen.tsx';
import { RatingScreen } from './rating-screen.tsx';
import { ServicesScreen } from './services-screen.tsx';
import { ThanksScreen } from './thanks-screen.tsx';
import { InfoQueryScreen } from './info-query/info-query-screen.tsx';
import { PublicMattersScreen } from './public-matters/public-matters-screen.tsx';
import { TicketScreen } from './ticket-screen.tsx';
import { CertificateTypesScreen } from './certificate-print/certificate-types-screen.tsx';
import { CertificateResultScreen } from './certificate-print/certificate-result-screen.tsx';

type View =
  | { name: 'services' }
  | { name: 'message'; title: string; message: string; showCard?: boolean }
  | { name: 'queue'; service: ServiceView; queueId?: string }
  | { name: 'info'; service: ServiceView }
  | { name: 'matters' }
  | { name: 'ticket' }
  | { name: 'certificates'; service: ServiceView }
  | { name: 'certificate'; outcome: CertificateOutcome }
  /** Rates `transactionId`; back returns to the screen it came from. */
  | { name: 'rating'; transactionId: string; back: View }
  | { name: 'thanks' };

export interface SessionFlowProps {
  session: SessionView;
  services: ServiceView[];
  thanksSeconds: number;
  onEnded(): void;
}

const resultTitles: Record<Exclude<ChooseServiceResult['status'], 'ready'>, string> = {
  'not-built': t.notBuiltTitle,
  'needs-identity': t.needsIdentityTitle,
  'out-of-service': t.outOfServiceTitle,
};

export function SessionFlow({ session, services, thanksSeconds, onEnded }: SessionFlowProps) {
  const api = useApi();
  const [view, setView] = useState<View>({ name: 'services' });
  const [busy, setBusy] = useState(false);
  const endingRef = useRef(false);
  // The ticket outlives its screen (rating and back), and its print state follows the core's events.
  const [ticket, setTicket] = useState<QueueTicket | null>(null);
  useEffect(
    () =>
      api.on('print', ({ transactionId, report }) =>
        setTicket((current) => (current && current.transactionId === transactionId ? { ...current, print: report } : current)),
      ),
    [api],
  );

  const toServices = () => setView({ name: 'services' });
  const showError = (message: string) => setView({ name: 'message', title: t.errorTitle, message });

  const end = async () => {
    if (endingRef.current) return;
    endingRef.current = true;
    try {
      await api.call('endSession', {});
    } catch {
      // The core ends idle sessions itself; the screen must still let go of this one.
    }
    onEnded();
  };

  /** `queueId`: a guide's "取号排队" names its counter, so no counter list is shown. */
  const choose = async (service: ServiceView, queueId?: string) => {
    if (service.outOfService) {
      setView({ name: 'message', title: t.outOfServiceTitle, message: service.outOfService });
      return;
    }
    setBusy(true);
    try {
      const result = await api.call('chooseService', { serviceId: service.id });
      if (result.status !== 'ready') {
        setView({ name: 'message', title: resultTitles[result.status], message: result.message, showCard: result.status === 'needs-identity' });
      } else if (result.service.kind === 'queue-ticket') {
        setView({ name: 'queue', service: result.service, queueId });
      } else if (result.service.kind === 'certificate-print') {
        setView({ name: 'certificates', service: result.service });
      } else if (result.service.kind === 'info-query') {
        setView({ name: 'info', service: result.service });
      } else if (result.service.kind === 'public-matters') {
        setView({ name: 'matters' });
      } else {
        setView({ name: 'message', title: t.notBuiltTitle, message: t.serviceScreenMissing });
      }
    } catch (err) {
      showError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  switch (view.name) {
    case 'services':
      return <ServicesScreen session={session} services={services} busy={busy} onChoose={(s) => void choose(s)} onExit={() => void end()} />;
    case 'message':
      return <MessageScreen title={view.title} message={view.message} showCard={view.showCard} onBack={toServices} />;
    case 'queue':
      return (
        <QueueScreen
          service={view.service}
          queueId={view.queueId}
          onTicket={(taken) => {
            setTicket(taken);
            setView({ name: 'ticket' });
          }}
          onFailed={showError}
          onBack={toServices}
        />
      );
    case 'info':
      return (
        <InfoQueryScreen
          service={view.service}
          onQueue={(serviceId, queueId) => {
            const queueService = services.find((s) => s.id === serviceId);
            if (queueService) void choose(queueService, queueId);
            else showError(t.serviceScreenMissing);
          }}
          onFailed={showError}
          onBack={toServices}
        />
      );
    case 'matters':
      return <PublicMattersScreen onFailed={showError} onBack={toServices} />;
    case 'ticket':
      if (!ticket) return null;
      return <TicketScreen ticket={ticket} onRate={() => setView({ name: 'rating', transactionId: ticket.transactionId, back: view })} onExit={() => void end()} />;
    case 'certificates':
      return (
        <CertificateTypesScreen
          service={view.service}
          onOutcome={(outcome) => setView({ name: 'certificate', outcome })}
          onFailed={showError}
          onBack={toServices}
        />
      );
    case 'certificate': {
      const { outcome } = view;
      return (
        <CertificateResultScreen
          outcome={outcome}
          onRate={() => outcome.status === 'issued' && setView({ name: 'rating', transactionId: outcome.transactionId, back: view })}
          onBack={toServices}
          onExit={() => void end()}
        />
      );
    }
    case 'rating':
      return <RatingScreen transactionId={view.transactionId} onRated={() => setView({ name: 'thanks' })} onBack={() => setView(view.back)} />;
    case 'thanks':
      return <ThanksScreen seconds={thanksSeconds} onDone={() => void end()} />;
  }
}
