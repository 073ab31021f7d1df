// kioskctl's commands for what the hub sends out (issue 26):
//   webhooks [--json] | webhooks add URL [--events a,b] [--note TEXT] | webhooks remove ID
//   deliveries [--state pending|delivered|dead] [--case NUMBER] [--limit N] [--json] | deliveries replay ID
//   sms-templates [--json] | sms-templates set LANGUAGE TEXT
import { z } from 'zod';
import type { AdminClient } from '../admin-client.ts';
import { AdminArgsError } from '../admin-list-args.ts';
import { table, tableTime } from '../text-table.ts';

export const NOTIFY_USAGE = `webhooks [--json]                              the webhook endpoints events go to
  webhooks add URL [--events TYPE,…] [--note TEXT]  add one (https, or http to this machine); prints its secret once
  webhooks remove ID                            stop sending to it
  deliveries [--state S] [--case N] [--limit N] [--json]  the outbox: events and SMS notices, phones masked
  deliveries replay ID                          send a dead delivery again
  sms-templates [--json]                        the SMS notice template of each language
  sms-templates set LANGUAGE TEXT               set one; placeholders: {caseNumber} {status} {link}`;

const endpointSchema = z.object({ id: z.string(), url: z.string(), events: z.array(z.string()), description: z.string(), createdAt: z.string().optional(), disabledAt: z.string().nullable().optional(), secret: z.string().optional() });
const deliverySchema = z.object({
  id: z.string(),
  eventType: z.string(),
  destination: z.string(),
  orderingKey: z.string(),
  recipient: z.string().nullable(),
  state: z.string(),
  attempts: z.number(),
  createdAt: z.string(),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
});
const templatesSchema = z.object({ templates: z.array(z.object({ language: z.string(), text: z.string().nullable(), source: z.string() })) });

export interface NotifyCommandOptions {
  json: boolean;
  events?: string;
  note?: string;
  state?: string;
  case?: string;
  limit?: string;
}

export async function runNotifyCommand(client: AdminClient, command: string, words: string[], o: NotifyCommandOptions, print: (text: string) => void): Promise<boolean> {
  const [action, ...args] = words;
  if (command === 'webhooks') {
    if (action === 'add') {
      if (!args[0]) throw new AdminArgsError('webhooks add needs the receiver URL');
      const events = o.events?.split(',').map((e) => e.trim()).filter(Boolean);
      const made = await client.call('POST', '/v1/admin/webhooks', endpointSchema, { url: args[0], ...(events ? { events } : {}), ...(o.note ? { description: o.note } : {}) });
      print(`added ${made.id} → ${made.url} (${made.events.join(', ')})\nsecret (shown once; the receiver checks kiosk-signature with it): ${made.secret}`);
      return true;
    }
    if (action === 'remove') {
      if (!args[0]) throw new AdminArgsError('webhooks remove needs the endpoint id (see: kioskctl webhooks)');
      await client.call('DELETE', `/v1/admin/webhooks/${encodeURIComponent(args[0])}`, z.object({ id: z.string() }));
      print(`${args[0]} disabled`);
      return true;
    }
    if (action !== undefined) throw new AdminArgsError('webhooks needs nothing, add URL, or remove ID');
    const list = await client.call('GET', '/v1/admin/webhooks', z.array(endpointSchema));
    print(o.json ? JSON.stringify(list, null, 2) : list.length === 0 ? 'no webhook endpoints' : table(['ID', 'URL', 'EVENTS', 'STATE', 'NOTE'], list.map((e) => [e.id, e.url, e.events.join(','), e.disabledAt ? 'disabled' : 'enabled', e.description])));
    return true;
  }
  if (command === 'deliveries') {
    if (action === 'replay') {
      if (!args[0]) throw new AdminArgsError('deliveries replay needs the delivery id (see: kioskctl deliveries --state dead)');
      const replayed = await client.call('POST', `/v1/admin/deliveries/${encodeURIComponent(args[0])}/replay`, deliverySchema);
      print(`delivery ${replayed.id} (${replayed.eventType} to ${replayed.destination}) is pending again`);
      return true;
    }
    if (action !== undefined) throw new AdminArgsError('deliveries needs nothing (with --state, --case, --limit) or replay ID');
    const query = new URLSearchParams();
    if (o.state) query.set('state', o.state);
    if (o.case) query.set('case', o.case.replace(/[\s-]/g, ''));
    if (o.limit) query.set('limit', o.limit);
    const list = await client.call('GET', `/v1/admin/deliveries${query.size ? `?${query}` : ''}`, z.array(deliverySchema));
    print(
      o.json
        ? JSON.stringify(list, null, 2)
        : list.length === 0
          ? 'no deliveries'
          : table(
              ['ID', 'EVENT', 'TO', 'CASE', 'STATE', 'TRIES', 'CREATED', 'LAST ERROR'],
              list.map((d) => [d.id, d.eventType, d.recipient ? `sms ${d.recipient}` : d.destination, d.orderingKey, d.state, String(d.attempts), tableTime(d.createdAt), d.lastError ?? '']),
            ),
    );
    return true;
  }
  if (command === 'sms-templates') {
    if (action === 'set') {
      const [language, ...text] = args;
      if (!language || text.length === 0) throw new AdminArgsError('sms-templates set needs a language (zh-CN, bo, ug, en) and the text');
      await client.call('PUT', `/v1/admin/sms-templates/${encodeURIComponent(language)}`, z.object({ language: z.string() }), { text: text.join(' ') });
      print(`the ${language} template is set`);
      return true;
    }
    if (action !== undefined) throw new AdminArgsError('sms-templates needs nothing, or set LANGUAGE TEXT');
    const { templates } = await client.call('GET', '/v1/admin/sms-templates', templatesSchema);
    print(o.json ? JSON.stringify(templates, null, 2) : templates.map((t) => `${t.language.padEnd(6)} ${t.source.padEnd(15)} ${t.text ?? '(the zh-CN template)'}`).join('\n'));
    return true;
  }
  return false;
}
