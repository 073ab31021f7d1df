// The sample 办事指南 and 通知公告 an admin starts from (central/samples/), parsed as the hub does.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { guidesBodySchema, noticesBodySchema, type GuidesBody, type NoticesBody } from '../../shared/contract/info-documents.ts';

const root = new URL('../../central/samples/', import.meta.url);

export const sampleGuidesFile = new URL('guides.yaml', root).pathname;
export const sampleNoticesFile = new URL('notices.yaml', root).pathname;

/** The sample guides as written (what `kioskctl publish guides` sends). */
export function sampleGuidesRaw(): Record<string, unknown> {
  return parse(readFileSync(sampleGuidesFile, 'utf8'));
}

export function sampleGuides(): GuidesBody {
  return guidesBodySchema.parse(sampleGuidesRaw());
}

export function sampleNotices(): NoticesBody {
  return noticesBodySchema.parse(parse(readFileSync(sampleNoticesFile, 'utf8')));
}
