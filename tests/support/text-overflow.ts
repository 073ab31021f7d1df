// Text that does not fit where it is drawn (issue 22): words spilling out of a tile or a button,
// a keyboard row sticking out of its panel, descenders crossing a border. Looked for as a reader
// sees it: each line of text must lie inside the box that frames it (its control, or the nearest
// box that clips or draws a border), and no box that hides its overflow may hold more than it shows.

/** One line per finding: `"长辈版 …" spills 12 px out of its button`. Runs in the page
 *  (self-contained: tests/support/stop-checks.ts sends it as source). */
export function overflowInPage({ staffOnly }: { staffOnly: string }): string[] {
  const problems: string[] = [];
  // A pixel and a half for subpixel layout and antialiasing.
  const slack = 1.5;
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
  };
  const label = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 24);
  const scrolls = (style: CSSStyleDeclaration) => /auto|scroll/.test(style.overflowX + style.overflowY);
  const frames = (el: Element) => {
    if (el.matches('button, [role="button"], [role="radio"], [role="tab"], input, textarea, .service-button, .kb')) return true;
    const style = getComputedStyle(el);
    const bordered = parseFloat(style.borderTopWidth) > 0 && parseFloat(style.borderBottomWidth) > 0 && parseFloat(style.borderLeftWidth) > 0;
    return bordered || /hidden|clip/.test(style.overflowX + style.overflowY);
  };
  // Boxes that hide what does not fit: nothing may be hidden (a scrolling list scrolls instead).
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest(staffOnly) || el.closest('svg, script, style, audio') || !visible(el)) continue;
    const style = getComputedStyle(el);
    if (scrolls(style) || !/hidden|clip/.test(style.overflowX + style.overflowY) || !el.textContent?.trim()) continue;
    const over = Math.max(el.scrollWidth - el.clientWidth, el.scrollHeight - el.clientHeight);
    if (over > slack) problems.push(`"${label(el.textContent)}" is cut off by ${Math.round(over)} px in its ${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
  }
  // Each line of text inside the box that frames it.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || parent.closest(staffOnly) || parent.closest('svg, script, style, audio') || !visible(parent)) continue;
    let frame: Element | null = parent;
    while (frame && frame !== document.body && !frames(frame)) frame = frame.parentElement;
    if (!frame || frame === document.body) continue;
    // Inside a scrolling list (or a scrolling frame), a line below the fold is not overflow.
    if ([frame, ...ancestors(parent, frame)].some((a) => scrolls(getComputedStyle(a)))) continue;
    // Inside the frame's border, not on it: words touching a button's edge read as cut off.
    const outer = frame.getBoundingClientRect();
    const fs = getComputedStyle(frame);
    const box = {
      left: outer.left + parseFloat(fs.borderLeftWidth),
      right: outer.right - parseFloat(fs.borderRightWidth),
      top: outer.top + parseFloat(fs.borderTopWidth),
      bottom: outer.bottom - parseFloat(fs.borderBottomWidth),
    };
    const range = document.createRange();
    range.selectNodeContents(node);
    // A line's rectangle is its font's whole ascent and descent, which in a tall script font
    // (Uyghur, Tibetan) reaches beyond the line height the layout gives it and beyond any ink:
    // vertically, the line box (the line height, centred) is what must fit.
    const style = getComputedStyle(parent);
    const lineHeight = style.lineHeight === 'normal' ? parseFloat(style.fontSize) * 1.2 : parseFloat(style.lineHeight);
    for (const line of range.getClientRects()) {
      if (line.width === 0) continue;
      const beyondLineBox = Math.max(0, line.height - lineHeight) / 2;
      const top = line.top + beyondLineBox;
      const bottom = line.bottom - beyondLineBox;
      const out = Math.max(box.left - line.left, line.right - box.right, box.top - top, bottom - box.bottom);
      if (out > slack) {
        problems.push(`"${label(node.textContent)}" spills ${Math.round(out)} px out of its ${frame.tagName.toLowerCase()}.${[...frame.classList].join('.')}`);
        break;
      }
    }
  }
  return [...new Set(problems)];

  function* ancestors(from: Element, to: Element) {
    for (let a = from.parentElement; a && a !== to; a = a.parentElement) yield a;
  }
}
