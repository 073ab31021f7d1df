// The root: the link to the core, the attract screen or the current visit, and what floats over
// them (idle warning, refused card, staff notice, demo panel, connecting overlay).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ApiClient } from './api-client.ts';
import { ApiContext } from './api-context.ts';
import { IdleDialog } from './components/idle-dialog.tsx';
import { NoticeToast } from './components/notice-toast.tsx';
import { SimulatorPanel } from './components/simulator-panel.tsx';
import { StaffBanner } from './components/staff-banner.tsx';
import { paceFor } from './pace.ts';
import { AttractScreen } from './screens/attract-screen.tsx';
import { ConnectingScreen } from './screens/connecting-screen.tsx';
import { SessionFlow } from './screens/session-flow.tsx';
import { useActivityReporter } from './state/use-activity-reporter.ts';
import { useFrameReporter } from './state/use-frame-reporter.ts';
import { OutOfServiceScreen } from './screens/out-of-service-screen.tsx';
import { TechnicianCorner } from './components/technician-corner.tsx';
import { TechnicianOverlay } from './screens/technician/technician-overlay.tsx';
import { useKioskState } from './state/use-kiosk-state.ts';

export function App({ api }: { api: ApiClient }) {
  const state = useKioskState(api);
  const { status, session } = state;
  // null: follow the terminal's configuration; the toggle overrides it for one visit only.
  const [elderOverride, setElderOverride] = useState<boolean | null>(null);
  const elderMode = elderOverride ?? status?.ui.elderMode ?? false;
  const pace = paceFor(elderMode);

  // A visit that ends takes its elder-mode choice with it: the next person starts fresh.
  const hadSession = useRef(false);
  useEffect(() => {
    if (session) hadSession.current = true;
    else if (hadSession.current) {
      hadSession.current = false;
      setElderOverride(null);
    }
  }, [session]);

  useActivityReporter(api, session !== null);
  useFrameReporter(api);
  const onEnded = useCallback(() => state.setSession(null), [state.setSession]);
  const [technicianOpen, setTechnicianOpen] = useState(false);
  const closeTechnician = useCallback(() => setTechnicianOpen(false), []);
  // Over every screen, the connecting one included: a technician is called when something is wrong.
  const technician = (
    <>
      {technicianOpen && <TechnicianOverlay api={api} connected={state.connected} onClose={closeTechnician} />}
      {!technicianOpen && <TechnicianCorner onOpen={() => setTechnicianOpen(true)} />}
    </>
  );

  if (!status) {
    return (
      <ApiContext.Provider value={api}>
        <ConnectingScreen />
        {technician}
      </ApiContext.Provider>
    );
  }

  return (
    <ApiContext.Provider value={api}>
      {/* The configured orientation (ui.orientation), set live by the provisioning wizard: the
          layout follows the mounting, not a window size that may lag the display's rotation. */}
      <div class={elderMode ? 'app elder' : 'app'} data-orientation={status?.ui.orientation ?? 'portrait'}>
        <main class="app-main">
          {session ? (
            // A visit under way when the kiosk is closed remotely may finish.
            <SessionFlow key={session.id} session={session} services={status.services} thanksSeconds={pace.thanksSeconds} onEnded={onEnded} />
          ) : status.outOfService ? (
            <OutOfServiceScreen message={status.outOfService.message} />
          ) : (
            <AttractScreen
              key="attract"
              status={status}
              readingCard={state.readingCard}
              elderMode={elderMode}
              onToggleElder={() => setElderOverride(!elderMode)}
              onSessionStarted={state.setSession}
            />
          )}
        </main>
        <footer class="app-footer">
          <StaffBanner printer={status.devices.printer} documentPrinter={status.devices.documentPrinter} />
          {status.simulator && <SimulatorPanel simulator={status.simulator} />}
        </footer>
        {state.refusal && (
          <NoticeToast key={state.refusal.seq} message={state.refusal.message} durationMs={pace.noticeMs} onDone={state.clearRefusal} />
        )}
        {session && state.idleSecondsLeft !== null && <IdleDialog secondsLeft={state.idleSecondsLeft} />}
        {!state.connected && <ConnectingScreen overlay />}
        {technician}
      </div>
    </ApiContext.Provider>
  );
}
