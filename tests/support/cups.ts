// A real CUPS for tests: starts the scheduler when it is not running (there is no init in CI) and
// makes a cups-pdf virtual A4 queue whose output lands in a folder of its own, so a test can read
// what "came out of the printer". Needs Debian's cups, printer-driver-cups-pdf and poppler-utils,
// and root (cupsd, lpadmin and /etc/cups). .ci/run installs and starts them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PPD = '/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd';

export interface CupsPdfQueue {
  queue: string;
  /** Where cups-pdf writes each printed job as a PDF. */
  outDir: string;
  /** PDFs printed since `since` (ms), oldest first, once each is completely written. */
  waitForOutput(since: number, timeoutMs?: number): Promise<string>;
  stopQueue(): void;
  startQueue(): void;
  remove(): void;
}

/** Why CUPS tests cannot run here, or null when they can. */
export function cupsUnavailableReason(): string | null {
  for (const tool of ['cupsd', 'lpadmin', 'lp', 'pdftotext', 'pdftoppm']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    } catch {
      return `${tool} is not installed (Debian: cups, printer-driver-cups-pdf, poppler-utils; see .ci/run)`;
    }
  }
  if (!existsSync(PPD)) return 'printer-driver-cups-pdf is not installed (see .ci/run)';
  if (process.getuid?.() !== 0) return 'CUPS tests configure /etc/cups and need root';
  return null;
}

function schedulerRunning(): boolean {
  try {
    return /scheduler is running/.test(execFileSync('lpstat', ['-r'], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } }));
  } catch {
    return false;
  }
}

export async function ensureCupsd(): Promise<void> {
  if (schedulerRunning()) return;
  execFileSync('cupsd'); // forks into the background itself
  for (let i = 0; i < 50 && !schedulerRunning(); i++) await new Promise((r) => setTimeout(r, 100));
  if (!schedulerRunning()) throw new Error('cupsd did not start: see /var/log/cups/error_log');
}

/**
 * A cups-pdf queue named `queue`. Its PDF → PostScript step uses pdftocairo: Debian 12's default
 * (Ghostscript 10.00) drops the embedded CJK font's Unicode map, so pdftotext could not read the
 * output back, though it looks right on paper.
 */
export async function createCupsPdfQueue(queue: string): Promise<CupsPdfQueue> {
  await ensureCupsd();
  const outDir = `/var/spool/cups-pdf-${queue}`;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // cups-pdf reads cups-pdf-<instance>.conf for a device URI cups-pdf:/<instance>.
  writeFileSync(`/etc/cups/cups-pdf-${queue}.conf`, `Out ${outDir}\nAnonDirName ${outDir}\nUserUMask 0022\nGrp root\n`);
  execFileSync('lpadmin', ['-p', queue, '-E', '-v', `cups-pdf:/${queue}`, '-P', PPD, '-o', 'pdftops-renderer-default=pdftocairo'], { stdio: 'ignore' });
  const pdfsSince = (since: number) =>
    readdirSync(outDir)
      .filter((n) => n.endsWith('.pdf'))
      .map((n) => join(outDir, n))
      .filter((f) => statSync(f).mtimeMs >= since - 1000)
      .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
  return {
    queue,
    outDir,
    async waitForOutput(since, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      let last = -1;
      while (Date.now() < deadline) {
        const file = pdfsSince(since)[0];
        if (file) {
          // cups-pdf writes through Ghostscript: wait until the size stops changing.
          const size = statSync(file).size;
          if (size > 0 && size === last) return file;
          last = size;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`nothing came out of the cups-pdf queue ${queue} within ${timeoutMs} ms (see /var/log/cups/)`);
    },
    stopQueue: () => execFileSync('cupsdisable', [queue]),
    startQueue: () => execFileSync('cupsenable', [queue]),
    remove() {
      try {
        execFileSync('lpadmin', ['-x', queue], { stdio: 'ignore' });
      } catch {
        // already gone
      }
      rmSync(outDir, { recursive: true, force: true });
      rmSync(`/etc/cups/cups-pdf-${queue}.conf`, { force: true });
    },
  };
}
