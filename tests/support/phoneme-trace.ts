// What eSpeak NG would say, as its phoneme trace (`espeak-ng -v VOICE -x -q`), and a check that the
// trace is Mandarin: every syllable given is spoken as one word with its own tone, every letter as
// eSpeak's Chinese letter name, and nothing falls back to English. Read against good and bad input:
//   qing3 jiang1 shen1   → tS;h'i21N_| tS;'iA55N_| s.'@55n_|          (one word per syllable, tone contour)
//   请将身份证 in `cmn`  → (en)kI55NTr'i:55_| dZja55Nw'055n_| …       ("king three": English, tone digits said)
//   qing 3               → tS;h'i55N_| s'a55n_|                         (the tone digit said as san1)
//   K7M2                 → khm_|                                        (a run eSpeak cannot read: swallowed)
import { spawnSync } from 'node:child_process';

export function phonemeTrace(input: string, voice: string, command = process.env.KIOSK_ESPEAK ?? 'espeak-ng'): string {
  // Text on stdin, as the engine gives it.
  const run = spawnSync(command, ['-v', voice, '-x', '-q'], { input, encoding: 'utf8', timeout: 10_000 });
  if (run.status !== 0) throw new Error(`${command} -x failed: ${run.stderr || run.error?.message}`);
  return run.stdout;
}

/** eSpeak's tone contours (Chao numbers) each written tone may come out as. */
const contours: Record<string, RegExp> = {
  '1': /^55$/,
  '2': /^35$/,
  // Third tone: full 214 at a pause, half 21 before another syllable, 35 before another third (sandhi).
  '3': /^(214|21|35)$/,
  // Fourth: 51, or 53 when it leads a compound.
  '4': /^(51|53)$/,
  // Neutral: a level pitch set by the tone before it (1 → 22/44 … 4 → 11), or none of its own.
  '5': /^(11|22|33|44)?$/,
};

const traceWords = (trace: string) =>
  trace
    .split(/\s+/)
    .map((w) => w.replace(/_[|:!]*/g, ''))
    .filter(Boolean);

const letterTraces = new Map<string, string>();
function letterTrace(letter: string, voice: string): string {
  let known = letterTraces.get(letter);
  if (known === undefined) letterTraces.set(letter, (known = traceWords(phonemeTrace(letter, voice)).join(' ')));
  return known;
}

/**
 * What in the trace is not Mandarin a resident would understand, as readable problems (empty when
 * all is well). `input` is what the engine gave eSpeak, `voice` the voice it used.
 */
export function traceProblems(input: string, voice: string): string[] {
  const trace = phonemeTrace(input, voice);
  const problems: string[] = [];
  // eSpeak marks a switch to another language's rules, e.g. (en) for words it reads as English.
  for (const m of trace.matchAll(/\((\w+)\)([^(\s]*)/g)) if (m[1] !== 'cmn') problems.push(`read as ${m[1]}: ${m[2]}`);
  const tokens = input.split(/\s+/).filter((t) => t && !/^[,.]$/.test(t));
  const bad = tokens.filter((t) => !/^[a-zü]+[1-5]$/.test(t) && !/^[A-Z]$/.test(t));
  if (bad.length) problems.push(`not numbered pinyin or a letter: ${bad.slice(0, 5).join(' ')}`);
  const words = traceWords(trace);
  if (words.length !== tokens.length) {
    problems.push(`${tokens.length} syllables given, ${words.length} words said: ${trace.trim()}`);
    return problems;
  }
  tokens.forEach((token, i) => {
    const word = words[i]!;
    if (/^[A-Z]$/.test(token)) {
      if (word !== letterTrace(token, voice)) problems.push(`letter ${token} said as ${word}`);
      return;
    }
    const tone = token.slice(-1);
    if (!contours[tone]) return; // not pinyin: already reported
    const said = word.match(/\d+/g) ?? [];
    if (said.length > 1 || !contours[tone]!.test(said[0] ?? '')) problems.push(`${token} said as ${word} (tone ${said.join('/') || 'none'})`);
  });
  return problems;
}
