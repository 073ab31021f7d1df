// A hub connection for core tests: the parts a test gives (a fake certificate link, case links, a
// terminal number), and for the rest a hub that cannot be reached.
import type { HubConnection } from '../../terminal/sync/hub-connection.ts';
import type { CasesLink } from '../../terminal/services/progress-query/cases-link.ts';

export function testHub(parts: Partial<HubConnection> = {}): HubConnection {
  const unreachable = { ok: false, reason: 'unreachable', detail: 'no hub in this test' } as const;
  const noCases: CasesLink = { lookup: async () => unreachable };
  return {
    terminalNumber: () => 0,
    certificates: { request: async () => unreachable },
    matters: { hasVoted: async () => unreachable, results: async () => unreachable },
    cases: { asked: noCases, background: noCases },
    uploadLogs: async () => {
      throw new Error('no hub in this test');
    },
    ...parts,
  };
}

/** One link for both kinds of case question, as a test that does not tell them apart wants. */
export const bothCases = (link: CasesLink): HubConnection['cases'] => ({ asked: link, background: link });
