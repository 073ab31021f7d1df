// The fleet: every terminal with central's health verdict and the reasons for it.
import { useEffect, useState } from 'preact/hooks';
import type { TerminalSummary } from '../../shared/contract/schemas.ts';
import { listTerminals } from './api.ts';
import { backlog, healthLabel, paperState, when } from './format.ts';
import { RollbackAck } from './rollback-ack.tsx';

export function TerminalList() {
  const [terminals, setTerminals] = useState<TerminalSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => listTerminals().then(setTerminals, (err: Error) => setError(err.message));
  useEffect(() => {
    void load();
    // Heartbeats come every minute or so; refreshing more often would show nothing new.
    const timer = setInterval(load, 30_000);
    return () => clearInterval(timer);
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!terminals) return <p>Loading…</p>;
  if (terminals.length === 0) return <p>No terminal is enrolled yet.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>Terminal</th>
          <th>Site</th>
          <th>Health</th>
          <th>Version</th>
          <th>Backlog</th>
          <th>Paper</th>
          <th>Last seen</th>
        </tr>
      </thead>
      <tbody>
        {terminals.map((t) => (
          <tr key={t.terminalId} data-terminal={t.terminalId}>
            <td>
              <a href={`#/terminal/${t.terminalId}`}>{t.terminalId}</a>
            </td>
            <td>{t.siteName}</td>
            <td class={`health-${t.health.state}`}>
              <strong>{healthLabel(t.health.state)}</strong>
              {t.health.reasons.length > 0 && <ul>{t.health.reasons.map((r) => <li key={r}>{r}</li>)}</ul>}
              <RollbackAck terminal={t} onDone={() => void load()} />
            </td>
            <td>{t.softwareVersion}</td>
            <td>{backlog(t)}</td>
            <td>{paperState(t)}</td>
            <td>{when(t.lastHeartbeatAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
