// Pinyin letters → candidate words, from the dictionary scripts/build-pinyin-dictionary.ts makes
// (`word syllable syllable…` a line, most frequent first, so a line's index is its frequency rank).
//
// The words sit in a trie keyed by whole syllables. Typed letters are matched against it in every
// way they can be read: whole syllables without separators (zhengfu), the last syllable only begun
// (zhengf), or a syllable given by its initial alone (zf). Candidates are ordered as an input method
// orders them: those that use more of the typed letters first (a whole word before its first
// character), spelled-out before initials-only, then by frequency. When no single word spans all the
// letters, the best chain of words that does (政务 + 服务 for zhengwufuwu) comes first.

export interface Candidate {
  text: string;
  /** How many of the typed letters choosing it consumes; the rest stay in the composition. */
  letters: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Ranks of the words spelled exactly by the path here, most frequent first. */
  words: number[];
  /** Ranks of words below this node not yet inserted: a first syllable's subtree is built when first walked. */
  pending?: number[];
}

interface Match {
  rank: number;
  letters: number;
  /** 0 when every syllable is spelled out; more for a begun last syllable or initials only. */
  inexact: number;
}

export interface PinyinEngine {
  /** Every candidate for the letters, in the order they are offered. */
  candidates(letters: string): Candidate[];
  /** Number of words and characters in the dictionary. */
  readonly size: number;
  /**
   * Builds not-yet-built subtrees for up to `budgetMs`, so later keystrokes find them ready; false
   * once everything is built. Meant for idle time right after loading.
   */
  buildAhead(budgetMs: number): boolean;
  /**
   * What may follow text just entered (联想, as the handwriting pad offers after each pick): the
   * rest of each dictionary word that begins with its last characters, the longest such ending
   * first, then by frequency (养老 → 保险, 院, 金 …; 养 → 老, 殖 …).
   */
  continuations(text: string, limit?: number): string[];
}

const node = (): TrieNode => ({ next: new Map(), words: [] });

/**
 * How a syllable may be abbreviated: its initial consonant, and for zh/ch/sh also the bare z/c/s
 * (residents type zf for 政府). Syllables that start with a vowel have none.
 */
function abbreviationsOf(syllable: string): string[] {
  if (syllable.length < 2 || !/^[bpmfdtnlgkhjqxrzcsyw]/.test(syllable)) return [];
  const two = syllable.slice(0, 2);
  return two === 'zh' || two === 'ch' || two === 'sh' ? [two, syllable[0]!] : [syllable[0]!];
}

/** A sentence candidate's cost: Zipf's law makes frequency ∝ 1/rank, so −log p ≈ log(rank). */
const wordCost = (rank: number) => Math.log(rank + 2) + 4; // + a per-word penalty: fewer, longer words

export function parsePinyinDictionary(text: string): PinyinEngine {
  const words: string[] = [];
  /** Each word's syllables after the first, kept as text until its subtree is built. */
  const laterSyllables: string[] = [];
  const root = node();
  const abbreviations = new Map<string, string[]>();
  // Only the first syllable is read now: loading stays fast, and a subtree costs its first walk.
  for (const line of text.split('\n')) {
    if (!line) continue;
    const wordEnd = line.indexOf(' ');
    if (wordEnd < 1) throw new Error(`pinyin dictionary line ${words.length + 1} has no reading: "${line}"`);
    const syllableEnd = line.indexOf(' ', wordEnd + 1);
    const first = syllableEnd < 0 ? line.slice(wordEnd + 1) : line.slice(wordEnd + 1, syllableEnd);
    let child = root.next.get(first);
    if (!child) {
      child = { ...node(), pending: [] };
      root.next.set(first, child);
      abbreviations.set(first, abbreviationsOf(first));
    }
    if (syllableEnd < 0) child.words.push(words.length);
    else child.pending!.push(words.length);
    words.push(line.slice(0, wordEnd));
    laterSyllables.push(syllableEnd < 0 ? '' : line.slice(syllableEnd + 1));
  }

  /** A first syllable's node, its subtree built on first use. */
  function expanded(at: TrieNode): TrieNode {
    if (!at.pending) return at;
    for (const rank of at.pending) {
      let here = at;
      for (const syllable of laterSyllables[rank]!.split(' ')) {
        let child = here.next.get(syllable);
        if (!child) {
          child = node();
          here.next.set(syllable, child);
          if (!abbreviations.has(syllable)) abbreviations.set(syllable, abbreviationsOf(syllable));
        }
        here = child;
      }
      here.words.push(rank);
    }
    at.pending = undefined;
    return at;
  }

  /**
   * Walks the trie along the readings of input[from…], reporting each word met on the way: spelled
   * out (whole syllables, the last one perhaps only begun), or — a separate walk, so the two never
   * mix and the search stays small — every syllable by its initial (zf, ylbx).
   */
  function walk(input: string, from: number, withInitials: boolean, found: (m: Match) => void): void {
    const spelled = (at: TrieNode, pos: number, depth: number, begun: boolean) => {
      if (depth > 0) for (const rank of at.words) found({ rank, letters: pos - from, inexact: begun ? 1 : 0 });
      if (pos === input.length) return;
      const rest = input.slice(pos);
      for (const [syllable, child] of expanded(at).next) {
        if (input.startsWith(syllable, pos)) spelled(child, pos + syllable.length, depth + 1, false);
        else if (syllable.startsWith(rest)) spelled(child, input.length, depth + 1, true); // the last syllable, begun
      }
    };
    const initials = (at: TrieNode, pos: number, depth: number) => {
      if (depth > 1) for (const rank of at.words) found({ rank, letters: pos - from, inexact: depth });
      if (pos === input.length) return;
      for (const [syllable, child] of expanded(at).next) {
        for (const initial of abbreviations.get(syllable)!) {
          if (input.startsWith(initial, pos)) initials(child, pos + initial.length, depth + 1);
        }
      }
    };
    spelled(root, from, 0, false);
    if (withInitials) initials(root, from, 0);
  }

  /** The cheapest chain of spelled-out words covering all of input, or null. */
  function sentence(input: string): string | null {
    const best: { cost: number; text: string }[] = Array.from({ length: input.length + 1 }, () => ({ cost: Infinity, text: '' }));
    best[0] = { cost: 0, text: '' };
    for (let from = 0; from < input.length; from++) {
      if (best[from]!.cost === Infinity) continue;
      walk(input, from, false, (m) => {
        const to = from + m.letters;
        const cost = best[from]!.cost + wordCost(m.rank);
        if (cost < best[to]!.cost) best[to] = { cost, text: best[from]!.text + words[m.rank] };
      });
    }
    return best[input.length]!.cost === Infinity ? null : best[input.length]!.text;
  }

  function candidates(letters: string): Candidate[] {
    const input = letters.toLowerCase();
    if (!/^[a-z]+$/.test(input)) return [];
    const matches = new Map<string, Match>();
    walk(input, 0, true, (m) => {
      const text = words[m.rank]!;
      const seen = matches.get(text);
      if (!seen || m.letters > seen.letters || (m.letters === seen.letters && (m.inexact < seen.inexact || (m.inexact === seen.inexact && m.rank < seen.rank)))) {
        matches.set(text, m);
      }
    });
    const ordered = [...matches]
      .sort(([, a], [, b]) => b.letters - a.letters || a.inexact - b.inexact || a.rank - b.rank)
      .map(([text, m]) => ({ text, letters: m.letters }));
    const first = ordered[0];
    if (!first || first.letters < input.length) {
      const whole = sentence(input);
      if (whole && !matches.has(whole)) ordered.unshift({ text: whole, letters: input.length });
    }
    return ordered;
  }

  const unbuilt = [...root.next.values()];
  function buildAhead(budgetMs: number): boolean {
    const until = performance.now() + budgetMs;
    while (unbuilt.length && performance.now() < until) expanded(unbuilt.pop()!);
    return unbuilt.length > 0;
  }

  /** Ranks of the words of two or more characters, by first character: made on the first continuation asked. */
  let byFirst: Map<string, number[]> | null = null;
  function continuations(text: string, limit = 30): string[] {
    if (!byFirst) {
      byFirst = new Map();
      words.forEach((word, rank) => {
        const first = String.fromCodePoint(word.codePointAt(0)!);
        if (word.length === first.length) return;
        if (!byFirst!.has(first)) byFirst!.set(first, []);
        byFirst!.get(first)!.push(rank);
      });
    }
    const chars = [...text];
    const found = new Set<string>();
    // The longest ending first: after 养老, 保险 (养老保险) before what follows 老 alone.
    for (let take = Math.min(3, chars.length); take >= 1 && found.size < limit; take--) {
      const ending = chars.slice(-take).join('');
      for (const rank of byFirst.get(chars[chars.length - take]!) ?? []) {
        const word = words[rank]!;
        if (word.length > ending.length && word.startsWith(ending)) found.add(word.slice(ending.length));
        if (found.size >= limit) break;
      }
    }
    return [...found];
  }

  return { candidates, size: words.length, buildAhead, continuations };
}
