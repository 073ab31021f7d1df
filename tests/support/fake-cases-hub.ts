// A stand-in for the hub's POST /v1/cases/lookup, following the rules written above the contract's
// caseLookupRequestSchema (shared/contract/cases.ts): by resident, every non-anonymous case of the
// ID number with replies; by number without the 查询码, statuses and times only, and an anonymous
// case refused with `needs-query-code`; with the right code, everything. markSeen moves the
// resident's "last look". The hub's own route (central/routes/progress-query/lookup.ts) is what the
// end-to-end tests use; this stand-in remains for the core's unit test (tests/terminal/progress-
// query.test.ts), which reads every request body and makes the route fail (503) at will.
// Everything else a kiosk asks is passed on to `upstream` when given (a real hub).
import Fastify from 'fastify';
import { caseLookupRequestSchema, type CaseView } from '../../shared/contract/cases.ts';

export interface FakeCase extends CaseView {
  idNumber: string | null;
  anonymous: boolean;
  queryCode: string;
}

export interface FakeCasesHub {
  url: string;
  cases: FakeCase[];
  /** Every lookup request body, in order. */
  lookups: unknown[];
  /** While down, the lookup answers 503 (a hub that is there but cannot answer). */
  down: boolean;
  /** How long the lookup takes to answer (a hub under load); 0 by default. */
  delayMs: number;
  close(): Promise<void>;
}

export async function startFakeCasesHub(cases: FakeCase[], opts: { upstream?: string } = {}): Promise<FakeCasesHub> {
  const app = Fastify({ logger: false });
  const lastLook = new Map<string, string>();
  const hub: FakeCasesHub = { url: '', cases, lookups: [], down: false, delayMs: 0, close: () => app.close() };
  const show = (c: FakeCase, hideReplies: boolean, newFor: boolean) => ({
    caseNumber: c.caseNumber,
    kind: c.kind,
    title: c.title,
    status: c.status,
    steps: c.steps.map((s) => ({ ...s, reply: hideReplies ? null : s.reply })),
    submittedAt: c.submittedAt,
    repliesHidden: hideReplies,
    newForResident: newFor,
  });
  app.post('/v1/cases/lookup', async (req, reply) => {
    const body: unknown = Buffer.isBuffer(req.body) ? JSON.parse(req.body.toString('utf8')) : req.body;
    hub.lookups.push(body);
    if (hub.delayMs > 0) await new Promise((r) => setTimeout(r, hub.delayMs));
    if (hub.down) return reply.code(503).send({ error: 'unavailable', message: 'down for the test' });
    const parsed = caseLookupRequestSchema.safeParse(body);
    if (!parsed.success) return reply.code(400).send({ error: 'invalid-body', message: parsed.error.message });
    const checkedAt = new Date().toISOString();
    const asked = parsed.data;
    if (asked.by === 'resident') {
      const id = asked.idNumber.toUpperCase();
      const seenAt = lastLook.get(id) ?? null;
      const mine = hub.cases.filter((c) => !c.anonymous && c.idNumber?.toUpperCase() === id);
      // New: a step after the last look (never looked: any step after 已接件).
      const out = mine.map((c) => show(c, false, c.steps.some((s, i) => (seenAt ? s.at > seenAt : i > 0))));
      if (asked.markSeen) lastLook.set(id, checkedAt);
      return { cases: out, checkedAt };
    }
    const found = hub.cases.find((c) => c.caseNumber === asked.caseNumber);
    if (!found) return { cases: [], checkedAt };
    const rightCode = asked.queryCode !== null && asked.queryCode === found.queryCode;
    if (found.anonymous && !rightCode) return reply.code(422).send({ error: 'needs-query-code', message: '匿名诉求需要查询码' });
    return { cases: [show(found, !rightCode, false)], checkedAt };
  });
  if (opts.upstream) {
    const upstream = opts.upstream;
    // Everything else goes to the real hub unchanged (signed requests keep their signature: same path and body).
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
    app.all('/*', async (req, reply) => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && !['host', 'content-length', 'connection'].includes(k)) headers[k] = v;
      const res = await fetch(upstream + req.url, { method: req.method, headers, body: ['GET', 'HEAD'].includes(req.method) ? undefined : new Uint8Array(req.body as Buffer) });
      reply.code(res.status);
      res.headers.forEach((v, k) => {
        if (!['content-length', 'transfer-encoding', 'connection', 'content-encoding'].includes(k)) reply.header(k, v);
      });
      return reply.send(Buffer.from(await res.arrayBuffer()));
    });
  }
  hub.url = await app.listen({ port: 0, host: '127.0.0.1' });
  return hub;
}
