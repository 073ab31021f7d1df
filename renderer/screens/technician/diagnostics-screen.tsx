// The technician's diagnostics page: each device's state and recent changes, the sync backlog and
// its age, the last errors, versions, free disk, uptime; and the log export to a USB stick. It is
// fed only by technicianDiagnostics, which carries nothing of residents.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Diagnostics } from '../../../terminal/api.ts';
import { useApi } from '../../api-context.ts';
import { t } from '../../i18n/index.ts';
import { clockDateTime, clockTime } from '../../i18n/dates.ts';
import { setupText } from './provisioning-strings.ts';
import { VoiceDiagnosticsSection } from './voice-diagnostics.tsx';
import { ScreenHeader } from '../../components/screen-header.tsx';

const REFRESH_MS = 5000;

function bytes(n: number | null): string {
  if (n === null) return '—';
  return n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(1)} GiB` : `${Math.round(n / 1024 ** 2)} MiB`;
}

function duration(seconds: number | null): string {
  if (seconds === null) return t.technicianNone;
  if (seconds < 120) return `${Math.round(seconds)} 秒`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} 分钟`;
  return `${(seconds / 3600).toFixed(1)} 小时`;
}

function deviceState(state: { state: string; reason?: string; paperNearEnd?: boolean }): string {
  return `${state.state}${state.paperNearEnd ? '（纸将尽）' : ''}${state.reason ? `：${state.reason}` : ''}`;
}

export function DiagnosticsScreen({ onLeave, onSetup }: { onLeave(): void; onSetup(): void }) {
  const api = useApi();
  const [diagnostics, setDiagnostics] = useState<Diagnostics | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [testCard, setTestCard] = useState<string | null>(null);
  useEffect(() => api.on('technicianCard', ({ maskedName }) => setTestCard(maskedName)), [api]);

  const load = useCallback(async () => {
    try {
      setDiagnostics(await api.call('technicianDiagnostics', {}));
    } catch (err) {
      setNotice((err as Error).message);
    }
  }, [api]);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  const exportTo = async (target: string) => {
    try {
      const saved = await api.call('technicianExportLogs', { target });
      setNotice(`${t.technicianExported}${saved.file}`);
    } catch (err) {
      setNotice((err as Error).message);
    }
  };

  const testPrint = async () => {
    try {
      setNotice((await api.call('technicianTestPrint', {})).message);
    } catch (err) {
      setNotice((err as Error).message);
    }
  };

  const upload = async () => {
    try {
      const sent = await api.call('technicianUploadLogs', {});
      setNotice(`${t.technicianUploaded}${sent.id}`);
    } catch (err) {
      setNotice((err as Error).message);
    }
  };

  const d = diagnostics;
  return (
    <div class="technician-diagnostics" data-testid="technician-diagnostics">
      <ScreenHeader
        plain
        title={t.technicianTitle}
        actions={
          <button type="button" onClick={onSetup}>
            {setupText.open}
          </button>
        }
        onBack={onLeave}
        backLabel={t.technicianLeave}
      />
      {notice && (
        <p class="technician-message" role="status">
          {notice}
        </p>
      )}
      {d && (
        <div class="technician-sections">
          <section>
            <h2>{t.technicianDevices}</h2>
            <dl>
              <dt>{t.technicianCardReader}</dt>
              <dd data-testid="diag-reader">{deviceState(d.devices.cardReader)}</dd>
              <dt>{t.technicianPrinter}</dt>
              <dd data-testid="diag-printer">{deviceState(d.devices.printer)}</dd>
              {d.devices.scanner && (
                <>
                  <dt>{t.technicianScanner}</dt>
                  <dd data-testid="diag-scanner">{deviceState(d.devices.scanner)}</dd>
                </>
              )}
            </dl>
            <p data-testid="diag-card-test">
              {t.technicianCardTest}
              {testCard ?? t.technicianCardTestHint}
            </p>
            <button type="button" onClick={() => void testPrint()}>
              {t.technicianTestPrint}
            </button>
            <h3>{t.technicianHistory}</h3>
            <ul class="technician-list">
              {d.deviceHistory.slice(0, 8).map((change) => (
                <li key={`${change.at}-${change.device}`}>
                  {clockTime(new Date(change.at))} {change.device === 'printer' ? t.technicianPrinter : t.technicianCardReader} {change.state}
                  {change.detail ? `：${change.detail}` : ''}
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h2>{t.technicianSync}</h2>
            <dl>
              <dt>{t.technicianPending}</dt>
              <dd data-testid="diag-pending">{d.sync.pending}</dd>
              <dt>{t.technicianOldest}</dt>
              <dd>{duration(d.sync.oldestPendingAgeSeconds)}</dd>
              <dt>{t.technicianLastSuccess}</dt>
              <dd>{d.sync.lastSuccessAt ? clockDateTime(new Date(d.sync.lastSuccessAt)) : t.technicianNone}</dd>
              <dt>{t.technicianLastError}</dt>
              <dd>{d.sync.lastError ?? t.technicianNone}</dd>
            </dl>
            <h3>{t.technicianErrors}</h3>
            <ul class="technician-list">
              {d.lastErrors.length === 0 && <li>{t.technicianNone}</li>}
              {d.lastErrors.slice(0, 8).map((e) => (
                <li key={`${e.at}-${e.event}`}>
                  {clockDateTime(new Date(e.at))} {e.event} {e.detail}
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h2>{t.technicianSystem}</h2>
            <dl>
              <dt>{t.technicianVersion}</dt>
              <dd data-testid="diag-version">{d.versions.software}</dd>
              <dt>Node / OS</dt>
              <dd>
                {d.versions.node} / {d.versions.os}
              </dd>
              <dt>{t.technicianDisk}</dt>
              <dd>{bytes(d.freeDiskBytes)}</dd>
              <dt>{t.technicianUptime}</dt>
              <dd>{duration(d.uptimeSeconds)}</dd>
            </dl>
            <h3>{t.technicianExport}</h3>
            {d.exportTargets.length === 0 && <p>{t.technicianNoStick}</p>}
            {d.exportTargets.map((target) => (
              <button type="button" key={target} class="technician-export" onClick={() => void exportTo(target)}>
                {t.technicianExportTo} {target}
              </button>
            ))}
            {d.canUploadToHub && (
              <button type="button" class="technician-export" onClick={() => void upload()}>
                {t.technicianUpload}
              </button>
            )}
          </section>
          <VoiceDiagnosticsSection voice={d.voice} />
        </div>
      )}
    </div>
  );
}
