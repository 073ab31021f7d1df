// Search over 办事指南 by hanzi, full pinyin or pinyin initials: "养老", "yang lao", "yanglao" and
// "ylbx" all find 养老保险 items. Readings come from pinyin-pro (a maintained dictionary that
// reads polyphones from their word: 银行 hang, 重庆 chong), computed once when the guides arrive,
// so a keystroke costs only substring tests over prepared strings.
import { pinyin } from 'pinyin-pro';
import type { Guide } from '../../../shared/contract/info-documents.ts';

interface Field {
  /** Lower-case text as written (hanzi, Latin letters, digits), spaces removed. */
  text: string;
  /** Full pinyin without tones or spaces: 养老保险 → yanglaobaoxian. */
  full: string;
  /** First letters: 养老保险 → ylbx. */
  initials: string;
}

interface Entry {
  guide: Guide;
  name: Field;
  others: Field[];
}

function squash(value: string): string {
  return value.toLowerCase().replace(/[\s'’·\-_,，。、]/g, '');
}

function fieldOf(value: string): Field {
  const options = { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true } as const;
  return {
    text: squash(value),
    full: squash(pinyin(value, options).join('')),
    initials: squash(pinyin(value, { ...options, pattern: 'first' }).join('')),
  };
}

/** Normalises what the resident typed: case, spaces and apostrophes do not matter. */
export function normaliseQuery(query: string): string {
  return squash(query.normalize('NFKC'));
}

const matches = (field: Field, q: string) => field.text.includes(q) || field.full.includes(q) || field.initials.includes(q);

export interface GuideIndex {
  /** Guides matching `query` (all guides for an empty query), best first; optionally one category. */
  search(query: string, categoryId?: string): Guide[];
  size: number;
}

export function buildGuideIndex(guides: readonly Guide[]): GuideIndex {
  const entries: Entry[] = guides.map((guide) => ({
    guide,
    name: fieldOf(guide.name),
    others: [...guide.keywords, guide.department].map(fieldOf),
  }));
  return {
    size: entries.length,
    search(query, categoryId) {
      const q = normaliseQuery(query);
      const inCategory = categoryId ? entries.filter((e) => e.guide.categoryIds.includes(categoryId)) : entries;
      if (!q) return inCategory.map((e) => e.guide);
      const scored: { guide: Guide; score: number }[] = [];
      for (const entry of inCategory) {
        let score = -1;
        // A hit at the start of the name beats one inside it, which beats a keyword or department.
        if (entry.name.text.startsWith(q) || entry.name.full.startsWith(q) || entry.name.initials.startsWith(q)) score = 0;
        else if (matches(entry.name, q)) score = 1;
        else if (entry.others.some((f) => matches(f, q))) score = 2;
        if (score >= 0) scored.push({ guide: entry.guide, score });
      }
      return scored.sort((a, b) => a.score - b.score || a.guide.name.length - b.guide.name.length).map((s) => s.guide);
    },
  };
}
