// The real supervisor (npm run supervise) over a fake kiosk that crashes, crash-loops, hangs or
// behaves: what a technician would see in the hall and in the journal.
import { describe, test, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nodeEntryArgs } from '../support/node-entries.ts';

const root = resolve(import.meta.dirname, '../..');
const fakeKiosk = join(root, 'tests/supervisor/fixtures/fake-kiosk.mjs');
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  proc: ChildProcess;
  dir: string;
  stderr: () => string;
  starts: () => { pid: number; line: string }[];
  exited: Promise<number | null>;
}

function supervise(mode: string, env: Record<string, string> = {}): Run {
  const dir = mkdtempSync(join(tmpdir(), 'supervisor-test-'));
  dirs.push(dir);
  const logPath = join(dir, 'kiosk.log');
  const proc = spawn(process.execPath, [...nodeEntryArgs('supervisor/cli.ts'), '--data-dir', '/nowhere'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      FAKE_KIOSK_MODE: mode,
      FAKE_KIOSK_LOG: logPath,
      RUNTIME_DIRECTORY: dir,
      KIOSK_SUPERVISOR_KIOSK_COMMAND: `${process.execPath} ${fakeKiosk}`,
      KIOSK_SUPERVISOR_POLL_SECONDS: '0.1',
      KIOSK_SUPERVISOR_HEARTBEAT_WINDOW_SECONDS: '2',
      KIOSK_SUPERVISOR_START_GRACE_SECONDS: '10',
      KIOSK_SUPERVISOR_FRAME_WINDOW_SECONDS: '10',
      KIOSK_SUPERVISOR_RESTART_DELAY_SECONDS: '0.1',
      KIOSK_SUPERVISOR_STOP_TIMEOUT_SECONDS: '1',
      KIOSK_SUPERVISOR_MAX_RESTARTS: '3',
      KIOSK_SUPERVISOR_RESTART_WINDOW_MINUTES: '10',
      ...env,
    },
  });
  let stderr = '';
  proc.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const starts = () =>
    existsSync(logPath)
      ? readFileSync(logPath, 'utf8')
          .split('\n')
          .filter((line) => line.startsWith('start '))
          .map((line) => ({ pid: Number(line.split(' ')[1]), line }))
      : [];
  return { proc, dir, stderr: () => stderr, starts, exited };
}

/** Generous: two shared cores; nothing here depends on how fast a start is. */
async function until(what: string, check: () => boolean, run: Run, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`${what}: not within ${timeoutMs / 1000} s; supervisor said:\n${run.stderr()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function stop(run: Run): Promise<number | null> {
  run.proc.kill('SIGTERM');
  return run.exited;
}

describe('the supervisor over a real child process', () => {
  test('a kiosk that crashes is started again, supervised and with the same arguments', async () => {
    const run = supervise('crash-once');
    await until('a second start', () => run.starts().length >= 2, run);
    const second = run.starts()[1]!;
    assert.match(second.line, /supervised=1 args=--data-dir,\/nowhere/);
    assert.match(run.stderr(), /kiosk exited with status 1/);
    assert.match(run.stderr(), /restarting the kiosk .*restart 1 of at most 3/);
    assert.equal(await stop(run), 0);
  });

  test('a crash loop stops at the limit: no more starts, the out-of-service page is shown with the reason', async () => {
    const run = supervise('crash-always', {
      KIOSK_SUPERVISOR_OUT_OF_SERVICE_COMMAND: 'echo "$KIOSK_OUT_OF_SERVICE_REASON" > "$FAKE_KIOSK_LOG.out-of-service"; sleep 600',
    });
    const marker = join(run.dir, 'kiosk.log.out-of-service');
    await until('the out-of-service command', () => existsSync(marker) && readFileSync(marker, 'utf8').length > 0, run);
    assert.match(readFileSync(marker, 'utf8'), /3 restarts within 10 min \(limit 3\)/);
    assert.match(run.stderr(), /OUT OF SERVICE: 3 restarts within 10 min/);
    assert.equal(run.starts().length, 4, 'the first start and three restarts');
    // Restarts come 0.1 s apart; two seconds without one means the loop really stopped.
    await new Promise((r) => setTimeout(r, 2000));
    assert.equal(run.starts().length, 4);
    assert.equal(run.proc.exitCode, null, 'the supervisor stays up (a service manager would otherwise loop it)');
    assert.equal(await stop(run), 0);
  });

  test('a hung kiosk (no heartbeat, deaf to SIGTERM) is killed and started again', async () => {
    const run = supervise('hang-once');
    await until('a second start', () => run.starts().length >= 2, run);
    const [first] = run.starts();
    assert.match(run.stderr(), /kiosk is hung: no heartbeat from the kiosk core for \d+ s/);
    assert.match(run.stderr(), /did not stop within 1 s; killing it/);
    assert.equal(alive(first!.pid), false, 'the hung process is gone');
    assert.equal(await stop(run), 0);
  });

  test('SIGTERM stops the kiosk cleanly and the supervisor exits 0, leaving no process behind', async () => {
    const run = supervise('healthy');
    await until('the kiosk to start', () => run.starts().length === 1, run);
    const { pid } = run.starts()[0]!;
    // The first heartbeat is written after the fake installs its SIGTERM handler.
    await until('a heartbeat', () => readdirSync(run.dir).some((name) => name.startsWith('kiosk-supervisor-') && existsSync(join(run.dir, name, 'heartbeat.json'))), run);
    assert.equal(await stop(run), 0);
    assert.match(readFileSync(join(run.dir, 'kiosk.log'), 'utf8'), new RegExp(`stop ${pid}`), 'the kiosk ran its own clean shutdown');
    assert.equal(alive(pid), false);
    assert.equal(run.starts().length, 1, 'a stop is not a crash: nothing restarted');
  });
});
