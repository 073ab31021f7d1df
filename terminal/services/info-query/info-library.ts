// The guides and notices this kiosk holds: the last good signed versions central pushed (kept in
// the caches table by the sync agent and applied again at every start), so browsing, searching and
// printing never need the link. Notices are filtered by the kiosk's clock at every read: an expired
// one disappears by itself, with or without a link.
import type { Guide, GuidesBody, Notice, NoticesBody } from '../../../shared/contract/info-documents.ts';
import type { GuideCategoryView, NoticeView } from './info-query-contract.ts';
import { buildGuideIndex, type GuideIndex } from './guide-search.ts';

export interface InfoLibrary {
  applyGuides(body: GuidesBody, version: number): void;
  applyNotices(body: NoticesBody): void;
  categories(): GuideCategoryView[];
  guideCount(): number;
  guidesVersion(): number;
  search(query: string, categoryId?: string): Guide[];
  guide(id: string): Guide | null;
  /** Notices showing at `now`, newest first. */
  notices(now: Date): NoticeView[];
}

const showing = (n: Notice, now: number) => Date.parse(n.publishedAt) <= now && now < Date.parse(n.expiresAt);

export function createInfoLibrary(): InfoLibrary {
  let guides: GuidesBody = { categories: [], items: [] };
  let version = 0;
  let index: GuideIndex = buildGuideIndex([]);
  let byId = new Map<string, Guide>();
  let notices: Notice[] = [];

  return {
    applyGuides(body, v) {
      // Built before anything is replaced: a failure leaves the previous guides in place.
      const nextIndex = buildGuideIndex(body.items);
      guides = body;
      version = v;
      index = nextIndex;
      byId = new Map(body.items.map((g) => [g.id, g]));
    },
    applyNotices(body) {
      notices = body.items;
    },
    categories() {
      return guides.categories
        .map((c) => ({ id: c.id, name: c.name, i18n: c.i18n, count: guides.items.filter((g) => g.categoryIds.includes(c.id)).length }))
        .filter((c) => c.count > 0);
    },
    guideCount: () => guides.items.length,
    guidesVersion: () => version,
    search: (query, categoryId) => index.search(query, categoryId),
    guide: (id) => byId.get(id) ?? null,
    notices(now) {
      const at = now.getTime();
      return notices
        .filter((n) => showing(n, at))
        .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
        .map((n) => ({ id: n.id, title: n.title, text: n.text, issuer: n.issuer ?? null, publishedAt: n.publishedAt, expiresAt: n.expiresAt, i18n: n.i18n }));
    },
  };
}
