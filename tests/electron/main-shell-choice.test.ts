// `npm start` picks the shell: Electron where its binary is installed and better-sqlite3 is
// built for it, the browser shell otherwise, with one line saying why. Here an Electron
// "binary" is a script that leaves a mark when run, and better-sqlite3 is built for Node (as
// `npm install` leaves it).
// File name: main-*.test.ts puts it with the process tests in the integration project.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nativeModulesProblemUnderElectron } from '../../electron/native-abi.ts';
import { nodeEntryArgs } from '../support/node-entries.ts';

const nodeBuild = nativeModulesProblemUnderElectron(process.cwd()) !== null;

if (!nodeBuild) {
  // Registered as skipped so the summary counts it and prints the reason.
  test('npm start with an Electron binary but better-sqlite3 built for Node', (ctx) =>
    ctx.skip('better-sqlite3 here is built for Electron (or Electron records no ABI): `npm rebuild better-sqlite3` restores the Node build'));
} else describe('npm start with an Electron binary but better-sqlite3 built for Node', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const marker = () => join(dir, 'electron-was-started');

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-shell-choice-'));
    const binary = join(dir, 'electron');
    writeFileSync(binary, `#!/bin/sh\necho "$@" > '${marker()}'\n`);
    chmodSync(binary, 0o755);
    // No display: the browser shell serves without opening Chromium.
    const { DISPLAY: _d, WAYLAND_DISPLAY: _w, ...rest } = process.env;
    env = { ...rest, ELECTRON_OVERRIDE_DIST_PATH: dir };
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the automatic choice falls back to the browser shell with a one-line hint, and the kiosk starts', async () => {
    const child = spawn(process.execPath, [...nodeEntryArgs('cli/kiosk.ts'), '--standalone', '--port', '0', '--data-dir', join(dir, 'data')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += String(d)));
    child.stderr!.on('data', (d) => (stderr += String(d)));
    try {
      const deadline = Date.now() + 60_000;
      while (!/kiosk ready: /.test(stdout) && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      assert.match(stdout, /^kiosk ready: http:\/\/127\.0\.0\.1:\d+\//m, `stdout:\n${stdout}\nstderr:\n${stderr}`);
      assert.equal(existsSync(marker()), false, 'Electron was not started');
      const hints = stderr.split('\n').filter((line) => line.startsWith('kiosk: Electron not used: '));
      assert.equal(hints.length, 1, stderr);
      assert.match(hints[0], /better-sqlite3 is built for Node .*not Electron .*README "Electron shell: two native builds"\. Starting the browser shell\.$/);
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
    }
  });

  test('--shell electron refuses to start and says what to do', () => {
    const run = spawnSync(process.execPath, [...nodeEntryArgs('cli/kiosk.ts'), '--shell', 'electron', '--standalone', '--data-dir', join(dir, 'data')], { env, encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /^--shell electron: better-sqlite3 is built for Node .*; or use --shell browser\.$/m);
    assert.equal(existsSync(marker()), false, 'Electron was not started');
  });
});
