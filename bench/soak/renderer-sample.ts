// What the soak measures of the screen: the page's JS heap after a forced collection and its DOM
// node and listener counts, through the DevTools protocol (Playwright's CDP session), and the
// resident memory of every Chromium process this soak started.
import { readFileSync, readdirSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

export interface RendererSample {
  rendererHeapMb: number;
  domNodes: number;
  jsListeners: number;
  chromiumRssMb: number;
}

/** Every process below `root` in the process tree, from /proc (Linux only). */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The field after the parenthesised name is the state, then the parent's pid.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // ended while we looked
    }
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** Summed RSS of our Chromium processes: shared pages count once per process, so it over-states a little. */
function chromiumRssMb(): number {
  let kb = 0;
  for (const pid of descendants(process.pid)) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (!/^Name:\s*(chrom|headless_shell)/im.test(status)) continue;
      kb += Number(/^VmRSS:\s*(\d+)/m.exec(status)?.[1] ?? 0);
    } catch {
      // ended while we looked
    }
  }
  return kb / 1024;
}

export async function startRendererSampler(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  return {
    async sample(): Promise<RendererSample> {
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      return { rendererHeapMb: heap.usedSize / (1024 * 1024), domNodes: dom.nodes, jsListeners: dom.jsEventListeners, chromiumRssMb: chromiumRssMb() };
    },
    close: () => cdp.detach(),
  };
}
