// What a page's word table lacks or gets wrong: a key one language has and the other lacks, a
// message that is not ICU MessageFormat, an English message whose arguments differ from the
// Chinese one (an English page that dropped {n} would hide a count). For the unit test; pure.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { WordTable } from './words.ts';

/** Every argument a message names, inside plural and select branches too. */
function namesIn(elements: MessageFormatElement[], into: Set<string>): Set<string> {
  for (const element of elements) {
    if ('value' in element && typeof element.value === 'string' && element.type !== TYPE.literal) into.add(element.value);
    if ('options' in element) for (const option of Object.values(element.options)) namesIn(option.value, into);
    if ('children' in element) namesIn(element.children, into);
  }
  return into;
}

function argumentsOrProblem(message: string): Set<string> | string {
  try {
    return namesIn(parse(message), new Set());
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function wordTableProblems(table: WordTable): string[] {
  const zh = table['zh-CN'] as Record<string, unknown>;
  const en = table.en as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of new Set([...Object.keys(zh), ...Object.keys(en)])) {
    const [source, english] = [zh[key], en[key]];
    if (typeof source !== 'string') problems.push(`zh-CN lacks ${key}`);
    if (typeof english !== 'string') problems.push(`en lacks ${key}`);
    if (typeof source !== 'string' || typeof english !== 'string') continue;
    const [a, b] = [argumentsOrProblem(source), argumentsOrProblem(english)];
    if (typeof a === 'string') problems.push(`zh-CN ${key} is not ICU: ${a}`);
    if (typeof b === 'string') problems.push(`en ${key} is not ICU: ${b}`);
    if (typeof a === 'string' || typeof b === 'string') continue;
    const differ = [...a].filter((n) => !b.has(n)).concat([...b].filter((n) => !a.has(n)));
    if (differ.length) problems.push(`${key}: the languages' arguments differ ({${differ.join('}, {')}})`);
  }
  return problems;
}
