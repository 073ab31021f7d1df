// The remote `screenshot` command with the browser shell, end to end: a hub, a kiosk started as
// `npm start -- --shell browser` on a virtual X display, an admin asking for a screenshot with a
// stated reason. The hub must then hold a PNG of the screen's size that shows what the screen
// shows (compared with xwd's capture of the display), not a blank image. `reload-ui` too.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { startCentral, type RunningCentral } from '../../central/server.ts';
import { newEnrollmentCode } from '../support/hub-admin.ts';
import { fleetRowWhen, remoteCommands } from '../support/remote-command-rig.ts';
import { startKioskProcess, type KioskProcess } from '../support/kiosk-process.ts';
import { ensureRendererBuilt } from '../renderer/ui-harness.ts';
import { captureScreen, requireXTools, startXvfb, type VirtualDisplay } from './x-screen.ts';

const width = 720;
const height = 1280;

describe('a screenshot asked for by an admin, from a kiosk with the browser shell', () => {
  let dir: string;
  let display: VirtualDisplay;
  let hub: RunningCentral;
  let kiosk: KioskProcess;
  let terminalId: string;
  const log = () => kiosk?.stderr() ?? '';

  const { send, answered } = remoteCommands(() => hub, () => terminalId, { timeoutMs: 60_000, everyMs: 250, log });
  const renderedHeartbeat = () => fleetRowWhen(hub, 'a heartbeat after the UI drew', (t) => t.screen?.lastFrameAgeSeconds != null, { timeoutMs: 120_000, everyMs: 250, log });
  const downloadPng = async (commandId: string) => {
    const response = await fetch(`${hub.url}/v1/admin/commands/${commandId}/attachment`, { headers: { authorization: `Bearer ${hub.adminToken}` } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/png');
    return PNG.sync.read(Buffer.from(await response.arrayBuffer()));
  };

  beforeAll(async () => {
    requireXTools();
    ensureRendererBuilt();
    display = await startXvfb(width, height);
    hub = await startCentral({ port: 0, inMemory: true, logLevel: 'silent' });
    dir = mkdtempSync(join(tmpdir(), 'kiosk-shot-'));
    mkdirSync(join(dir, 'data'));
    kiosk = await startKioskProcess({
      dataDir: join(dir, 'data'),
      config: { central: { url: hub.url, heartbeatSeconds: 5 } },
      args: ['--shell', 'browser', '--enroll', await newEnrollmentCode(hub)],
      env: { DISPLAY: display.name },
      timeoutMs: 60_000,
    });
    terminalId = (await renderedHeartbeat()).terminalId;
  }, 240_000);

  afterAll(async () => {
    await kiosk?.stop();
    await hub?.close();
    await display?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the hub gets a PNG of the whole screen showing what the screen shows', async () => {
    const asked = await send({ type: 'screenshot' }, '居民反映屏幕花屏');
    const view = await answered(asked.commandId);
    assert.equal(view.state, 'done', view.detail ?? '');
    assert.equal(view.attachment, 'image/png');
    const png = await downloadPng(asked.commandId);
    assert.deepEqual([png.width, png.height], [width, height]);

    // Not a blank image: the home screen has text, buttons and colours.
    const colours = new Set<number>();
    let sum = 0;
    let sumSquares = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const rgb = (png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2];
      colours.add(rgb);
      const grey = (png.data[i] + png.data[i + 1] + png.data[i + 2]) / 3;
      sum += grey;
      sumSquares += grey * grey;
    }
    const pixels = png.width * png.height;
    const variance = sumSquares / pixels - (sum / pixels) ** 2;
    assert.ok(variance > 100, `grey-level variance ${variance.toFixed(1)}: a blank image`);
    assert.ok(colours.size > 20, `${colours.size} colours: a blank image`);

    // What the residents see: the same pixels as the X display itself (xwd), bar an animation.
    const screen = await captureScreen(display.name);
    let same = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        if (screen.pixel(x, y) === ((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2])) same++;
      }
    }
    assert.ok(same / pixels > 0.95, `only ${((100 * same) / pixels).toFixed(1)}% of the pixels match the screen`);
  });

  test('reload-ui is answered done, and afterwards the screen shows the UI again, as the next screenshot does', async () => {
    const reload = await send({ type: 'reload-ui' });
    assert.equal((await answered(reload.commandId)).state, 'done');
    // The reloaded page reports a new frame; a screenshot taken then is the drawn UI again.
    await new Promise((r) => setTimeout(r, 3000));
    const asked = await send({ type: 'screenshot' }, '重新加载后核对');
    const view = await answered(asked.commandId);
    assert.equal(view.state, 'done', view.detail ?? '');
    const png = await downloadPng(asked.commandId);
    assert.deepEqual([png.width, png.height], [width, height]);
    const screen = await captureScreen(display.name);
    let same = 0;
    for (let y = 0; y < height; y += 4) for (let x = 0; x < width; x += 4) {
      const i = (y * width + x) * 4;
      if (screen.pixel(x, y) === ((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2])) same++;
    }
    assert.ok(same / ((width / 4) * (height / 4)) > 0.95);
  });
});
