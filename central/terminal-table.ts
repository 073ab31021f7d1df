// The fleet as a plain-text table for kioskctl: one line per terminal, what an admin scans for
// (offline, backlog piling up, last sync error). CJK site names are counted as two columns wide.
import type { TerminalSummary } from '../shared/contract/schemas.ts';

export function width(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
}

export function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}

function ago(iso: string | null, now: number): string {
  if (!iso) return 'never';
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 120) return `${seconds}s ago`;
  if (seconds < 7200) return `${Math.round(seconds / 60)}m ago`;
  if (seconds < 172_800) return `${Math.round(seconds / 3600)}h ago`;
  return `${Math.round(seconds / 86_400)}d ago`;
}

/** Only the worst reason fits a line; `terminals --json` has them all. Capitals are for what needs an admin. */
function healthCell(health: TerminalSummary['health']): string {
  if (health.state === 'healthy') return 'healthy';
  const first = health.reasons[0] ? `: ${health.reasons[0]}` : '';
  // Starting is expected after every start and update: said plainly, not shouted.
  return health.state === 'starting' ? `starting${first}` : `${health.state.toUpperCase()}${first}`;
}

export function formatTerminalTable(terminals: TerminalSummary[], now = Date.now()): string {
  if (terminals.length === 0) return 'no terminals enrolled yet (make a code with: kioskctl enroll-code)';
  const header = ['TERMINAL', 'SITE', 'NAME', 'STATUS', 'HEARTBEAT', 'PENDING', 'OLDEST', 'LAST SYNC', 'VERSION', 'HEALTH', 'LAST ERROR'];
  const rows = terminals.map((t) => [
    t.terminalId,
    t.siteCode,
    t.siteName,
    // A retired id is history, not an outage: say what became of it instead of OFFLINE.
    t.replacedBy ? `replaced by ${t.replacedBy}` : t.online ? 'online' : 'OFFLINE',
    ago(t.lastHeartbeatAt, now),
    t.sync ? String(t.sync.pending) : '-',
    t.sync?.oldestPendingAgeSeconds != null ? `${Math.round(t.sync.oldestPendingAgeSeconds)}s` : '-',
    t.sync ? ago(t.sync.lastSuccessAt, now) : '-',
    t.softwareVersion,
    healthCell(t.health),
    t.sync?.lastError ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  return [header, ...rows].map((row) => row.map((cell, i) => pad(cell, widths[i] ?? 0)).join('  ').trimEnd()).join('\n');
}
