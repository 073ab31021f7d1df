// A candidate list shown a page at a time (‹ › on the candidate bar). A new list starts again at
// its first page, so the resident never lands in the middle of candidates they have not seen.
import { useState } from 'preact/hooks';

export const CANDIDATES_PER_PAGE = 6;

export interface CandidatePages<T> {
  page: T[];
  hasPrevious: boolean;
  hasNext: boolean;
  previousPage(): void;
  nextPage(): void;
}

export function useCandidatePages<T>(all: readonly T[]): CandidatePages<T> {
  const [at, setAt] = useState<{ list: readonly T[]; index: number }>({ list: all, index: 0 });
  const index = at.list === all ? at.index : 0;
  const start = index * CANDIDATES_PER_PAGE;
  const hasNext = start + CANDIDATES_PER_PAGE < all.length;
  return {
    page: all.slice(start, start + CANDIDATES_PER_PAGE),
    hasPrevious: index > 0,
    hasNext,
    previousPage: () => setAt({ list: all, index: Math.max(0, index - 1) }),
    nextPage: () => setAt({ list: all, index: hasNext ? index + 1 : index }),
  };
}
