// kioskctl's 办件 commands (the admin routes beside this file answer them):
//   cases [--status S] [--kind K] [--site CODE] [--after NUMBER] [--limit N] [--json]
//   case NUMBER [--json]          case NUMBER status STATUS [--reply TEXT]
// Words are checked here first (a case number's check digit, a known status) so a typo gets a
// sentence naming the valid choices before anything is sent.
import type { AdminClient } from '../../admin-client.ts';
import { AdminArgsError, limitArg, nextPageHint } from '../../admin-list-args.ts';
import { caseStatuses, checkCaseNumber } from '../../../shared/contract/cases.ts';
import { formatCaseDetail, formatCaseList } from './case-tables.ts';

export const CASE_USAGE = `cases [--status S] [--kind application|demand] [--site CODE] [--json]   办件, newest first
    [--limit N] [--after NUMBER]                100 a page (at most 500); --after: the last case shown
  case NUMBER [--json]                          one case: details for the clerk and its steps
  case NUMBER status STATUS [--reply TEXT]      move a case on (STATUS: ${caseStatuses.join(' ')});
                                                不予受理, 补正材料 and 已办结 need --reply for the resident`;

export interface CaseCommandOptions {
  json: boolean;
  status?: string;
  kind?: string;
  site?: string;
  reply?: string;
  after?: string;
  limit?: string;
}

function caseNumberArg(text: string | undefined): string {
  if (!text) throw new AdminArgsError('case needs a case number (see: kioskctl cases)');
  const checked = checkCaseNumber(text);
  if (!checked.ok) {
    const why = { length: 'a case number has 12 digits', 'not-digits': 'a case number has only digits (and dashes)', 'check-digit': 'its check digit is wrong: a digit mistyped?' }[checked.reason];
    throw new AdminArgsError(`"${text}" is not a case number: ${why}`);
  }
  return checked.caseNumber;
}

function statusArg(text: string | undefined, flag: string): string {
  if (!text || !(caseStatuses as readonly string[]).includes(text)) throw new AdminArgsError(`${flag} must be one of ${caseStatuses.join(', ')}${text ? `, not "${text}"` : ''}`);
  return text;
}

/** Runs one of the commands above; false when `command` is not one of them. */
export async function runCaseCommand(client: AdminClient, command: string, words: string[], o: CaseCommandOptions, print: (text: string) => void): Promise<boolean> {
  const out = (value: unknown, text: () => string) => print(o.json ? JSON.stringify(value, null, 2) : text());
  switch (command) {
    case 'cases': {
      if (o.kind !== undefined && o.kind !== 'application' && o.kind !== 'demand') throw new AdminArgsError(`--kind must be application or demand, not "${o.kind}"`);
      const limit = limitArg(o.limit);
      const filter = { status: o.status === undefined ? undefined : statusArg(o.status, '--status'), kind: o.kind, site: o.site, after: o.after === undefined ? undefined : caseNumberArg(o.after), limit };
      const cases = await client.listCases(filter);
      const again = ['cases', o.status && `--status ${o.status}`, o.kind && `--kind ${o.kind}`, o.site && `--site ${o.site}`, o.limit && `--limit ${limit}`].filter(Boolean).join(' ');
      out(cases, () => formatCaseList(cases) + nextPageHint(cases.length, limit, again, cases.at(-1)?.caseNumber));
      return true;
    }
    case 'case': {
      const [numberText, action, status] = words;
      const caseNumber = caseNumberArg(numberText);
      if (action === undefined) {
        const detail = await client.getCase(caseNumber);
        out(detail, () => formatCaseDetail(detail));
        return true;
      }
      if (action !== 'status') throw new AdminArgsError(`case NUMBER takes "status STATUS", not "${action}"`);
      const changed = await client.setCaseStatus(caseNumber, { status: statusArg(status, 'status'), reply: o.reply ?? null });
      out(changed, () => formatCaseDetail(changed));
      return true;
    }
    default:
      return false;
  }
}
