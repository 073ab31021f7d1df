// The fleet: every terminal with central's health verdict and the reasons for it.
import { useEffect, useState } from 'preact/hooks';
import type { TerminalSummary } from '../../shared/contract/schemas.ts';
import { listTerminals } from './api.ts';
import { backlog, healthLabel, paperState, when } from './format.ts';
import { tFleet as t } from './fleet-words.ts';
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
  if (!terminals) return <p>{t('loading')}</p>;
  if (terminals.length === 0) return <p>{t('noTerminals')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>{t('colTerminal')}</th>
          <th>{t('colSite')}</th>
          <th>{t('colHealth')}</th>
          <th>{t('colVersion')}</th>
          <th>{t('colBacklog')}</th>
          <th>{t('colPaper')}</th>
          <th>{t('colLastSeen')}</th>
        </tr>
      </thead>
      <tbody>
        {terminals.map((terminal) => (
          <tr key={terminal.terminalId} data-terminal={terminal.terminalId}>
            <td>
              <a href={`#/terminal/${terminal.terminalId}`}>{terminal.terminalId}</a>
            </td>
            <td>{terminal.siteName}</td>
            <td class={`health-${terminal.health.state}`}>
              <strong>{healthLabel(terminal.health.state)}</strong>
              {terminal.health.reasons.length > 0 && <ul>{terminal.health.reasons.map((r) => <li key={r}>{r}</li>)}</ul>}
              <RollbackAck terminal={terminal} onDone={() => void load()} />
            </td>
            <td>{terminal.softwareVersion}</td>
            <td>{backlog(terminal)}</td>
            <td>{paperState(terminal)}</td>
            <td>{when(terminal.lastHeartbeatAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
