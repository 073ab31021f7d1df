// A new on-disk hub database copies the initdb'd template cluster (central/storage/pglite-template.ts)
// when one is given: it must then be this hub's own new database, migrated now, and the template
// and any existing database must be left as they were.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../central/storage/open-database.ts';
import { migrations } from '../../central/storage/migrations.ts';
import { holdsCluster, migratedTarballPath, seedFromTemplate, templateTarball, templateTarballPath } from '../../central/storage/pglite-template.ts';
import { pgliteTemplate } from '../support/pglite-template.ts';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'pglite-template-'));
}

test('a hub on a new data dir seeded from the template is migrated now, and the template stays a bare cluster', async () => {
  const template = await pgliteTemplate();
  const templateFiles = readdirSync(template, { recursive: true }).length;
  const dir = scratch();
  try {
    const pgliteDir = join(dir, 'central', 'pglite');
    assert.equal(seedFromTemplate(pgliteDir, template), true);
    assert.ok(holdsCluster(pgliteDir));
    const startedAt = Date.now();
    const db = await openDatabase({ pgliteDir });
    try {
      const applied = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      assert.deepEqual(applied.map((r) => r.version), migrations.map((m) => m.version));
      const [admin] = await db.query<{ created_at: Date | string }>(`SELECT created_at FROM console_accounts WHERE username = 'admin'`);
      assert.ok(new Date(admin!.created_at).getTime() >= startedAt - 1000, 'the built-in admin is created by this hub, not copied from the template');
    } finally {
      await db.close();
    }
    assert.equal(readdirSync(template, { recursive: true }).length, templateFiles, 'the template is not written to');
    assert.ok(!readdirSync(join(dir, 'central')).some((name) => name.includes('seeding')), 'no partial copy is left beside the data dir');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the template is copied only into a missing or empty directory, and only when it holds a cluster', () => {
  const dir = scratch();
  try {
    const template = join(dir, 'template');
    mkdirSync(template);
    assert.equal(seedFromTemplate(join(dir, 'a'), template), false, 'a template without PG_VERSION is no cluster');
    writeFileSync(join(template, 'PG_VERSION'), '17\n');
    assert.equal(seedFromTemplate(join(dir, 'a'), undefined), false, 'no template given');
    assert.equal(seedFromTemplate(join(dir, 'missing', 'pglite'), template), true);
    assert.ok(holdsCluster(join(dir, 'missing', 'pglite')));
    mkdirSync(join(dir, 'empty'));
    assert.equal(seedFromTemplate(join(dir, 'empty'), template), true);
    assert.ok(holdsCluster(join(dir, 'empty')));
    mkdirSync(join(dir, 'used'));
    writeFileSync(join(dir, 'used', 'base'), 'an existing database');
    assert.equal(seedFromTemplate(join(dir, 'used'), template), false);
    assert.deepEqual(readdirSync(join(dir, 'used')), ['base'], 'an existing database is left alone');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an in-memory hub loads the template migrated by these migrations when there is one, else the bare one', async () => {
  const dir = scratch();
  try {
    const template = join(dir, 'cluster');
    assert.equal(templateTarball(undefined), undefined);
    assert.equal(templateTarball(template), undefined, 'no tarball: initdb as without a template');
    writeFileSync(templateTarballPath(template), 'bare');
    assert.equal(await templateTarball(template)!.text(), 'bare');
    writeFileSync(join(dir, 'cluster.migrated-0000000000000000.tar'), 'migrated by other migrations');
    assert.equal(await templateTarball(template)!.text(), 'bare', 'another set of migrations’ tarball is not used');
    writeFileSync(migratedTarballPath(template), 'migrated');
    assert.equal(await templateTarball(template)!.text(), 'migrated');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
