// Technician mode on screen: the PIN keypad after the hidden gesture, then the diagnostics page,
// covering everything beneath. Every touch here tells the core the technician is still there; when
// the core ends the mode (idle, or the technician leaves) the overlay goes.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiClient } from '../../api-client.ts';
import { t } from '../../i18n/index.ts';
import { DiagnosticsScreen } from './diagnostics-screen.tsx';
import { PinPad } from './pin-pad.tsx';
import { ProvisioningWizard } from './provisioning-wizard.tsx';

/** A keypad nobody types on goes away: a gesture made by chance must not hide the kiosk. */
const PIN_PAD_IDLE_MS = 30_000;

export function TechnicianOverlay({ api, connected, onClose }: { api: ApiClient; connected: boolean; onClose(): void }) {
  const [active, setActive] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [page, setPage] = useState<'diagnostics' | 'setup'>('diagnostics');
  const lastTouch = useRef(0);
  const [padTouches, setPadTouches] = useState(0);

  useEffect(() => {
    if (active) return;
    const timer = setTimeout(onClose, PIN_PAD_IDLE_MS);
    return () => clearTimeout(timer);
  }, [active, padTouches, onClose]);

  useEffect(
    () =>
      api.on('technician', ({ active: now }) => {
        setActive(now);
        if (!now) onClose();
      }),
    [api, onClose],
  );

  const onTouch = () => {
    const now = Date.now();
    if (!active) return setPadTouches((n) => n + 1);
    if (now - lastTouch.current < 1000) return;
    lastTouch.current = now;
    void api.call('technicianTouch', {}).catch(() => {});
  };

  const submit = async (pin: string) => {
    if (!connected) return setMessage(t.technicianOffline);
    setBusy(true);
    try {
      const result = await api.call('technicianEnter', { pin });
      if (result.ok) {
        setMessage(null);
        setActive(true);
      } else setMessage(result.message);
    } catch (err) {
      setMessage((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    // Technicians read Chinese whatever language the resident chose: left-to-right, Chinese shaping.
    <div class="technician-overlay" lang="zh-CN" dir="ltr" onPointerDown={onTouch}>
      {active && page === 'setup' ? (
        <ProvisioningWizard onDone={() => setPage('diagnostics')} />
      ) : active ? (
        <DiagnosticsScreen onLeave={() => void api.call('technicianLeave', {}).catch(() => onClose())} onSetup={() => setPage('setup')} />
      ) : (
        <PinPad message={message} busy={busy} onSubmit={(pin) => void submit(pin)} onCancel={onClose} />
      )}
    </div>
  );
}
