// One terminal: its state, the commands sent to it with their results, and buttons for the
// commands an admin sends from the hall's office.
import { useEffect, useState } from 'preact/hooks';
import type { CommandRequest, CommandView, TerminalSummary } from '../../shared/contract/schemas.ts';
import { listCommands, listTerminals, sendCommand } from './api.ts';
import { backlog, healthLabel, paperState, when } from './format.ts';

function describe(command: CommandRequest): string {
  if (command.type === 'out-of-service') return `out-of-service ${command.on ? 'on' : 'off'}${command.message ? `: ${command.message}` : ''}`;
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
      setTerminal((await listTerminals()).find((t) => t.terminalId === terminalId) ?? null);
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
      setStatus(`sent: ${describe(command)}`);
      await refresh();
    } catch (err) {
      setStatus((err as Error).message);
    }
  };

  return (
    <section>
      <h1>Terminal {terminalId}</h1>
      {terminal && (
        <p>
          {terminal.siteName} · <span class={`health-${terminal.health.state}`}>{healthLabel(terminal.health.state)}</span>
          {terminal.health.reasons.length > 0 && ` (${terminal.health.reasons.join('; ')})`} · version {terminal.softwareVersion} · backlog{' '}
          {backlog(terminal)} · paper {paperState(terminal)} · last seen {when(terminal.lastHeartbeatAt)}
        </p>
      )}
      <div class="actions">
        <label>
          Message residents see while out of service{' '}
          <input value={message} maxLength={200} onInput={(e) => setMessage(e.currentTarget.value)} />
        </label>
        <div>
          <button type="button" onClick={() => void send({ type: 'out-of-service', on: true, ...(message.trim() ? { message: message.trim() } : {}) })}>
            Out of service on
          </button>{' '}
          <button type="button" onClick={() => void send({ type: 'out-of-service', on: false })}>
            Out of service off
          </button>{' '}
          <button type="button" onClick={() => void send({ type: 'reload-ui' })}>
            Reload UI
          </button>{' '}
          <button type="button" onClick={() => void send({ type: 'collect-logs' })}>
            Collect logs
          </button>
        </div>
        <label>
          Reason for a screenshot (it may show a resident's data; kept in the admin log){' '}
          <input value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </label>
        <div>
          <button type="button" disabled={!reason.trim()} onClick={() => void send({ type: 'screenshot' }, reason.trim())}>
            Take a screenshot
          </button>
        </div>
        {status && <p role="status">{status}</p>}
      </div>
      <h2>Commands</h2>
      <table>
        <thead>
          <tr>
            <th>Command</th>
            <th>State</th>
            <th>Sent</th>
            <th>Result</th>
          </tr>
        </thead>
        <tbody>
          {commands.map((c) => (
            <tr key={c.commandId} data-command={c.command.type}>
              <td>{describe(c.command)}</td>
              <td>{c.state}</td>
              <td>{when(c.createdAt)}</td>
              <td>
                {c.detail ?? ''}
                {c.attachment && (
                  <>
                    {' '}
                    <a href={`/v1/admin/commands/${c.commandId}/attachment`} target="_blank" rel="noopener">
                      attachment
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
