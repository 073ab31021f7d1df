// One terminal: its state, the commands sent to it with their results, and buttons for the
// commands an admin sends from the hall's office.
import { useEffect, useState } from 'preact/hooks';
import type { CommandRequest, CommandView, TerminalSummary } from '../../shared/contract/schemas.ts';
import { listCommands, listTerminals, sendCommand } from './api.ts';
import { backlog, healthLabel, paperState, when } from './format.ts';
import { tFleet as t } from './fleet-words.ts';

function describe(command: CommandRequest): string {
  if (command.type === 'out-of-service') return `${t('commandOutOfService', { on: String(command.on) })}${command.message ? `: ${command.message}` : ''}`;
  return command.type;
}

export function TerminalDetails({ terminalId }: { terminalId: string }) {
  const [terminal, setTerminal] = useState<TerminalSummary | null>(null);
  const [commands, setCommands] = useState<CommandView[]>([]);
  const [message, setMessage] = useState('');
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  const refresh = async () => {
    try {
      setTerminal((await listTerminals()).find((candidate) => candidate.terminalId === terminalId) ?? null);
      setCommands(await listCommands(terminalId));
    } catch (err) {
      setStatus((err as Error).message);
    }
  };
  useEffect(() => {
    void refresh();
    const timer = setInterval(refresh, 15_000);
    return () => clearInterval(timer);
  }, [terminalId]);

  const send = async (command: CommandRequest, why?: string) => {
    try {
      await sendCommand(terminalId, command, why);
      setStatus(t('sent', { command: describe(command) }));
      await refresh();
    } catch (err) {
      setStatus((err as Error).message);
    }
  };

  return (
    <section>
      <h1>{t('terminalTitle', { id: terminalId })}</h1>
      {terminal && (
        <p>
          {terminal.siteName} · <span class={`health-${terminal.health.state}`}>{healthLabel(terminal.health.state)}</span>
          {terminal.health.reasons.length > 0 && ` (${terminal.health.reasons.join('; ')})`} ·{' '}
          {t('terminalFacts', { version: terminal.softwareVersion, backlog: backlog(terminal), paper: paperState(terminal), lastSeen: when(terminal.lastHeartbeatAt) })}
        </p>
      )}
      <div class="actions">
        <label>
          {t('outOfServiceMessage')}{' '}
          <input value={message} maxLength={200} onInput={(e) => setMessage(e.currentTarget.value)} />
        </label>
        <div>
          <button type="button" onClick={() => void send({ type: 'out-of-service', on: true, ...(message.trim() ? { message: message.trim() } : {}) })}>
            {t('outOfServiceOn')}
          </button>{' '}
          <button type="button" onClick={() => void send({ type: 'out-of-service', on: false })}>
            {t('outOfServiceOff')}
          </button>{' '}
          <button type="button" onClick={() => void send({ type: 'reload-ui' })}>
            {t('reloadUi')}
          </button>{' '}
          <button type="button" onClick={() => void send({ type: 'collect-logs' })}>
            {t('collectLogs')}
          </button>
        </div>
        <label>
          {t('screenshotReason')}{' '}
          <input value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </label>
        <div>
          <button type="button" disabled={!reason.trim()} onClick={() => void send({ type: 'screenshot' }, reason.trim())}>
            {t('takeScreenshot')}
          </button>
        </div>
        {status && <p role="status">{status}</p>}
      </div>
      <h2>{t('commands')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('colCommand')}</th>
            <th>{t('colState')}</th>
            <th>{t('colSent')}</th>
            <th>{t('colResult')}</th>
          </tr>
        </thead>
        <tbody>
          {commands.map((c) => (
            <tr key={c.commandId} data-command={c.command.type}>
              <td>{describe(c.command)}</td>
              <td>{t('commandState', { state: c.state })}</td>
              <td>{when(c.createdAt)}</td>
              <td>
                {c.detail ?? ''}
                {c.attachment && (
                  <>
                    {' '}
                    <a href={`/v1/admin/commands/${c.commandId}/attachment`} target="_blank" rel="noopener">
                      {t('attachment')}
                    </a>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
