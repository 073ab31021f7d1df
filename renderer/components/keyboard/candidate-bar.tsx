// The candidate bar on top of the keyboard: what is being composed (pinyin letters; nothing for
// handwriting, whose strokes are in the box), then the candidates one page at a time with
// finger-sized buttons to page back and forth. Tapping a candidate types it.
import { t } from '../../i18n/index.ts';
import type { Candidate } from './pinyin-engine.ts';
import type { CandidatePages } from './use-candidate-pages.ts';

/** What the bar shows, from pinyin (use-pinyin-composition.ts) or handwriting (handwriting/use-handwriting.ts). */
export interface CandidateSource extends CandidatePages<Candidate> {
  letters: string;
  loading: boolean;
  nothingFound: boolean;
  choose(candidate: Candidate): void;
}

/** `lettersShown` false: no letters box (handwriting), which leaves 长辈版's large candidates room for a page of six. */
export function CandidateBar({ composition, lettersShown = true, hint = t.keyboard.compositionHint, loadingText = t.keyboard.loadingWords, nothingText = t.keyboard.noCandidates }: { composition: CandidateSource; lettersShown?: boolean; hint?: string; loadingText?: string; nothingText?: string }) {
  const c = composition;
  const k = t.keyboard;
  return (
    <div class="kb-candidates">
      {lettersShown && (
        <output class="kb-composition" aria-label={k.composition}>
          {c.letters}
        </output>
      )}
      <div class="kb-candidate-list" role="group" aria-label={k.candidates}>
        {c.page.map((candidate, i) => (
          <button type="button" class={i === 0 && !c.hasPrevious ? 'kb-candidate first' : 'kb-candidate'} key={candidate.text} onClick={() => c.choose(candidate)}>
            {candidate.text}
          </button>
        ))}
        {c.letters === '' && c.page.length === 0 && !c.loading && <span class="kb-hint">{hint}</span>}
        {c.loading && <span class="kb-hint">{loadingText}</span>}
        {c.nothingFound && <span class="kb-hint">{nothingText}</span>}
      </div>
      <button type="button" class="kb-page" aria-label={k.previousCandidates} disabled={!c.hasPrevious} onClick={c.previousPage}>
        ‹
      </button>
      <button type="button" class="kb-page" aria-label={k.nextCandidates} disabled={!c.hasNext} onClick={c.nextPage}>
        ›
      </button>
    </div>
  );
}
