// `npm run screens`: a PNG of every screen of the tour, in every language and both versions, in
// portrait, written to screens/out/<locale>/<mode>/<screen>.png, with screens/out/index.html
// showing each screen's versions and languages side by side for a reviewer.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchChromium } from '../tests/support/chromium.ts';
import { ensureRendererBuilt } from '../tests/renderer/ui-harness.ts';
import { modes, screenTour, startTourRig, tourLocales } from '../tests/support/screen-tour.ts';

const outDir = join(process.cwd(), 'screens', 'out');

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

async function main() {
  ensureRendererBuilt();
  rmSync(outDir, { recursive: true, force: true });
  const browser = await launchChromium();
  const shots = new Map<string, { column: string; file: string }[]>();
  const failures: string[] = [];
  try {
    for (const locale of tourLocales) {
      for (const mode of modes) {
        const rig = await startTourRig(browser, { mode, locale });
        try {
          const dir = join(outDir, locale, mode);
          mkdirSync(dir, { recursive: true });
          for (const stop of screenTour) {
            try {
              await rig.restart();
              await stop.reach(rig);
              await rig.page.waitForTimeout(300);
              const file = join(dir, `${stop.name}.png`);
              await rig.page.screenshot({ path: file });
              const row = shots.get(stop.name) ?? [];
              row.push({ column: `${locale} · ${mode === 'elder' ? '长辈版' : 'normal'}`, file: relative(outDir, file) });
              shots.set(stop.name, row);
              console.log(`screens: ${locale}/${mode}/${stop.name}.png`);
            } catch (err) {
              failures.push(`${locale}/${mode}/${stop.name}: ${(err as Error).message.split('\n')[0]}`);
            }
          }
        } finally {
          await rig.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
  const rows = [...shots].map(
    ([name, cells]) =>
      `<section><h2>${escape(name)}</h2><div class="row">${cells
        .map((c) => `<figure><img src="${escape(c.file)}" alt="${escape(`${name}, ${c.column}`)}" loading="lazy"><figcaption>${escape(c.column)}</figcaption></figure>`)
        .join('')}</div></section>`,
  );
  writeFileSync(
    join(outDir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>Kiosk screens</title>
<style>body{font-family:sans-serif;margin:16px}.row{display:flex;gap:12px;overflow-x:auto}figure{margin:0}img{width:270px;border:1px solid #999}figcaption{font-size:14px}</style>
<h1>Every screen, every language, both versions</h1>${rows.join('\n')}</html>\n`,
  );
  console.log(`screens: ${[...shots.values()].flat().length} screenshots, index at ${join(outDir, 'index.html')}`);
  if (failures.length) {
    console.error(`screens: could not reach:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

await main();
