// Puts a finished build in place of the one a running kiosk serves (issue 21), so the kiosk
// answers with the whole old UI or the whole new one, never a half-written or empty folder:
// the build went to DIR.next-<pid>; two renames swap it in (the served path is missing only
// between them, and the static server waits that out), and the old folder is removed.
// A page loaded from the old index.html still asks for the old hashed assets: the new build
// carries them (hard links) for one generation.
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Names of the previous build's assets the new one also serves (not carried a second time). */
const CARRIED = '.carried-assets';

/** Where a build for `target` is written before it is swapped in. */
export function nextDirFor(target, pid = process.pid) {
  return `${target}.next-${pid}`;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** Leftovers of builds that died before or during their swap (never another live build's folder). */
export function removeStaleBuilds(target) {
  const prefix = `${basename(target)}.`;
  if (!existsSync(dirname(target))) return; // a fresh clone: no dist/ yet, so nothing left over
  for (const name of readdirSync(dirname(target))) {
    const match = /^(?:next|old)-(\d+)$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '');
    if (match && (Number(match[1]) === process.pid || !alive(Number(match[1])))) rmSync(join(dirname(target), name), { recursive: true, force: true });
  }
}

function carryOldAssets(current, next) {
  const oldAssets = join(current, 'assets');
  if (!existsSync(oldAssets)) return;
  const alreadyCarried = new Set(existsSync(join(current, CARRIED)) ? readFileSync(join(current, CARRIED), 'utf8').split('\n') : []);
  const newAssets = join(next, 'assets');
  mkdirSync(newAssets, { recursive: true });
  const present = new Set(readdirSync(newAssets));
  const carried = [];
  for (const name of readdirSync(oldAssets)) {
    if (present.has(name) || alreadyCarried.has(name)) continue;
    linkSync(join(oldAssets, name), join(newAssets, name));
    carried.push(name);
  }
  writeFileSync(join(next, CARRIED), carried.join('\n'));
}

/** Swaps `next` in as `target`; `target` may not exist yet (a first build). */
export function swapIn(target, next) {
  if (existsSync(target)) carryOldAssets(target, next);
  const old = `${target}.old-${process.pid}`;
  // No await between the two renames: the gap is as short as the system makes it.
  try {
    renameSync(target, old);
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
  try {
    renameSync(next, target);
  } catch (err) {
    // Another build put its own in place meanwhile: that one is as whole as ours, and stays.
    if (err.code === 'ENOTEMPTY' || err.code === 'EEXIST') rmSync(next, { recursive: true, force: true });
    else {
      if (!existsSync(target) && existsSync(old)) renameSync(old, target);
      throw err;
    }
  }
  rmSync(old, { recursive: true, force: true });
}
