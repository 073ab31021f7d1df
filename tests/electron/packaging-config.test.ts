// electron-builder.yml and package.json read as data, for what the packaged kiosk needs on a
// Linux terminal. Building and installing the .deb is for a build machine and an Ubuntu terminal
// (README, "Electron shell").
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { linuxTargets, readBuilderConfig } from '../../electron/packaging/builder-config.ts';

const config = readBuilderConfig(process.cwd());

test('Linux ships as a .deb (with the AppArmor profile Ubuntu 23.10+ needs for the sandbox) and an AppImage, native modules rebuilt for Electron', () => {
  assert.deepEqual(linuxTargets(config).sort(), ['AppImage', 'deb']);
  assert.equal(config.npmRebuild, true, 'better-sqlite3 and serialport must be rebuilt for Electron\'s ABI');
});

test('updates trust only the signed release manifest: no electron-updater feed, and electron-updater is not a dependency', () => {
  assert.equal(config.publish, null, 'an electron-updater feed (latest-linux.yml) is unsigned on Linux; publish must stay null');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
  assert.equal({ ...pkg.dependencies, ...pkg.optionalDependencies }['electron-updater'], undefined);
});

// Said as a skip so the count of what was not checked here stays visible in every run.
test('building the .deb and the AppImage', (ctx) =>
  ctx.skip('needs the Electron binary and the fpm/appimagetool downloads, which this machine cannot fetch: run `npx electron-builder --linux` on a build machine'));

test("the .deb depends on everything Electron loads: electron-builder's own list, which a depends list replaces, plus GPU buffers, audio and CJK fonts", () => {
  // app-builder-lib 26, FpmTarget.getDefaultDepends('deb').
  const electronBuilderDefaults = ['libgtk-3-0', 'libnotify4', 'libnss3', 'libxss1', 'libxtst6', 'xdg-utils', 'libatspi2.0-0', 'libuuid1', 'libsecret-1-0'];
  // Each entry may offer alternatives ("libasound2t64 | libasound2") and version constraints.
  const satisfiable = new Set(config.deb.depends.flatMap((entry) => entry.split('|').map((alt) => alt.trim().split(/\s|\(/)[0])));
  for (const name of [...electronBuilderDefaults, 'libgbm1', 'libasound2', 'fonts-noto-cjk']) {
    assert.ok(satisfiable.has(name), `deb.depends lacks ${name}`);
  }
});

test("the .deb can be built: the homepage and maintainer electron-builder's deb target refuses to build without", () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { homepage?: string; repository?: string | { url?: string }; author?: { email?: string } | string };
  // app-builder-lib 26 (FpmTarget.computeFpmMetaInfoOptions): the homepage, or a GitHub repository,
  // else "Please specify project homepage"; the maintainer, or the author's e-mail.
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const url = pkg.homepage ?? (repository && /github\.com/.test(repository) ? repository : undefined);
  assert.match(url ?? '', /^https?:\/\/[^/\s]+/, 'package.json needs "homepage" (or a GitHub "repository")');
  const authorEmail = typeof pkg.author === 'object' ? pkg.author.email : /<[^>]+>/.exec(pkg.author ?? '')?.[0];
  assert.ok(config.linux.maintainer || authorEmail, 'linux.maintainer in electron-builder.yml, or an author e-mail in package.json');
});
