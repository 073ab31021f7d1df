// The character being written on the 手写 pad: its strokes, the candidates recognised from them
// (after every stroke, a page at a time), and, after a pick, what may follow it (联想 from the
// pinyin dictionary's words: 养 → 老, 养老 → 院, 金 …), so a phrase goes on with a tap per
// character as it does with pinyin.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Candidate, PinyinEngine } from '../pinyin-engine.ts';
import { loadPinyinEngine } from '../pinyin-loader.ts';
import type { CandidateSource } from '../candidate-bar.tsx';
import { useCandidatePages } from '../use-candidate-pages.ts';
import { loadRecognizer } from './loader.ts';
import type { Recognizer } from './recognizer.ts';
import type { Point } from './strokes.ts';

/** Recognised characters offered for one written character (two pages). */
const RECOGNISED = 12;
/** Characters of entered text the continuations look back on. */
const CONTEXT = 3;

export interface Handwriting extends CandidateSource {
  strokes: Point[][];
  addStroke(stroke: Point[]): void;
  /** Removes the last stroke; false when there was none (the field's own text is next). */
  deleteStroke(): boolean;
  /** Empties the box and forgets what was entered before (no continuations). */
  clear(): void;
  /** Space or Enter: the first candidate of a written character; false when nothing is written. */
  commitFirst(): boolean;
  /** The field lost a character: continuations no longer follow what is on screen. */
  forgetContext(): void;
}

export function useHandwriting(active: boolean, onInput: (text: string) => void): Handwriting {
  const [recognizer, setRecognizer] = useState<Recognizer | null>(null);
  const [engine, setEngine] = useState<PinyinEngine | null>(null);
  const [strokes, setStrokes] = useState<Point[][]>([]);
  const [context, setContext] = useState('');

  useEffect(() => {
    if (!active) return;
    let current = true;
    if (!recognizer) {
      loadRecognizer().then(
        (loaded) => current && setRecognizer(loaded),
        (err: Error) => console.error(`handwriting model did not load: ${err.message}`),
      );
    }
    if (!engine) {
      loadPinyinEngine().then(
        (loaded) => {
          if (!current) return;
          setEngine(loaded);
          // Continuations index the dictionary on first use: do it now, not on the first pick.
          if (typeof requestIdleCallback === 'function') requestIdleCallback(() => loaded.continuations(''));
        },
        // Without the dictionary the pad still recognises; only continuations are missing.
        (err: Error) => console.error(`pinyin dictionary did not load: ${err.message}`),
      );
    }
    return () => {
      current = false;
    };
  }, [active, recognizer, engine]);

  const recognised = useMemo<Candidate[]>(
    () => (recognizer && strokes.length ? recognizer.recognize(strokes, RECOGNISED).map((text) => ({ text, letters: 0 })) : []),
    [recognizer, strokes],
  );
  const following = useMemo<Candidate[]>(
    () => (engine && context && !strokes.length ? engine.continuations(context).map((text) => ({ text, letters: 0 })) : []),
    [engine, context, strokes.length],
  );
  const all = strokes.length ? recognised : following;
  const pages = useCandidatePages(all);

  const choose = (candidate: Candidate) => {
    onInput(candidate.text);
    setStrokes([]);
    setContext((before) => [...before + candidate.text].slice(-CONTEXT).join(''));
  };
  return {
    ...pages,
    letters: '',
    strokes,
    loading: !recognizer && strokes.length > 0,
    nothingFound: !!recognizer && strokes.length > 0 && recognised.length === 0,
    choose,
    addStroke: (stroke) => setStrokes((before) => [...before, stroke]),
    deleteStroke: () => {
      if (!strokes.length) return false;
      setStrokes(strokes.slice(0, -1));
      return true;
    },
    clear: () => {
      setStrokes([]);
      setContext('');
    },
    commitFirst: () => {
      if (!strokes.length || !recognised[0]) return false;
      choose(recognised[0]);
      return true;
    },
    forgetContext: () => setContext(''),
  };
}
