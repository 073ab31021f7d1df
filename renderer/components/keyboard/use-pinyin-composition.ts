// The pinyin being typed: the letters (kept inside the keyboard, never in the field), the candidates
// for them a page at a time, and what choosing, deleting and committing do to both.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Candidate, PinyinEngine } from './pinyin-engine.ts';
import { loadPinyinEngine } from './pinyin-loader.ts';
import { MAX_COMPOSITION } from './layouts.ts';
import { useCandidatePages, type CandidatePages } from './use-candidate-pages.ts';

export interface PinyinComposition extends CandidatePages<Candidate> {
  letters: string;
  /** The dictionary is still loading (letters are kept meanwhile). */
  loading: boolean;
  /** Letters typed for which the dictionary has nothing. */
  nothingFound: boolean;
  type(letter: string): void;
  choose(candidate: Candidate): void;
  /** Removes the last letter; false when there was none (the field's own text is next). */
  deleteLetter(): boolean;
  /** Space or Enter: the first candidate, or the letters themselves when there is none. */
  commitFirst(): void;
  /** The letters as typed, as Latin text (switching layouts loses nothing). */
  commitLetters(): void;
  clear(): void;
}

export function usePinyinComposition(active: boolean, onInput: (text: string) => void): PinyinComposition {
  const [engine, setEngine] = useState<PinyinEngine | null>(null);
  const [letters, setLetters] = useState('');

  useEffect(() => {
    if (!active || engine) return;
    let current = true;
    loadPinyinEngine().then(
      (loaded) => current && setEngine(loaded),
      // Without the dictionary, pinyin still types its letters (committed with space).
      (err: Error) => console.error(`pinyin dictionary did not load: ${err.message}`),
    );
    return () => {
      current = false;
    };
  }, [active, engine]);

  // The keyboard closing (a field's 输入完成, leaving the screen) must not swallow letters the
  // resident typed and still sees: they go into the field as typed, as switching layouts does.
  const pending = useRef({ letters, onInput });
  pending.current = { letters, onInput };
  useEffect(
    () => () => {
      if (pending.current.letters) pending.current.onInput(pending.current.letters);
    },
    [],
  );

  const all = useMemo(() => (engine && letters ? engine.candidates(letters) : []), [engine, letters]);
  const pages = useCandidatePages(all);
  const edit = setLetters;
  const choose = (candidate: Candidate) => {
    onInput(candidate.text);
    edit(letters.slice(candidate.letters));
  };
  const commitLetters = () => {
    if (letters) onInput(letters);
    edit('');
  };
  return {
    ...pages,
    letters,
    loading: !engine && letters.length > 0,
    nothingFound: !!engine && letters.length > 0 && all.length === 0,
    type: (letter) => {
      if (letters.length < MAX_COMPOSITION) edit(letters + letter);
    },
    choose,
    deleteLetter: () => {
      if (!letters) return false;
      edit(letters.slice(0, -1));
      return true;
    },
    commitFirst: () => (all[0] ? choose(all[0]) : commitLetters()),
    commitLetters,
    clear: () => edit(''),
  };
}
