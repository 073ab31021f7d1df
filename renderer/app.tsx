// The root: the link to the core, the attract screen or the current visit, the voice bar (voice
// guidance, 点读) and this visit's 长辈版 and volume, and what floats over
// them (idle warning, refused card, staff notice, demo panel, connecting overlay).
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ApiClient } from './api-client.ts';
import { ApiContext } from './api-context.ts';
import { IdleDialog } from './components/idle-dialog.tsx';
import { NoticeToast } from './components/notice-toast.tsx';
import { saidText } from './i18n/said.ts';
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
import { usePendingScan } from './screens/progress-query/use-scan.ts';
import { useVisitLocale } from './state/use-visit-locale.ts';
import { setSiteTimeZone } from './i18n/dates.ts';
import { VoiceBar } from './components/voice-bar.tsx';
import { createVoiceController } from './voice/voice-controller.ts';
import { VoiceContext } from './voice/voice-context.ts';
import { useTouchAndHear } from './voice/use-touch-and-hear.ts';
import { UiModeContext } from './state/ui-mode.ts';

export function App({ api }: { api: ApiClient }) {
  const state = useKioskState(api);
  const { status, session } = state;
  // The toggle overrides the terminal's configuration for one visit only. The override names the
  // visit it was made in (null: on the attract screen, before a card), so the render in which a
  // visit ends already shows the site's version: the next resident never sees the last one's.
  const [elderOverride, setElderOverride] = useState<{ on: boolean; visit: string | null } | null>(null);
  const elderMode = (elderOverride && overrideApplies(elderOverride.visit, session?.id ?? null) ? elderOverride.on : null) ?? status?.ui.elderMode ?? false;
  const pace = paceFor(elderMode);
  // The site's language (ui.locale) unless the resident chose another for this visit.
  const language = useVisitLocale(status?.ui.locale, session !== null);
  // Every time on screen is on the site's clock (issue 21). Set while rendering, not in an effect,
  // so the screens below format with it in this same render; a pushed zone arrives with the status.
  setSiteTimeZone(status?.site.timeZone);
  // Voice guidance: the volume and touch-and-hear are this visit's too (the site's volume otherwise).
  const voice = useMemo(() => createVoiceController(api), [api]);
  const [volumeOverride, setVolumeOverride] = useState<number | null>(null);
  const volume = volumeOverride ?? status?.ui.volume ?? 80;
  useEffect(() => voice.setVolume(volume), [voice, volume]);
  const [touchAndHear, setTouchAndHear] = useState(false);
  useTouchAndHear(voice, touchAndHear);
  useEffect(() => () => voice.stop(), [voice]);

  const toggleElder = () => {
    const on = !elderMode;
    setElderOverride({ on, visit: session?.id ?? null });
    // The core slows the idle timer for this visit (longer timeout and warning).
    void api.call('setElderMode', { on }).catch(() => {});
  };

  // A visit that ends takes its choices with it: the next person starts fresh.
  const hadSession = useRef(false);
  useEffect(() => {
    if (session) {
      hadSession.current = true;
      // Chosen on the attract screen: it is this visit's now.
      setElderOverride((o) => (o && o.visit === null ? { ...o, visit: session.id } : o));
    } else if (hadSession.current) {
      hadSession.current = false;
      setElderOverride(null);
      setVolumeOverride(null);
      setTouchAndHear(false);
    }
  }, [session]);

  const scan = usePendingScan(api, session?.id ?? null); // 办件进度查询: a scanned receipt QR (issue 10)
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
      <VoiceContext.Provider value={voice}>
        <UiModeContext.Provider value={{ elderMode }}>
          {/* The configured orientation (ui.orientation), set live by the provisioning wizard: the
              layout follows the mounting, not a window size that may lag the display's rotation. */}
          <div class={elderMode ? 'app elder' : 'app'} data-orientation={status?.ui.orientation ?? 'portrait'}>
            {/* The screen and what passes over it: a passing message stays within the screen's own
                area, so the voice bar below and the footer are never under it. */}
            <div class="app-stage">
              <main class="app-main">
                {session ? (
                  // A visit under way when the kiosk is closed remotely may finish.
                  <SessionFlow key={session.id} session={session} services={elderMode ? status.services.filter((s) => s.elder) : status.services} thanksSeconds={pace.thanksSeconds} onEnded={onEnded} scan={scan} />
                ) : status.outOfService ? (
                  <OutOfServiceScreen message={saidText(status.outOfService.message, status.outOfService.say)} />
                ) : (
                  <AttractScreen
                    key="attract"
                    status={status}
                    readingCard={state.readingCard}
                    elderMode={elderMode}
                    onToggleElder={toggleElder}
                    locale={language.locale}
                    onChooseLocale={language.choose}
                    onSessionStarted={state.setSession}
                  />
                )}
              </main>
              {state.refusal && (
                <NoticeToast key={state.refusal.seq} message={saidText(state.refusal.message, state.refusal.say)} durationMs={pace.noticeMs} onDone={state.clearRefusal} />
              )}
            </div>
            <VoiceBar volume={volume} onVolume={setVolumeOverride} touchAndHear={touchAndHear} onTouchAndHear={setTouchAndHear} panelMs={pace.soundPanelMs} />
            <footer class="app-footer">
              <StaffBanner printer={status.devices.printer} documentPrinter={status.devices.documentPrinter} />
              {status.simulator && <SimulatorPanel simulator={status.simulator} />}
            </footer>
            {session && state.idleSecondsLeft !== null && <IdleDialog secondsLeft={state.idleSecondsLeft} />}
            {!state.connected && <ConnectingScreen overlay />}
            {technician}
          </div>
        </UiModeContext.Provider>
      </VoiceContext.Provider>
    </ApiContext.Provider>
  );
}

/** An override made on the attract screen holds until the visit after it ends; one made in a visit, for that visit. */
function overrideApplies(madeIn: string | null, current: string | null): boolean {
  return madeIn === null || madeIn === current;
}
