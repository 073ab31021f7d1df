// Vitest globalSetup of the projects that start hubs: one freshly initdb'd PGlite cluster per
// machine and PGlite version, in the temporary directory, which every on-disk hub the tests start
// (the kiosk's demo hub, `npm run central` processes, in-process hubs with a data dir) copies, and
// and whose tarball, migrated, each process's first in-memory hub loads, instead of running initdb
// (central/storage/pglite-template.ts): about 7 s of CPU less per new on-disk hub, 9 per in-memory.
// Made once (about 10 s of CPU) and kept for later runs; the variable reaches the workers and the
// processes they start through their environment.
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { holdsCluster, migratedTarballPath, templateTarball, templateTarballPath } from '../../central/storage/pglite-template.ts';
import { migrate } from '../../central/storage/migrations.ts';
import { openPgliteDatabase } from '../../central/storage/pglite-database.ts';

function pgliteVersion(): string {
  // The package's exports hide package.json; its entry point sits in dist/ beside it.
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  let dir = dirname(entry);
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The template cluster's directory (its tarball beside it), made if this machine has none for this PGlite yet. */
export async function pgliteTemplate(): Promise<string> {
  const home = join(tmpdir(), `kiosk-pglite-template-${pgliteVersion()}`);
  const template = join(home, 'cluster');
  if (holdsCluster(template) && existsSync(templateTarballPath(template))) return template;
  // Made aside and renamed into place: a run that stops half-way, or one made at the same time by
  // another run, never leaves a half-made template behind.
  const making = mkdtempSync(`${home}.making-`);
  try {
    const { PGlite } = await import('@electric-sql/pglite'); // only on the run that makes it
    const pg = await PGlite.create(join(making, 'cluster'));
    writeFileSync(templateTarballPath(join(making, 'cluster')), Buffer.from(await (await pg.dumpDataDir('none')).arrayBuffer()));
    await pg.close();
    try {
      renameSync(making, home);
    } catch (err) {
      if (!holdsCluster(template) || !existsSync(templateTarballPath(template))) throw err; // another run put its own in place first: use that
    }
  } finally {
    rmSync(making, { recursive: true, force: true });
  }
  return template;
}

/** The template migrated by this checkout's migrations, for in-memory hubs; made when they changed. */
async function migratedTemplate(template: string): Promise<void> {
  const file = migratedTarballPath(template);
  if (existsSync(file)) return;
  const db = await openPgliteDatabase(null, templateTarball(template));
  try {
    await migrate(db);
    const making = `${file}.making-${process.pid}`;
    writeFileSync(making, Buffer.from(await (await db.snapshot()).arrayBuffer()));
    renameSync(making, file); // whole or not at all, whoever of two runs at once renames last
  } finally {
    await db.close();
  }
}

export default async function setup(): Promise<void> {
  const template = await pgliteTemplate();
  await migratedTemplate(template);
  process.env.CENTRAL_PGLITE_TEMPLATE = template;
}
