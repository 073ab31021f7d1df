// A new PGlite spends most of its first start in initdb: about 8 s of CPU on a 2-core machine, in
// WebAssembly, for a cluster that every initdb of the same PGlite build makes alike. Where
// CENTRAL_PGLITE_TEMPLATE names such a cluster, made earlier by this PGlite and cleanly closed
// (the test suites make one per machine: tests/support/pglite-template.ts), a new on-disk data dir
// starts as a native copy of it (a fraction of a second); the migrations then run on it as on any
// new database, so its schema, seeded rows and their timestamps are this hub's own. A directory
// that already holds a database, or no template, changes nothing.
// In-memory hubs (tests) already start from a migrated snapshot after their process's first one
// (open-database.ts); that first one loads the tarball beside the template instead, migrated by
// exactly these migrations (`<template>.migrated-<digest>.tar`), or failing that the bare cluster's
// (`<template>.tar`) and migrates it.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { migrations } from './migrations.ts';

/** True when `dir` holds a PostgreSQL cluster (initdb writes PG_VERSION). */
export function holdsCluster(dir: string): boolean {
  return existsSync(join(dir, 'PG_VERSION'));
}

/** The bare cluster's tarball (PGlite's dumpDataDir). */
export function templateTarballPath(template: string): string {
  return `${template}.tar`;
}

/** The tarball of the cluster migrated by these migrations: any change to one gives another name. */
export function migratedTarballPath(template: string): string {
  const digest = createHash('sha256').update(JSON.stringify(migrations)).digest('hex').slice(0, 16);
  return `${template}.migrated-${digest}.tar`;
}

/**
 * Copies the template cluster into `dataDir` when `dataDir` is missing or empty; says whether it did.
 * The copy is made beside `dataDir` and renamed into place, so a start killed half-way leaves no
 * half-copied cluster that the next start would take for a database.
 */
export function seedFromTemplate(dataDir: string, template: string | undefined): boolean {
  if (!template || !holdsCluster(template)) return false;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) return false;
  mkdirSync(dirname(dataDir), { recursive: true });
  const partial = join(dirname(dataDir), `.${basename(dataDir)}.seeding-${process.pid}`);
  rmSync(partial, { recursive: true, force: true });
  cpSync(template, partial, { recursive: true });
  // rename(2) replaces an empty directory, so an existing empty dataDir is no obstacle.
  renameSync(partial, dataDir);
  return true;
}

/** What an in-memory PGlite loads: the template migrated by these migrations, else the bare one, if any. */
export function templateTarball(template: string | undefined): Blob | undefined {
  if (!template) return undefined;
  const file = [migratedTarballPath(template), templateTarballPath(template)].find((f) => existsSync(f));
  return file ? new Blob([readFileSync(file)]) : undefined;
}
