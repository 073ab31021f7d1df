// The button beside a rolled-back terminal's warning: the admin says they have seen it, and the
// warning goes until the terminal's next rollback. The hub keeps who (the name typed here, and
// that it came from the console) and when.
import { useState } from 'preact/hooks';
import type { TerminalSummary } from '../../shared/contract/schemas.ts';
import { acknowledgeRollbacks } from './api.ts';
import { tFleet as t } from './fleet-words.ts';

export function RollbackAck({ terminal, onDone }: { terminal: TerminalSummary; onDone: () => void }) {
  const [by, setBy] = useState('');
  const [error, setError] = useState<string | null>(null);
  const latest = terminal.rollbacks[0];
  if (!latest) return null;
  const acknowledge = async (event: Event) => {
    event.preventDefault();
    try {
      await acknowledgeRollbacks(terminal.terminalId, by.trim() || undefined);
      onDone();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form class="rollback-ack" onSubmit={acknowledge}>
      <label>
        {t('yourName')} <input value={by} maxLength={80} onInput={(e) => setBy(e.currentTarget.value)} />
      </label>{' '}
      <button type="submit">{t('acknowledgeRollback', { version: latest.version })}</button>
      {error && <span role="alert"> {error}</span>}
    </form>
  );
}
