// Loads the pinyin dictionary chunk once, the first time a pinyin keyboard asks for it.
import { parsePinyinDictionary, type PinyinEngine } from './pinyin-engine.ts';

let loading: Promise<PinyinEngine> | null = null;

/** The rest of the trie is built in idle moments, a few milliseconds at a time, never during a tap. */
function buildWhenIdle(engine: PinyinEngine): void {
  const step = (deadline: IdleDeadline) => {
    if (engine.buildAhead(Math.max(1, deadline.timeRemaining() - 1))) requestIdleCallback(step);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(step);
}

export function loadPinyinEngine(): Promise<PinyinEngine> {
  loading ??= import('virtual:pinyin-dictionary').then(
    (module) => {
      const engine = parsePinyinDictionary(module.default);
      buildWhenIdle(engine);
      return engine;
    },
    (err: unknown) => {
      loading = null; // a failed chunk load is tried again by the next keyboard
      throw err;
    },
  );
  return loading;
}
