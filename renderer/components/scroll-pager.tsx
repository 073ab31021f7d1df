// A long text in a box that scrolls by finger, plus large 上一页 / 下一页 buttons for residents who
// do not swipe. The buttons show only when there is more than one page, and each is disabled at
// its end, so a press always visibly does something.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import './scroll-pager.css';

export interface ScrollPagerProps {
  children: ComponentChildren;
  labels?: { up: string; down: string };
}

export function ScrollPager({ children, labels = { up: '上一页', down: '下一页' } }: ScrollPagerProps) {
  const box = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState({ top: true, bottom: true });
  const measure = () => {
    const el = box.current;
    if (!el) return;
    setEdges({ top: el.scrollTop <= 1, bottom: el.scrollTop + el.clientHeight >= el.scrollHeight - 1 });
  };
  useEffect(() => {
    measure();
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const child of Array.from(el.children)) observer.observe(child);
    return () => observer.disconnect();
  });
  // Most of a page, so the last line of one page is the first of the next: the eye keeps its place.
  const page = (direction: 1 | -1) => box.current?.scrollBy({ top: direction * box.current.clientHeight * 0.85 });

  return (
    <div class="scroll-pager">
      <div class="scroll-pager-box" ref={box} onScroll={measure} tabIndex={0}>
        {children}
      </div>
      {!(edges.top && edges.bottom) && (
        <div class="scroll-pager-buttons">
          <button type="button" class="big-button secondary" disabled={edges.top} onClick={() => page(-1)}>
            <span class="big-button-text">{labels.up}</span>
          </button>
          <button type="button" class="big-button secondary" disabled={edges.bottom} onClick={() => page(1)}>
            <span class="big-button-text">{labels.down}</span>
          </button>
        </div>
      )}
    </div>
  );
}
