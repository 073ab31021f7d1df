// Open311 GeoReport v2 for 诉求 (issue 26), read side, JSON: service discovery from the demand
// categories and the public state of demands, so existing 311 clients can follow them.
//   GET /open311/v2/services.json, /services/{code}.json, /requests.json, /requests/{id}.json
// service_request_id is the 办件编号. What a request shows follows the progress page's rules for a
// number without its 查询码: status and times, no words the resident typed, no reply; an
// anonymous demand is not shown at all (it opens only with its code). Errors are GeoReport's
// `[{ code, description }]`. Public, rate-limited per address like the progress page.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { caseTransitions, checkCaseNumber, demandCategories, type CaseStatus } from '../../shared/contract/cases.ts';
import { isoOf, type Database } from '../storage/database.ts';
import { createRateLimiter } from '../routes/certificate-print/rate-limit.ts';

/** GeoReport service codes: ASCII, stable; the names are the categories the kiosk shows. */
export const open311ServiceCodes: Record<(typeof demandCategories)[number], string> = {
  咨询: 'consult',
  求助: 'help',
  投诉: 'complaint',
  举报: 'report',
  建议: 'suggestion',
  表扬: 'praise',
};
const categoryOf = new Map(Object.entries(open311ServiceCodes).map(([category, code]) => [code, category]));

const PER_MINUTE = 60;
const MAX_IDS = 50;

function refuse(reply: FastifyReply, status: number, description: string) {
  return reply.status(status).send([{ code: status, description }]);
}

interface DemandRow {
  case_number: string;
  title: string;
  status: CaseStatus;
  site_code: string;
  submitted_at: unknown;
  updated_at: unknown;
}

function requestView(row: DemandRow) {
  return {
    service_request_id: row.case_number,
    status: caseTransitions[row.status].length === 0 ? 'closed' : 'open',
    status_notes: row.status,
    service_name: row.title,
    service_code: open311ServiceCodes[row.title as keyof typeof open311ServiceCodes] ?? null,
    agency_responsible: row.site_code,
    requested_datetime: isoOf(row.submitted_at),
    updated_datetime: isoOf(row.updated_at),
  };
}

export function registerOpen311Routes(app: FastifyInstance, db: Database, now: () => number): void {
  const limiter = createRateLimiter({ limit: PER_MINUTE, windowMs: 60_000, now });
  app.addHook('onRequest', async (request, reply) => {
    const allowed = limiter.take(request.ip);
    if (!allowed.ok) {
      void reply.header('retry-after', String(allowed.retryAfterSeconds));
      return refuse(reply, 429, `too many requests; try again in ${allowed.retryAfterSeconds} s`);
    }
  });

  app.get('/open311/v2/services.json', async () =>
    demandCategories.map((category) => ({
      service_code: open311ServiceCodes[category],
      service_name: category,
      description: `诉求：${category}`,
      metadata: true,
      type: 'realtime',
      keywords: category,
      group: '诉求',
    })),
  );

  app.get('/open311/v2/services/:code.json', async (request, reply) => {
    const code = (request.params as { code: string }).code;
    if (!categoryOf.has(code)) return refuse(reply, 404, `no service ${code.slice(0, 30)}; see services.json`);
    return {
      service_code: code,
      attributes: [
        { variable: true, code: 'place_text', datatype: 'string', required: false, datatype_description: 'Where (up to 200 characters)', order: 1, description: '地点' },
        { variable: true, code: 'anonymous', datatype: 'singlevaluelist', required: false, datatype_description: null, order: 2, description: '匿名', values: [{ key: 'false', name: '否' }, { key: 'true', name: '是' }] },
      ],
    };
  });

  app.get('/open311/v2/requests.json', async (request, reply) => {
    const q = request.query as Record<string, string | undefined>;
    const ids = q.service_request_id?.split(',').map((s) => s.trim().replace(/-/g, '')).filter(Boolean) ?? null;
    if (ids && (ids.length > MAX_IDS || ids.some((id) => !checkCaseNumber(id).ok))) return refuse(reply, 400, `service_request_id: up to ${MAX_IDS} case numbers (12 digits with their check digit), comma-separated`);
    const category = q.service_code ? categoryOf.get(q.service_code) : null;
    if (q.service_code && !category) return refuse(reply, 400, `service_code: no service ${q.service_code.slice(0, 30)}`);
    if (q.status && q.status !== 'open' && q.status !== 'closed') return refuse(reply, 400, 'status: open or closed');
    for (const key of ['start_date', 'end_date'] as const) if (q[key] && Number.isNaN(Date.parse(q[key]!))) return refuse(reply, 400, `${key}: a w3c date-time, e.g. 2026-12-01T00:00:00+08:00`);
    const closed = (Object.keys(caseTransitions) as CaseStatus[]).filter((s) => caseTransitions[s].length === 0);
    // Without ids, GeoReport's default window: the last 90 days, at most 1000 requests.
    const rows = await db.query<DemandRow>(
      `SELECT case_number, title, status, site_code, submitted_at, updated_at FROM cases
        WHERE kind = 'demand' AND NOT anonymous
          AND ($1::text[] IS NULL OR case_number = ANY ($1::text[]))
          AND ($2::text IS NULL OR title = $2)
          AND ($3::text IS NULL OR (status = ANY ($4::text[])) = ($3 = 'closed'))
          AND submitted_at >= COALESCE($5::timestamptz, CASE WHEN $1::text[] IS NULL THEN $7::timestamptz - interval '90 days' END, '-infinity')
          AND ($6::timestamptz IS NULL OR submitted_at <= $6::timestamptz)
        ORDER BY submitted_at DESC, case_number LIMIT 1000`,
      [ids, category ?? null, q.status ?? null, closed, q.start_date ?? null, q.end_date ?? null, new Date(now()).toISOString()],
    );
    return rows.map(requestView);
  });

  app.get('/open311/v2/requests/:id.json', async (request, reply) => {
    const id = (request.params as { id: string }).id.replace(/-/g, '');
    if (!checkCaseNumber(id).ok) return refuse(reply, 400, 'a service_request_id is a case number: 12 digits with its check digit');
    const rows = await db.query<DemandRow>(`SELECT case_number, title, status, site_code, submitted_at, updated_at FROM cases WHERE case_number = $1 AND kind = 'demand' AND NOT anonymous`, [id]);
    if (!rows[0]) return refuse(reply, 404, `no demand ${id} open to the public at this hub`);
    return [requestView(rows[0])];
  });
}
