// The kiosk's questions to the hub about cases (POST /v1/cases/lookup, signed like every kiosk
// call). The answer is parsed with zod against the contract: a hub that answers something else is
// treated as unreachable, and the kiosk falls back to what it last knew.
import { z } from 'zod';
import { caseNumberSchema, caseStatusSchema, type CaseLookupRequest, type CaseLookupResponse } from '../../../shared/contract/cases.ts';
import { errorResponseSchema } from '../../../shared/contract/schemas.ts';
import { CentralUnreachableError, type CentralClient } from '../../sync/central-client.ts';

const caseStepSchema = z.object({ status: caseStatusSchema, at: z.string().min(1).max(40), reply: z.string().max(4000).nullable() });

export const caseLookupResponseSchema = z.object({
  cases: z
    .array(
      z.object({
        caseNumber: caseNumberSchema,
        kind: z.enum(['application', 'demand']),
        title: z.string().min(1).max(200),
        status: caseStatusSchema,
        steps: z.array(caseStepSchema).max(100),
        submittedAt: z.string().min(1).max(40),
        repliesHidden: z.boolean(),
        newForResident: z.boolean(),
      }),
    )
    .max(500),
  checkedAt: z.string().min(1).max(40),
}) satisfies z.ZodType<CaseLookupResponse>;

export type LookupAnswer =
  | { ok: true; response: CaseLookupResponse }
  /** An anonymous case asked for by number without its 查询码. */
  | { ok: false; reason: 'needs-query-code' }
  /** No usable answer; `detail` is for the log (no personal data). */
  | { ok: false; reason: 'unreachable'; detail: string };

export interface CasesLink {
  lookup(request: CaseLookupRequest): Promise<LookupAnswer>;
}

export function createCasesLink(client: CentralClient): CasesLink {
  return {
    async lookup(request) {
      let res;
      try {
        res = await client.request('POST', '/v1/cases/lookup', request);
      } catch (err) {
        if (err instanceof CentralUnreachableError) return { ok: false, reason: 'unreachable', detail: err.message };
        return { ok: false, reason: 'unreachable', detail: (err as Error).message };
      }
      if (res.status === 200) {
        const parsed = caseLookupResponseSchema.safeParse(res.json);
        return parsed.success ? { ok: true, response: parsed.data } : { ok: false, reason: 'unreachable', detail: "the hub's case lookup answer does not match the contract" };
      }
      const error = errorResponseSchema.safeParse(res.json);
      if (error.success && error.data.error === 'needs-query-code') return { ok: false, reason: 'needs-query-code' };
      // Anything else (a 404 included: a hub without the route) is no answer: the kiosk keeps what
      // it knew rather than replacing it with "no cases". An unknown number is a 200 with no cases.
      return { ok: false, reason: 'unreachable', detail: `the hub answered ${res.status}${error.success ? ` ${error.data.error}` : ''}` };
    },
  };
}

/** A resident waits on the screen for these answers: a hub that cannot answer in time is "unreachable". */
export const ASKED_TIMEOUT_MS = 4_000;

/** Nobody waits on the greeting's count: a busy hub's late answer is still worth having (issue 21). */
export const BACKGROUND_TIMEOUT_MS = 20_000;

/** The links 办件进度查询 asks the hub through: `asked` while a resident waits, `background` for the greeting's count. */
export function createProgressLinks(clientWithTimeout: (timeoutMs: number) => CentralClient): { asked: CasesLink; background: CasesLink } {
  return { asked: createCasesLink(clientWithTimeout(ASKED_TIMEOUT_MS)), background: createCasesLink(clientWithTimeout(BACKGROUND_TIMEOUT_MS)) };
}
