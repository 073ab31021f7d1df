// `npm start` rebuilds the UI while another kiosk process may be serving dist/renderer (issue 21).
// That kiosk must keep answering with a whole UI, old or new: here a browser shell serves the
// worktree's dist/renderer while the renderer step of `npm run build` (as package.json has it)
// runs, and a "page" keeps loading index.html and every asset it names.
import { test, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { startBrowserShell, type BrowserShell } from '../../browser-shell/server.ts';
import { createFakeKioskApi } from '../support/fake-kiosk-api.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');

/** The renderer's build command in `npm run build` (its first step), as npm would run it. */
function runRendererBuild(): { done: Promise<number | null>; output: () => string } {
  const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build;
  const step = script.split(' && ')[0]!;
  const child = spawn('sh', ['-c', step], { cwd: ROOT, env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}${delimiter}${process.env.PATH}` } });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d));
  child.stderr.on('data', (d: Buffer) => (output += d));
  return { done: new Promise((resolve) => child.on('close', resolve)), output: () => output };
}

/** What a kiosk page loads: index.html, then each script, style and preload it names. */
async function loadPage(origin: string): Promise<string[]> {
  const page = await fetch(`${origin}/`);
  const html = await page.text();
  if (page.status !== 200) return [`index.html answered ${page.status}`];
  if (!html.includes('</html>')) return [`index.html is cut short (${html.length} bytes)`];
  const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  if (assets.length === 0) return ['index.html names no assets'];
  const problems: string[] = [];
  for (const asset of assets) {
    const response = await fetch(`${origin}/${asset}`);
    const bytes = (await response.arrayBuffer()).byteLength;
    if (response.status !== 200 || bytes === 0) problems.push(`${asset} answered ${response.status} (${bytes} bytes)`);
  }
  return problems;
}

let shell: BrowserShell | null = null;
afterAll(async () => {
  await shell?.close();
});

test('a kiosk serving dist/renderer answers with a whole UI, old or new, all through a rebuild', { timeout: 600_000 }, async () => {
  if (!existsSync(join(DIST, 'renderer/index.html'))) assert.equal(await runRendererBuild().done, 0, 'a first build to serve');
  const before = readFileSync(join(DIST, 'renderer/index.html'), 'utf8');
  shell = await startBrowserShell({ api: createFakeKioskApi(), port: 0 });
  const origin = new URL(shell.url).origin;
  assert.deepEqual(await loadPage(origin), [], 'the served build is whole before the rebuild');

  const build = runRendererBuild();
  let finished = false;
  const exit = build.done.then((code) => {
    finished = true;
    return code;
  });
  let loads = 0;
  const problems: string[] = [];
  while (!finished) {
    const seen = await loadPage(origin).catch((err: Error) => [`request failed: ${err.message}`]);
    loads++;
    problems.push(...seen.map((p) => `load ${loads}: ${p}`));
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.equal(await exit, 0, build.output());
  assert.ok(loads > 20, `the page was loaded ${loads} times during the build`);
  assert.deepEqual(problems.slice(0, 5), [], `${problems.length} of ${loads} loads were broken`);
  assert.deepEqual(await loadPage(origin), [], 'the new build is whole');
  // A page still showing the old build can fetch its assets after the swap (they are hashed).
  const oldAssets = [...before.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  for (const asset of oldAssets) assert.equal((await fetch(`${origin}/${asset}`)).status, 200, `old page's ${asset}`);
  assert.deepEqual(readdirSync(DIST).filter((name) => /^renderer\.(next|old)-/.test(name)), [], 'no build folders left behind');
});
