// Admin API for what the hub sends out (issue 26): webhook endpoints (the secret is shown once, at
// creation), SMS templates per language, and the outbox: deliveries of a case or in a state, and
// replaying a dead one (kioskctl deliveries / deliveries replay). Phones are shown masked.
import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LOCALES } from '../../shared/locales.ts';
import { caseNumberSchema } from '../../shared/contract/cases.ts';
import { HttpError, parseOr400 } from '../http-errors.ts';
import { isoOf, isoOrNull, type Database } from '../storage/database.ts';
import { principalOf } from '../routes/admin-auth.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { webhookEventTypes } from './events.ts';
import { checkReceiverUrl } from './receiver-url.ts';
import { maskPhone } from './sms/phone-mask.ts';
import { checkTemplate, defaultTemplates, templatePlaceholders } from './sms/templates.ts';

const endpointSchema = z.strictObject({
  url: z.string().min(1).max(2000),
  events: z.array(z.enum(webhookEventTypes)).min(1).max(webhookEventTypes.length).default([...webhookEventTypes]),
  description: z.string().max(200).default(''),
});
const deliveriesQuerySchema = z.strictObject({
  state: z.enum(['pending', 'delivered', 'dead']).optional(),
  case: caseNumberSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const templateSchema = z.strictObject({ text: z.string().max(1000) });
const languageSchema = z.enum(LOCALES);

interface DeliveryRow {
  id: string;
  event_id: string;
  event_type: string;
  destination: string;
  ordering_key: string;
  recipient: string | null;
  state: string;
  attempts: number;
  created_at: unknown;
  next_attempt_at: unknown;
  delivered_at: unknown;
  last_error: string | null;
}

function deliveryView(row: DeliveryRow) {
  return {
    id: row.id,
    eventId: row.event_id,
    eventType: row.event_type,
    destination: row.destination,
    orderingKey: row.ordering_key,
    recipient: maskPhone(row.recipient),
    state: row.state,
    attempts: row.attempts,
    createdAt: isoOf(row.created_at),
    nextAttemptAt: row.state === 'pending' ? isoOf(row.next_attempt_at) : null,
    deliveredAt: isoOrNull(row.delivered_at),
    lastError: row.last_error,
  };
}

export function registerNotifyAdminRoutes(app: FastifyInstance, db: Database, now: () => number, nudge: () => void): void {
  const at = () => new Date(now()).toISOString();

  app.post('/v1/admin/webhooks', async (request, reply) => {
    const body = parseOr400(endpointSchema, request.body, 'webhook endpoint');
    const url = checkReceiverUrl(body.url, 'webhook URL');
    const endpoint = { id: `whe_${randomUUID().slice(0, 8)}`, url, events: [...new Set(body.events)], description: body.description, secret: `whsec_${randomBytes(24).toString('base64url')}` };
    await db.transaction(async (tx) => {
      await tx.query(
        'INSERT INTO webhook_endpoints (id, url, secret, events, description, created_at, created_by) VALUES ($1, $2, $3, $4::text[], $5, $6::timestamptz, $7)',
        [endpoint.id, endpoint.url, endpoint.secret, endpoint.events, endpoint.description, at(), principalOf(request).username],
      );
      await recordAudit(tx, request, { action: 'webhook.create', target: { kind: 'webhook', id: endpoint.id }, sites: [], after: { url, events: endpoint.events } });
    });
    return reply.status(201).send(endpoint);
  });

  app.get('/v1/admin/webhooks', async () => {
    const rows = await db.query<{ id: string; url: string; events: string[]; description: string; created_at: unknown; disabled_at: unknown }>(
      'SELECT id, url, events, description, created_at, disabled_at FROM webhook_endpoints ORDER BY created_at, id',
    );
    return rows.map((r) => ({ id: r.id, url: r.url, events: r.events, description: r.description, createdAt: isoOf(r.created_at), disabledAt: isoOrNull(r.disabled_at) }));
  });

  app.delete('/v1/admin/webhooks/:id', async (request) => {
    const id = String((request.params as { id: string }).id).slice(0, 60);
    return db.transaction(async (tx) => {
      const rows = await tx.query('UPDATE webhook_endpoints SET disabled_at = $2::timestamptz WHERE id = $1 AND disabled_at IS NULL RETURNING id', [id, at()]);
      if (rows.length === 0) throw new HttpError(404, 'unknown-webhook', `no enabled webhook endpoint ${id} (see: kioskctl webhooks)`);
      await recordAudit(tx, request, { action: 'webhook.disable', target: { kind: 'webhook', id }, sites: [] });
      return { id, disabled: true };
    });
  });

  app.get('/v1/admin/deliveries', async (request) => {
    const query = parseOr400(deliveriesQuerySchema, request.query ?? {}, 'query');
    const rows = await db.query<DeliveryRow>(
      `SELECT id::text AS id, event_id, event_type, destination, ordering_key, recipient, state, attempts, created_at, next_attempt_at, delivered_at, last_error
         FROM outbox WHERE ($1::text IS NULL OR state = $1) AND ($2::text IS NULL OR ordering_key = $2)
        ORDER BY outbox.id DESC LIMIT $3`,
      [query.state ?? null, query.case ? `case:${query.case}` : null, query.limit],
    );
    return rows.map(deliveryView);
  });

  app.post('/v1/admin/deliveries/:id/replay', async (request) => {
    const id = String((request.params as { id: string }).id);
    if (!/^[0-9]{1,18}$/.test(id)) throw new HttpError(400, 'invalid-delivery-id', `"${id.slice(0, 20)}" is not a delivery id (a number: kioskctl deliveries --state dead)`);
    const replayed = await db.transaction(async (tx) => {
      const rows = await tx.query<DeliveryRow>(
        `UPDATE outbox SET state = 'pending', attempts = 0, created_at = $2::timestamptz, next_attempt_at = $2::timestamptz, leased_until = NULL
          WHERE id = $1::bigint AND state = 'dead'
          RETURNING id::text AS id, event_id, event_type, destination, ordering_key, recipient, state, attempts, created_at, next_attempt_at, delivered_at, last_error`,
        [id, at()],
      );
      if (rows.length === 0) {
        const exists = await tx.query<{ state: string }>('SELECT state FROM outbox WHERE id = $1::bigint', [id]);
        if (exists[0]) throw new HttpError(409, 'not-dead', `delivery ${id} is ${exists[0].state}: only a dead delivery is replayed`);
        throw new HttpError(404, 'unknown-delivery', `no delivery ${id}`);
      }
      await recordAudit(tx, request, { action: 'delivery.replay', target: { kind: 'delivery', id }, sites: [] });
      return rows[0]!;
    });
    nudge();
    return deliveryView(replayed);
  });

  app.get('/v1/admin/sms-templates', async () => {
    const rows = await db.query<{ language: string; text: string; updated_at: unknown; updated_by: string }>('SELECT language, text, updated_at, updated_by FROM sms_templates');
    const saved = new Map(rows.map((r) => [r.language, r]));
    return {
      placeholders: templatePlaceholders,
      templates: LOCALES.map((language) => {
        const row = saved.get(language);
        return row
          ? { language, text: row.text, source: 'edited', updatedAt: isoOf(row.updated_at), updatedBy: row.updated_by }
          : { language, text: defaultTemplates[language] ?? null, source: defaultTemplates[language] ? 'default' : 'fallback-zh-CN', updatedAt: null, updatedBy: null };
      }),
    };
  });

  app.put('/v1/admin/sms-templates/:language', async (request) => {
    const language = parseOr400(languageSchema, (request.params as { language: string }).language, 'language');
    const text = checkTemplate(parseOr400(templateSchema, request.body, 'template').text);
    const username = principalOf(request).username;
    await db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO sms_templates (language, text, updated_at, updated_by) VALUES ($1, $2, $3::timestamptz, $4)
         ON CONFLICT (language) DO UPDATE SET text = EXCLUDED.text, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
        [language, text, at(), username],
      );
      await recordAudit(tx, request, { action: 'sms-template.update', target: { kind: 'sms-template', id: language }, sites: [], after: { text } });
    });
    return { language, text };
  });
}
