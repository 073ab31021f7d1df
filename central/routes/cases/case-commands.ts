// kioskctl's 办件 and 好差评 commands:
//   cases [--status S] [--kind K] [--site CODE] [--after NUMBER] [--limit N] [--json]     case NUMBER [--json]
//   case NUMBER status STATUS [--reply TEXT]                 ratings [--bad] [--after ID] [--limit N] [--json]
//   rating ID follow-up STATE [--note TEXT]
// Words are checked here first (a case number's check digit, a known status) so a typo gets a
// sentence naming the valid choices before anything is sent.
import type { AdminClient } from '../../admin-client.ts';
import { caseStatuses, checkCaseNumber, ratingFollowUpStates } from '../../../shared/contract/cases.ts';
import { formatCaseDetail, formatCaseList, formatRatings } from './case-tables.ts';

export class CaseArgsError extends Error {}

export const CASE_USAGE = `cases [--status S] [--kind application|demand] [--site CODE] [--json]   办件, newest first
    [--limit N] [--after NUMBER]                100 a page (at most 500); --after: the last case shown
  case NUMBER [--json]                          one case: details for the clerk and its steps
  case NUMBER status STATUS [--reply TEXT]      move a case on (STATUS: ${caseStatuses.join(' ')});
                                                不予受理, 补正材料 and 已办结 need --reply for the resident
  ratings [--bad] [--json]                      好差评; --bad: 不满意 and 非常不满意 with reason and follow-up
    [--limit N] [--after ID]                    paged like cases
  rating ID follow-up STATE [--note TEXT]       STATE: ${ratingFollowUpStates.join(' ')}`;

export interface CaseCommandOptions {
  json: boolean;
  status?: string;
  kind?: string;
  site?: string;
  reply?: string;
  bad: boolean;
  note?: string;
  after?: string;
  limit?: string;
}

const DEFAULT_PAGE = 100;

function limitArg(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PAGE;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new CaseArgsError(`--limit must be a whole number from 1 to 500, not "${text}"`);
  return n;
}

/** Under a full page, how to see the next one (a short page is the last). */
function nextPageHint(shown: number, limit: number, command: string, lastKey: string | undefined): string {
  return shown === limit && lastKey ? `\nmore: kioskctl ${command} --after ${lastKey}` : '';
}

function caseNumberArg(text: string | undefined): string {
  if (!text) throw new CaseArgsError('case needs a case number (see: kioskctl cases)');
  const checked = checkCaseNumber(text);
  if (!checked.ok) {
    const why = { length: 'a case number has 12 digits', 'not-digits': 'a case number has only digits (and dashes)', 'check-digit': 'its check digit is wrong: a digit mistyped?' }[checked.reason];
    throw new CaseArgsError(`"${text}" is not a case number: ${why}`);
  }
  return checked.caseNumber;
}

function statusArg(text: string | undefined, flag: string): string {
  if (!text || !(caseStatuses as readonly string[]).includes(text)) throw new CaseArgsError(`${flag} must be one of ${caseStatuses.join(', ')}${text ? `, not "${text}"` : ''}`);
  return text;
}

/** Runs one of the commands above; false when `command` is not one of them. */
export async function runCaseCommand(client: AdminClient, command: string, words: string[], o: CaseCommandOptions, print: (text: string) => void): Promise<boolean> {
  const out = (value: unknown, text: () => string) => print(o.json ? JSON.stringify(value, null, 2) : text());
  switch (command) {
    case 'cases': {
      if (o.kind !== undefined && o.kind !== 'application' && o.kind !== 'demand') throw new CaseArgsError(`--kind must be application or demand, not "${o.kind}"`);
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
      if (action !== 'status') throw new CaseArgsError(`case NUMBER takes "status STATUS", not "${action}"`);
      const changed = await client.setCaseStatus(caseNumber, { status: statusArg(status, 'status'), reply: o.reply ?? null });
      out(changed, () => formatCaseDetail(changed));
      return true;
    }
    case 'ratings': {
      const limit = limitArg(o.limit);
      if (o.after !== undefined && !/^[1-9][0-9]{0,17}$/.test(o.after)) throw new CaseArgsError(`--after must be a rating id (see: kioskctl ratings), not "${o.after}"`);
      const ratings = await client.listRatings(o.bad, { after: o.after, limit });
      const again = ['ratings', o.bad && '--bad', o.limit && `--limit ${limit}`].filter(Boolean).join(' ');
      out(ratings, () => formatRatings(ratings, o.bad) + nextPageHint(ratings.length, limit, again, ratings.at(-1)?.id));
      return true;
    }
    case 'rating': {
      const [id, action, state] = words;
      if (!id || !/^[1-9][0-9]*$/.test(id)) throw new CaseArgsError('rating needs a rating id (see: kioskctl ratings --bad)');
      if (action !== 'follow-up') throw new CaseArgsError(`rating ID takes "follow-up STATE"${action ? `, not "${action}"` : ''}`);
      if (!state || !(ratingFollowUpStates as readonly string[]).includes(state)) {
        throw new CaseArgsError(`follow-up STATE must be one of ${ratingFollowUpStates.join(', ')}${state ? `, not "${state}"` : ''}`);
      }
      const rating = await client.setRatingFollowUp(id, { state, note: o.note ?? null });
      out(rating, () => `rating ${rating.id} (${rating.label}, ${rating.item}): ${rating.followUp?.state}${rating.followUp?.note ? ` — ${rating.followUp.note}` : ''}`);
      return true;
    }
    default:
      return false;
  }
}
