// 办件进度查询 behind KioskApi: live from the hub when it can be asked, else the last-known copy
// with its time, and always the cases this kiosk recorded but has not delivered yet (已接件, 待上报).
// The ID number comes from the session's card read, never from the screen.
import { KioskError } from '../../kiosk-error.ts';
import { said } from '../../says/say.ts';
import { checkCaseNumber, type CaseLookupRequest, type CaseView } from '../../../shared/contract/cases.ts';
import type { Session } from '../../session.ts';
import type { CaseCache, CaseOwner } from './case-cache.ts';
import type { CasesLink } from './cases-link.ts';
import type { NoticeCache } from './notice-cache.ts';
import { sha256Hex, type LocalCase, type LocalCases } from './local-cases.ts';
import type { ProgressAnswer, ProgressCase } from './progress-query-contract.ts';

type Found = Extract<ProgressAnswer, { ok: true }>;

export interface ProgressServiceDeps {
  cache: CaseCache;
  local: LocalCases;
  /** The hub, when enrolled and the link is up; null offline (nobody waits for a timeout then). */
  link: () => CasesLink | null;
  /** The same for the greeting's count, asked in the background (a longer timeout). */
  background: () => CasesLink | null;
  /** The greeting's count as last got per resident (issue 21). */
  noticeCache: NoticeCache;
  /** For the log only: never personal data. */
  log: (line: string) => void;
}

/** A case the resident was shown in full this visit: it may be rated. */
export interface SeenCase {
  caseNumber: string;
  kind: CaseView['kind'];
  title: string;
}

export const NUMBER_MESSAGES = {
  length: 'cases.caseNumberLength',
  'not-digits': 'cases.caseNumberNotDigits',
  'check-digit': 'cases.caseNumberWrong',
  queryCode: 'cases.queryCodeFormat',
} as const;

const newestFirst = (a: ProgressCase, b: ProgressCase) => Date.parse(b.submittedAt) - Date.parse(a.submittedAt) || (a.caseNumber < b.caseNumber ? 1 : -1);
const fromLocal = (c: LocalCase): ProgressCase => ({
  caseNumber: c.caseNumber,
  kind: c.kind,
  title: c.title,
  status: c.status,
  steps: c.steps,
  submittedAt: c.submittedAt,
  repliesHidden: false,
  isNew: false,
  pendingUpload: true,
});

export function idNumberOf(session: Session): string | null {
  return session.resident?.kind === 'id-card' ? session.resident.idNumber : null;
}

export function createProgressService(deps: ProgressServiceDeps) {
  const seen = new WeakMap<Session, Map<string, SeenCase>>();
  const notices = new WeakMap<Session, number>();
  /** Visits whose resident saw their cases live: nothing new to announce, whatever a late count says. */
  const seenLive = new WeakSet<Session>();
  const remember = (session: Session, cases: ProgressCase[]) => {
    const map = seen.get(session) ?? new Map<string, SeenCase>();
    for (const c of cases) if (!c.repliesHidden) map.set(c.caseNumber, { caseNumber: c.caseNumber, kind: c.kind, title: c.title });
    seen.set(session, map);
  };

  /** Hub cases first; a local case the hub does not list yet is added as 待上报. */
  const merge = (hub: ProgressCase[], local: LocalCase[]): ProgressCase[] => {
    const known = new Set(hub.map((c) => c.caseNumber));
    return [...hub, ...local.filter((c) => !known.has(c.caseNumber)).map(fromLocal)].sort(newestFirst);
  };

  /** Asks the hub, falls back to the cache, then to the kiosk's own unsent cases. */
  const answer = async (owner: CaseOwner, request: CaseLookupRequest, local: LocalCase[]): Promise<Found | { ok: false; reason: 'needs-query-code' }> => {
    const link = deps.link();
    if (link) {
      const got = await link.lookup(request);
      if (got.ok) {
        deps.cache.remember(owner, got.response.cases, got.response.checkedAt);
        const hub = got.response.cases.map(({ newForResident, ...c }) => ({ ...c, isNew: newForResident, pendingUpload: false }));
        return { ok: true, cases: merge(hub, local), source: 'live', asOf: null };
      }
      if (got.reason === 'needs-query-code') return got;
      deps.log(`progress lookup fell back to the last-known cases: ${got.detail}`);
    }
    const cached = deps.cache.recall(owner);
    if (cached) {
      const hub = cached.cases.map((c) => ({ ...c, isNew: false, pendingUpload: false }));
      return { ok: true, cases: merge(hub, local), source: 'last-known', asOf: cached.asOf };
    }
    return { ok: true, cases: merge([], local), source: 'local', asOf: null };
  };

  return {
    async myCases(session: Session): Promise<ProgressAnswer> {
      const idNumber = idNumberOf(session);
      if (!idNumber) throw new KioskError('no-session', said('cases.myCasesNeedCard'));
      const owner: CaseOwner = { by: 'resident', idNumber };
      const result = await answer(owner, { by: 'resident', idNumber, markSeen: true }, deps.local.of(owner));
      if (!result.ok) return { ok: false, reason: 'not-found', ...said('cases.myCasesUnavailable') };
      remember(session, result.cases);
      if (result.source === 'live') {
        // seen now: the greeting has nothing new to say, this visit or (until the hub says so) the next
        notices.set(session, 0);
        seenLive.add(session);
        deps.noticeCache.remember(idNumber, 0);
      }
      return result;
    },

    async lookupCase(session: Session, typed: string, queryCode: string | null): Promise<ProgressAnswer> {
      const check = checkCaseNumber(typed);
      if (!check.ok) throw new KioskError('bad-request', said(NUMBER_MESSAGES[check.reason]));
      const code = queryCode === null || queryCode.trim() === '' ? null : queryCode.trim();
      if (code !== null && !/^[0-9]{8}$/.test(code)) throw new KioskError('bad-request', said(NUMBER_MESSAGES.queryCode));
      const caseNumber = check.caseNumber;
      const owner: CaseOwner = { by: 'number', caseNumber, queryCode: code };
      // A local case (not yet at the hub) obeys the hub's rules: anonymous ones open with their code only.
      const local = deps.local.of(owner);
      const mine = local[0];
      if (mine && code !== null && sha256Hex(code) !== mine.queryCodeHash) return { ok: false, reason: 'needs-query-code', ...said('cases.queryCodeWrong') };
      if (mine?.anonymous && code === null) return { ok: false, reason: 'needs-query-code', ...said('cases.queryCodeNeeded') };
      const result = await answer(owner, { by: 'number', caseNumber, queryCode: code }, local);
      if (!result.ok) return { ok: false, reason: 'needs-query-code', ...said(code === null ? 'cases.queryCodeNeeded' : 'cases.queryCodeWrong') };
      if (result.cases.length === 0) {
        return { ok: false, reason: 'not-found', ...said(result.source === 'live' ? 'cases.caseNotFound' : 'cases.caseUnreachable') };
      }
      // Without the code the hub hides replies: such a case is not the resident's to rate.
      if (code !== null || !result.cases.some((c) => c.repliesHidden)) remember(session, result.cases);
      return result;
    },

    /** What the greeting can say before the hub answers: the count last got for this resident. */
    recallNotice(session: Session): number | null {
      const idNumber = idNumberOf(session);
      const cached = idNumber ? deps.noticeCache.recall(idNumber) : null;
      if (cached !== null && !notices.has(session)) notices.set(session, cached);
      return notices.get(session) ?? null;
    },
    /** One background ask for the greeting's count (the greeting never waits on the hub); null: no answer. */
    async countNew(session: Session): Promise<number | null> {
      const idNumber = idNumberOf(session);
      const link = deps.background();
      if (!idNumber || !link) return null;
      const got = await link.lookup({ by: 'resident', idNumber, markSeen: false });
      if (!got.ok) return null;
      if (seenLive.has(session)) return 0; // the list was opened meanwhile
      const count = got.response.cases.filter((c) => c.newForResident).length;
      notices.set(session, count);
      deps.noticeCache.remember(idNumber, count);
      return count;
    },
    notice(session: Session): number | null {
      return notices.get(session) ?? null;
    },
    seenCases(session: Session): SeenCase[] {
      return [...(seen.get(session)?.values() ?? [])];
    },
  };
}

export type ProgressService = ReturnType<typeof createProgressService>;
