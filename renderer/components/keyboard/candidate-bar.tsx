// The pinyin bar on top of the keyboard: the letters being typed, then the candidates one page at a
// time with finger-sized buttons to page back and forth. Tapping a candidate types it.
import { t } from '../../i18n/index.ts';
import type { PinyinComposition } from './use-pinyin-composition.ts';

export function CandidateBar({ composition }: { composition: PinyinComposition }) {
  const c = composition;
  const k = t.keyboard;
  return (
    <div class="kb-candidates">
      <output class="kb-composition" aria-label={k.composition}>
        {c.letters}
      </output>
      <div class="kb-candidate-list" role="group" aria-label={k.candidates}>
        {c.page.map((candidate, i) => (
          <button type="button" class={i === 0 && !c.hasPrevious ? 'kb-candidate first' : 'kb-candidate'} key={candidate.text} onClick={() => c.choose(candidate)}>
            {candidate.text}
          </button>
        ))}
        {c.letters === '' && <span class="kb-hint">{k.compositionHint}</span>}
        {c.loading && <span class="kb-hint">{k.loadingWords}</span>}
        {c.nothingFound && <span class="kb-hint">{k.noCandidates}</span>}
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
