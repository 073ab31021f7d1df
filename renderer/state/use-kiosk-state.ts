// The core's state as the UI needs it: status (site, services, devices), the current session,
// the idle warning and the link. Re-read whole from getStatus whenever it may have changed
// (reconnect, devices, catalog) rather than patched piece by piece.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { KioskStatus, SessionView } from '../../terminal/api.ts';
import type { ApiClient } from '../api-client.ts';
import type { Say } from '../../terminal/says/say.ts';

export interface KioskState {
  connected: boolean;
  status: KioskStatus | null;
  session: SessionView | null;
  idleSecondsLeft: number | null;
  /** A placed card is being read: the attract screen asks to keep it still. */
  readingCard: boolean;
  /** A refused card's message, with a counter so the same message twice still shows again. */
  /** `say`: the refusal's id in the says catalog, so the toast shows it in the resident's language. */
  refusal: { message: string; say?: Say; seq: number } | null;
  setSession(session: SessionView | null): void;
  clearRefusal(): void;
}

/** Longer than a slow read with its retries (the reader's bound is 15 s per attempt). */
const READING_NOTICE_MAX_MS = 20_000;

export function useKioskState(api: ApiClient): KioskState {
  const [connected, setConnected] = useState(api.isConnected());
  const [status, setStatus] = useState<KioskStatus | null>(null);
  const [session, setSessionState] = useState<SessionView | null>(null);
  const [idleSecondsLeft, setIdle] = useState<number | null>(null);
  const [refusal, setRefusal] = useState<KioskState['refusal']>(null);
  const [readingCard, setReadingCard] = useState(false);

  // Counts session events, so a getStatus answer computed before the latest one cannot undo it.
  const sessionEvents = useRef(0);
  const setSession = useCallback((next: SessionView | null) => {
    sessionEvents.current++;
    setSessionState(next);
    setIdle(null);
    setReadingCard(false);
  }, []);

  // A read ends in a session, a refusal or a technician's test read; should none come (card pulled away mid-read), the
  // notice goes by itself rather than stay on the screen.
  useEffect(() => {
    if (!readingCard) return;
    const timer = setTimeout(() => setReadingCard(false), READING_NOTICE_MAX_MS);
    return () => clearTimeout(timer);
  }, [readingCard]);

  const refresh = useCallback(async () => {
    try {
      const eventsBefore = sessionEvents.current;
      const next = await api.call('getStatus', {});
      setStatus(next);
      if (sessionEvents.current === eventsBefore) setSessionState(next.session);
    } catch {
      // The link dropped meanwhile: the reconnect refreshes again.
    }
  }, [api]);

  useEffect(() => {
    let refusals = 0;
    const offs = [
      api.onConnection((up) => {
        setConnected(up);
        setIdle(null);
        if (up) void refresh();
      }),
      api.on('session', ({ session: next }) => setSession(next)),
      api.on('idle', ({ secondsLeft }) => setIdle(secondsLeft)),
      api.on('devices', (devices) => {
        setStatus((s) => s && { ...s, devices });
        void refresh(); // services' out-of-service notices follow the devices
      }),
      api.on('statusChanged', () => void refresh()),
      // A remote admin asked for a fresh UI (reload-ui command): the page loads again from the core.
      api.on('reloadUi', () => window.location.reload()),
      api.on('cardReading', () => setReadingCard(true)),
      // A read that began on the attract screen and ended as a technician's test read is over too.
      api.on('technicianCard', () => setReadingCard(false)),
      api.on('cardRefused', ({ message, say }) => {
        setReadingCard(false);
        setRefusal({ message, say, seq: ++refusals });
      }),
    ];
    // The link may have come up between the first render and this effect: catch up.
    setConnected(api.isConnected());
    if (api.isConnected()) void refresh();
    return () => offs.forEach((off) => off());
  }, [api, refresh, setSession]);

  return {
    connected,
    status,
    session,
    idleSecondsLeft,
    readingCard,
    refusal,
    setSession,
    clearRefusal: useCallback(() => setRefusal(null), []),
  };
}
