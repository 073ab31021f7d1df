// `npm run i18n:css`: the renderer's CSS must use logical properties (margin-inline-start,
// inset-inline-end, text-align: start…) so that Uyghur's dir="rtl" mirrors the whole layout.
// Physical left/right only where the layout must not mirror, marked on its line with
// /* physical: ok */ and a comment saying why. A few rules cover what stylelint's
// "liberty/use-logical-spec" would, without a linter framework for one check.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Finding {
  file: string;
  line: number;
  declaration: string;
  advice: string;
}

const PHYSICAL_PROPERTY = /^(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)(?:-.*)?$|^(?:left|right)$|^border-(?:top|bottom)-(?:left|right)-radius$/;
const SIDE_VALUE = /^(?:float|clear|text-align|caption-side|resize)$/;
const FOUR_SIDES = /^(?:margin|padding|inset|border-width|border-style|border-color|scroll-margin|scroll-padding)$/;

function advise(property: string, value: string): string | null {
  if (PHYSICAL_PROPERTY.test(property)) return `${property} is physical: use its -inline-start/-inline-end (or inset-inline-*) form`;
  if (SIDE_VALUE.test(property) && /\b(?:left|right)\b/.test(value)) return `${property}: ${value} is physical: use start/end (inline-start/inline-end)`;
  if (FOUR_SIDES.test(property)) {
    const parts = value.trim().split(/\s+(?![^(]*\))/);
    if (parts.length === 4 && parts[1] !== parts[3]) return `${property} with different left and right values: use ${property}-block and ${property}-inline`;
  }
  return null;
}

/** Physical left/right declarations in one stylesheet's text. */
export function findPhysical(css: string, file = 'inline.css'): Finding[] {
  const allowed = new Set<number>();
  const lineOf = (index: number) => css.slice(0, index).split('\n').length;
  // Comments become spaces (keeping offsets), after noting the lines that carry the exemption.
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment, index: number) => {
    if (/physical:\s*ok/.test(comment)) allowed.add(lineOf(index));
    return comment.replace(/[^\n]/g, ' ');
  });
  const findings: Finding[] = [];
  for (const m of text.matchAll(/([a-z-]+)\s*:\s*([^;{}]+?)\s*(?=[;}])/g)) {
    const [, property, value] = m as unknown as [string, string, string];
    const line = lineOf(m.index);
    const advice = advise(property, value);
    if (advice && !allowed.has(line)) findings.push({ file, line, declaration: `${property}: ${value}`, advice });
  }
  return findings;
}

export function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.css'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export function checkRendererCss(root: string): Finding[] {
  return cssFiles(join(root, 'renderer')).flatMap((f) => findPhysical(readFileSync(f, 'utf8'), relative(root, f)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const findings = checkRendererCss(process.cwd());
  for (const f of findings) console.log(`${f.file}:${f.line}: ${f.declaration} — ${f.advice}`);
  console.log(findings.length ? `${findings.length} physical left/right declarations` : 'renderer CSS: logical properties only');
  process.exitCode = findings.length ? 1 : 0;
}
