// Each Chromium launch gets an empty profile with the kiosk's preferences; nothing of the last
// launch (one resident's history and form entries) is left behind.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProfileStore } from '../../browser-shell/chromium-profile.ts';

test('a fresh profile per launch, with translate off; the last one is removed, and all of them at stop', () => {
  const base = join(mkdtempSync(join(tmpdir(), 'profile-test-')), 'profiles');
  const store = createProfileStore(base);
  const first = store.fresh();
  const prefs = JSON.parse(readFileSync(join(first, 'Default', 'Preferences'), 'utf8'));
  assert.equal(prefs.translate.enabled, false);
  writeFileSync(join(first, 'Default', 'History'), 'a resident was here');

  const second = store.fresh();
  assert.notEqual(second, first);
  assert.equal(existsSync(first), false, 'the previous launch’s profile is gone');
  assert.equal(existsSync(join(second, 'Default', 'History')), false);

  store.removeAll();
  assert.equal(existsSync(base), false);
});
