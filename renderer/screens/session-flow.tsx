// One resident's visit, from the service list to the end. Mounted with the session's id as its
// key: when the session ends, this whole tree and everything it remembered is thrown away.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaseReceiptView, CertificateOutcome, ChooseServiceResult, QueueTicket, ServiceView, SessionView } from '../../terminal/api.ts';
import { useApi } from '../api-context.ts';
import { t } from '../i18n/index.ts';
import type { Words } from './message-screen.tsx';
import { errorText, saidText } from '../i18n/said.ts';
import { MessageScreen } from './message-screen.tsx';
import { QueueScreen } from './queue-ticket/queue-screen.tsx';
import { RatingScreen } from './rating/rating-screen.tsx';
import { RatingServiceScreen } from './rating/rating-service-screen.tsx';
import { ProgressScreen } from './progress-query/progress-screen.tsx';
import { ProgressNotice } from './progress-query/progress-notice.tsx';
import type { PendingScan } from './progress-query/use-scan.ts';
import type { RatingTarget } from '../../shared/contract/cases.ts';
import { ServicesScreen } from './services-screen.tsx';
import { ThanksScreen } from './thanks-screen.tsx';
import { InfoQueryScreen } from './info-query/info-query-screen.tsx';
import { PublicMattersScreen } from './public-matters/public-matters-screen.tsx';
import { TicketScreen } from './queue-ticket/ticket-screen.tsx';
import { CertificateTypesScreen } from './certificate-print/certificate-types-screen.tsx';
import { CertificateResultScreen } from './certificate-print/certificate-result-screen.tsx';
import type { CertificateTypeView } from './certificate-print/certificate-title.ts';
import { ApplicationScreen } from './application/application-screen.tsx';
import { DemandScreen } from './demand/demand-screen.tsx';
import { CaseResult } from '../components/case-result.tsx';

type View =
  | { name: 'services' }
  | { name: 'message'; title: Words; message: Words; showCard?: boolean }
  | { name: 'queue'; service: ServiceView; queueId?: string }
  | { name: 'info'; service: ServiceView }
  | { name: 'matters' }
  | { name: 'ticket' }
  | { name: 'certificates'; service: ServiceView }
  | { name: 'certificate'; outcome: CertificateOutcome; type: CertificateTypeView }
  | { name: 'application' }
  | { name: 'demand' }
  /** A filed application or demand: its number, and its receipt's print state (kept up by events). */
  | { name: 'case'; heading: string; next?: string }
  /** Rates `transactionId`; back returns to the screen it came from. */
  | { name: 'rating'; transactionId: string; back: View }
  /** 办件进度查询 (issue 10); `scan`: a receipt's QR just read opens its case. */
  | { name: 'progress'; scan: PendingScan | null }
  /** 服务评价 (issue 10); `initial`: rate this target at once (from a case), back to `back`. */
  | { name: 'rate-service'; initial?: RatingTarget; back: View }
  | { name: 'thanks' };

export interface SessionFlowProps {
  session: SessionView;
  services: ServiceView[];
  thanksSeconds: number;
  onEnded(): void;
  /** The barcode scanner's last receipt QR in this visit (issue 10). */
  scan?: PendingScan | null;
}

const resultTitles: Record<Extract<ChooseServiceResult, { ok: false }>['reason'], Words> = {
  'not-built': (s) => s.notBuiltTitle,
  'needs-identity': (s) => s.needsIdentityTitle,
  'out-of-service': (s) => s.outOfServiceTitle,
};

export function SessionFlow({ session, services, thanksSeconds, onEnded, scan = null }: SessionFlowProps) {
  const api = useApi();
  const [view, setView] = useState<View>({ name: 'services' });
  const [busy, setBusy] = useState(false);
  const endingRef = useRef(false);
  // The ticket outlives its screen (rating and back), and its print state follows the core's events.
  const [ticket, setTicket] = useState<QueueTicket | null>(null);
  const [filed, setFiled] = useState<CaseReceiptView | null>(null);
  useEffect(
    () =>
      api.on('print', ({ transactionId, report }) => {
        setTicket((current) => (current && current.transactionId === transactionId ? { ...current, print: report } : current));
        setFiled((current) => (current && current.transactionId === transactionId ? { ...current, print: report } : current));
      }),
    [api],
  );
  const showFiled = (heading: string, next?: string) => (receipt: CaseReceiptView) => {
    setFiled(receipt);
    setView({ name: 'case', heading, next });
  };

  const toServices = () => setView({ name: 'services' });
  // A scanned receipt opens its case from the service list or the progress screens; elsewhere
  // (a form half filled in) a stray scan must not throw the resident's work away.
  useEffect(() => {
    if (scan && (view.name === 'services' || view.name === 'progress' || view.name === 'message')) setView({ name: 'progress', scan });
  }, [scan?.seq]);
  const showError = (message: string | Words) => setView({ name: 'message', title: (s) => s.errorTitle, message: typeof message === 'string' ? () => message : message });

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
    const notice = service.outOfService;
    if (notice) {
      setView({
        name: 'message',
        title: (s) => (service.offeredElsewhere ? s.serviceNotOfferedTitle : s.outOfServiceTitle),
        message: (s) => saidText(notice, service.outOfServiceSay, s),
      });
      return;
    }
    setBusy(true);
    try {
      const result = await api.call('chooseService', { serviceId: service.id });
      if (!result.ok) {
        setView({
          name: 'message',
          title: resultTitles[result.reason],
          message: (s) => saidText(result.message, result.say, s),
          showCard: result.reason === 'needs-identity',
        });
      } else if (result.service.kind === 'queue-ticket') {
        setView({ name: 'queue', service: result.service, queueId });
      } else if (result.service.kind === 'certificate-print') {
        setView({ name: 'certificates', service: result.service });
      } else if (result.service.kind === 'info-query') {
        setView({ name: 'info', service: result.service });
      } else if (result.service.kind === 'public-matters') {
        setView({ name: 'matters' });
      } else if (result.service.kind === 'progress-query') {
        setView({ name: 'progress', scan: null });
      } else if (result.service.kind === 'rating') {
        setView({ name: 'rate-service', back: { name: 'services' } });
      } else if (result.service.kind === 'application') {
        setView({ name: 'application' });
      } else if (result.service.kind === 'demand') {
        setView({ name: 'demand' });
      } else {
        setView({ name: 'message', title: (s) => s.notBuiltTitle, message: (s) => s.serviceScreenMissing });
      }
    } catch (err) {
      showError((s) => errorText(err, s));
    } finally {
      setBusy(false);
    }
  };

  /** A guide's 取号排队 (in 政务信息查询 or 事项办理): the queue of its counter. */
  const queueFromGuide = (serviceId: string, queueId: string) => {
    const queueService = services.find((s) => s.id === serviceId);
    if (queueService) void choose(queueService, queueId);
    else showError((s) => s.serviceScreenMissing);
  };

  switch (view.name) {
    case 'services':
      return (
        <ServicesScreen
          session={session}
          services={services}
          busy={busy}
          onChoose={(s) => void choose(s)}
          onExit={() => void end()}
          notice={
            <ProgressNotice
              onOpen={() => {
                const progress = services.find((s) => s.kind === 'progress-query');
                if (progress) void choose(progress);
              }}
            />
          }
        />
      );
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
          onQueue={queueFromGuide}
          onFailed={showError}
          onBack={toServices}
        />
      );
    case 'matters':
      return <PublicMattersScreen onFailed={showError} onBack={toServices} />;
    case 'ticket':
      if (!ticket) return null;
      return <TicketScreen ticket={ticket} onRate={() => setView({ name: 'rating', transactionId: ticket.transactionId, back: view })} onAnotherService={toServices} onExit={() => void end()} />;
    case 'certificates':
      return (
        <CertificateTypesScreen
          service={view.service}
          onOutcome={(outcome, type) => setView({ name: 'certificate', outcome, type })}
          onFailed={showError}
          onBack={toServices}
        />
      );
    case 'certificate': {
      const { outcome, type } = view;
      return (
        <CertificateResultScreen
          outcome={outcome}
          type={type}
          onRate={() => outcome.ok && setView({ name: 'rating', transactionId: outcome.transactionId, back: view })}
          onBack={toServices}
          onExit={() => void end()}
        />
      );
    }
    case 'application':
      return <ApplicationScreen onFiled={showFiled(t.applySubmitted)} onFailed={showError} onQueue={queueFromGuide} onBack={toServices} />;
    case 'demand':
      return <DemandScreen onFiled={showFiled(t.demandSubmitted, t.demandSubmittedNext)} onFailed={showError} onBack={toServices} />;
    case 'case':
      if (!filed) return null;
      return <CaseResult receipt={filed} heading={view.heading} next={view.next} onRate={() => setView({ name: 'rating', transactionId: filed.transactionId, back: view })} onAnotherService={toServices} onExit={() => void end()} />;
    case 'rating': {
      const { transactionId } = view;
      return (
        <RatingScreen
          submit={async (level, reasons, reasonText) => {
            await api.call('rateTransaction', reasons.length === 0 ? { transactionId, level } : { transactionId, level, reasons, reasonText });
            return { ok: true, transactionId };
          }}
          onRated={() => setView({ name: 'thanks' })}
          onBack={() => setView(view.back)}
        />
      );
    }
    case 'progress':
      return (
        <ProgressScreen
          key={view.scan?.seq ?? 0}
          resident={session.resident}
          scan={view.scan}
          onRate={(target) => setView({ name: 'rate-service', initial: target, back: view })}
          onBack={toServices}
        />
      );
    case 'rate-service':
      return <RatingServiceScreen services={services} initial={view.initial} onRated={() => setView({ name: 'thanks' })} onBack={() => setView(view.back)} />;
    case 'thanks':
      return <ThanksScreen seconds={thanksSeconds} onDone={() => void end()} />;
  }
}
