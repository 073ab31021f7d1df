// Setting the technician PIN as a technician does: the PIN on standard input, only its hash in
// the file, the rest of the file kept, and a file the schema would refuse left untouched.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../config/load.ts';
import { verifyPin } from '../../terminal/technician/pin-hash.ts';
import { nodeEntryArgs } from '../support/node-entries.ts';

function setPin(config: string, input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeEntryArgs('cli/technician-pin.ts'), '--config', config]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

test('the PIN is stored as a hash in the config, next to what the technician wrote', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-pin-'));
  try {
    const file = join(dir, 'hall.json');
    writeFileSync(file, JSON.stringify({ site: { name: '东升街道便民服务中心', code: 'SL-DS-01' } }));
    const done = await setPin(file, '731946\n');
    assert.equal(done.code, 0, done.stderr);
    const text = readFileSync(file, 'utf8');
    assert.ok(!text.includes('731946'), 'the PIN itself is not in the file');
    const config = loadConfig(file);
    assert.equal(config.site.name, '东升街道便民服务中心');
    assert.ok(verifyPin('731946', config.technician.pinHash!));
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(dir), ['hall.json'], 'no temporary file left');

    const short = await setPin(file, '12\n');
    assert.equal(short.code, 2);
    assert.match(short.stderr, /4 to 12 digits/);
    assert.equal(readFileSync(file, 'utf8'), text, 'unchanged');

    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ session: { warningSeconds: 0 } }));
    const refused = await setPin(broken, '731946\n');
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /field "session\.warningSeconds"/);
    assert.equal(readFileSync(broken, 'utf8'), JSON.stringify({ session: { warningSeconds: 0 } }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
