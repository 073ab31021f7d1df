// What a resident's finger and eyes meet, measured in the browser: the rendered box of every
// control and the computed font size and line height of every piece of text on screen.

export interface Measured {
  /** Controls smaller than the minimum: "名字 52×40". */
  smallTargets: string[];
  /** Text smaller than the minimum, or lines closer than the minimum: "文字 24px". */
  smallText: string[];
  tightLines: string[];
  /** How many controls and text pieces were measured (a check of nothing proves nothing). */
  controls: number;
  texts: number;
}

export interface SizeLimits {
  target: number;
  font: number;
  lineHeight: number;
}

/** Runs in the page (self-contained: tests/support/stop-checks.ts sends it as source). */
export function measureInPage({ limits, staffOnly }: { limits: SizeLimits; staffOnly: string }): Measured {
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
  };
  const label = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
  const out = { smallTargets: [] as string[], smallText: [] as string[], tightLines: [] as string[], controls: 0, texts: 0 };
  for (const el of document.querySelectorAll('button, a[href], input, select, textarea, [role="button"], [role="radio"], [role="tab"]')) {
    if (el.closest(staffOnly) || !visible(el)) continue;
    out.controls++;
    const r = el.getBoundingClientRect();
    // Half a pixel for subpixel layout.
    if (r.width + 0.5 < limits.target || r.height + 0.5 < limits.target) out.smallTargets.push(`${label(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || seen.has(el) || !node.textContent?.trim()) continue;
    seen.add(el);
    if (el.closest(staffOnly) || el.closest('svg, script, style, audio') || !visible(el)) continue;
    out.texts++;
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    const text = node.textContent.trim().slice(0, 20);
    if (size + 0.01 < limits.font) out.smallText.push(`${text} ${size}px`);
    // 'normal' is the font's own spacing (about 1.2): not enough, so every text sets it.
    const line = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight);
    if (line / size + 0.001 < limits.lineHeight) out.tightLines.push(`${text} ${(line / size).toFixed(2)}`);
  }
  return out;
}
