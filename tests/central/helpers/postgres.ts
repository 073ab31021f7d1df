// Starts a throw-away PostgreSQL 15 cluster from Debian's packages for the storage tests: a temp
// dir owned by `postgres` (initdb refuses root), unix socket only, fsync off; stopped and removed
// by stop(). Each hub under test gets its own database in it.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './free-port.ts';

const run = promisify(execFile);
const BIN = '/usr/lib/postgresql/15/bin';

/** Why the PostgreSQL variant cannot run here, or null when it can. */
export function postgresUnavailableReason(): string | null {
  for (const tool of ['initdb', 'pg_ctl']) {
    if (!existsSync(join(BIN, tool))) return `PostgreSQL 15 binaries not found (${join(BIN, tool)} is missing; apt-get install postgresql-15)`;
  }
  if (process.getuid?.() === 0 && !existsSync('/usr/sbin/runuser') && !existsSync('/sbin/runuser')) {
    return 'running as root but runuser is missing, so initdb cannot run as the postgres user';
  }
  return null;
}

async function asPostgresUser(tool: string, args: string[]): Promise<void> {
  const command = join(BIN, tool);
  // By its full path: a PATH without /usr/sbin (a plain user's, or a minimal service environment)
  // would not find it, though the check above did.
  const runuser = existsSync('/usr/sbin/runuser') ? '/usr/sbin/runuser' : '/sbin/runuser';
  if (process.getuid?.() === 0) await run(runuser, ['-u', 'postgres', '--', command, ...args], { timeout: 60_000 });
  else await run(command, args, { timeout: 60_000 });
}

export interface PostgresServer {
  /** Creates an empty database and returns its connection string. */
  createDatabase(name: string): Promise<string>;
  /** CPU seconds the server's processes have used so far (Linux /proc), for benches; null elsewhere. */
  cpuSeconds(): number | null;
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<PostgresServer> {
  const dir = mkdtempSync(join(tmpdir(), 'central-pg-'));
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const dataDir = join(dir, 'data');
  const port = await freePort();
  const url = (db: string) => `postgresql://postgres@/${db}?host=${encodeURIComponent(dir)}&port=${port}`;
  let started = false;
  const stop = async () => {
    if (started) await asPostgresUser('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    started = false;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await asPostgresUser('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    await asPostgresUser('pg_ctl', [
      '-D', dataDir, '-l', join(dir, 'server.log'), '-w', '-t', '60',
      '-o', `-p ${port} -k ${dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      'start',
    ]);
    started = true;
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    async createDatabase(name) {
      const admin = new pg.Client({ connectionString: url('postgres') });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await admin.end();
      }
      return url(name);
    },
    cpuSeconds: () => clusterCpuSeconds(dataDir),
    stop,
  };
}

/** The postmaster's own and reaped children's CPU plus every live backend's (clock ticks of 100 Hz). */
function clusterCpuSeconds(dataDir: string): number | null {
  try {
    const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const stat = (pid: number | string) => readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    const own = stat(postmaster);
    // Fields after the command: [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime.
    let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        const fields = stat(pid);
        if (Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // the process ended while we looked
      }
    }
    return ticks / 100;
  } catch {
    return null;
  }
}
