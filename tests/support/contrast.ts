// Contrast as the resident sees it: each text's computed colour against the first opaque
// background behind it (WCAG relative luminance). Used for 长辈版's 7:1 on body text, stricter
// than axe's AA 4.5:1.

export interface LowContrast {
  low: string[];
  checked: number;
}

/** Texts whose contrast is below `min`: "文字 5.2:1". Runs in the page (self-contained: tests/support/stop-checks.ts sends it as source). */
export function contrastInPage({ min, staffOnly }: { min: number; staffOnly: string }): LowContrast {
  const parse = (c: string) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const lum = ({ r, g, b }: { r: number; g: number; b: number }) => {
    const f = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el: Element | null) => {
    for (let e = el; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg && bg.a >= 0.99) return bg;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const low: string[] = [];
  let checked = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || seen.has(el) || !node.textContent?.trim()) continue;
    seen.add(el);
    const r = el.getBoundingClientRect();
    if (r.width === 0 || el.closest(staffOnly) || el.closest('svg, script, style, audio')) continue;
    // Disabled controls are exempt from contrast rules (WCAG 1.4.3 "inactive user interface components").
    if (el.closest('button:disabled')) continue;
    const fg = parse(getComputedStyle(el).color);
    if (!fg) continue;
    checked++;
    const a = lum(fg);
    const b = lum(background(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio + 0.005 < min) low.push(`${node.textContent.trim().slice(0, 20)} ${ratio.toFixed(2)}:1`);
  }
  return { low, checked };
}
