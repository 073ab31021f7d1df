// The demo (`npm start` without central.url) shows the resident services with content: the sample
// guides, notices and matters are published to its in-process hub on first start. Periods are
// moved to around today, so the demo's notice is current and its topic open whenever it is run.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { DocumentKind } from '../../shared/contract/schemas.ts';

const DAY = 86_400_000;

function sample(name: string): Record<string, unknown> {
  return parse(readFileSync(new URL(`${name}.yaml`, import.meta.url), 'utf8'));
}

export function demoDocuments(now = Date.now()): [DocumentKind, unknown][] {
  const around = (fromDays: number, toDays: number) => ({
    from: new Date(now + fromDays * DAY).toISOString(),
    to: new Date(now + toDays * DAY).toISOString(),
  });
  const notices = sample('notices') as { items: { publishedAt: string; expiresAt: string }[] };
  for (const n of notices.items) Object.assign(n, { publishedAt: around(-1, 0).from, expiresAt: around(0, 30).to });
  const matters = sample('matters') as { topics: { opensAt: string; closesAt: string }[] };
  for (const t of matters.topics) Object.assign(t, { opensAt: around(-1, 0).from, closesAt: around(0, 30).to });
  return [
    ['guides', sample('guides')],
    ['notices', notices],
    ['matters', matters],
  ];
}

/** PUTs each sample document to the hub (admin API). */
export async function publishDemoDocuments(hubUrl: string, adminToken: string): Promise<void> {
  for (const [kind, body] of demoDocuments()) {
    const res = await fetch(`${hubUrl}/v1/admin/documents/${kind}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ body }),
    });
    if (!res.ok) throw new Error(`the demo hub refused the sample ${kind} (${res.status}): ${await res.text()}`);
  }
}
