// The demo publishes the sample guides, notices and matters: each must pass the hub's schema, its
// notice must be showing and its topic open on the day the demo runs, whatever day that is.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { documentBodySchemas } from '../../config/document-bodies.ts';
import { demoDocuments } from '../../central/samples/publish-samples.ts';
import { topicStateAt, type MattersBody } from '../../shared/contract/public-matters.ts';
import type { NoticesBody } from '../../shared/contract/info-documents.ts';

test('the demo documents are valid and current a year from now too', () => {
  const later = Date.parse('2027-12-01T00:00:00Z');
  const docs = new Map(demoDocuments(later));
  for (const [kind, body] of docs) assert.equal(documentBodySchemas[kind].safeParse(body).success, true, kind);
  const notice = (docs.get('notices') as NoticesBody).items[0]!;
  assert.ok(Date.parse(notice.publishedAt) <= later && later < Date.parse(notice.expiresAt));
  assert.equal(topicStateAt((docs.get('matters') as MattersBody).topics[0]!, later), 'open');
});
