import { test } from 'vitest';
import assert from 'node:assert/strict';
import { kioskWindowOptions } from '../../electron/policy/window-options.ts';

const preloadPath = '/opt/kiosk/dist/electron/preload.cjs';

test('the page is isolated from Node and Electron', () => {
  const { webPreferences: web } = kioskWindowOptions({ preloadPath, kiosk: true });
  assert.equal(web.preload, preloadPath);
  assert.equal(web.contextIsolation, true);
  assert.equal(web.sandbox, true);
  assert.equal(web.nodeIntegration, false);
  assert.equal(web.nodeIntegrationInWorker, false);
  assert.equal(web.nodeIntegrationInSubFrames, false);
  assert.equal(web.webSecurity, true);
  assert.equal(web.allowRunningInsecureContent, false);
  assert.equal(web.webviewTag, false);
  assert.equal(web.experimentalFeatures, false);
  assert.equal(web.navigateOnDragDrop, false);
  assert.equal(web.spellcheck, false);
  assert.equal(web.disableDialogs, true);
});

test('DevTools are off unless a developer build asks for them', () => {
  assert.equal(kioskWindowOptions({ preloadPath, kiosk: true }).webPreferences.devTools, false);
  assert.equal(kioskWindowOptions({ preloadPath, kiosk: false, devTools: true }).webPreferences.devTools, true);
});

test('kiosk mode: full screen, frameless, on top, cannot be moved, resized, minimised or closed', () => {
  const options = kioskWindowOptions({ preloadPath, kiosk: true, display: { width: 1080, height: 1920 } });
  assert.equal(options.kiosk, true);
  assert.equal(options.fullscreen, true);
  assert.equal(options.frame, false);
  assert.equal(options.alwaysOnTop, true);
  assert.equal(options.skipTaskbar, true);
  assert.equal(options.resizable, false);
  assert.equal(options.movable, false);
  assert.equal(options.minimizable, false);
  assert.equal(options.closable, false);
  assert.deepEqual([options.width, options.height], [1080, 1920], 'a portrait display keeps its shape');
  assert.equal(options.show, false, 'shown on ready-to-show, never as an empty frame');
  assert.match(options.backgroundColor, /^#[0-9a-f]{6}$/i);
});

test('windowed development mode can be moved and closed but keeps the web lockdown', () => {
  const options = kioskWindowOptions({ preloadPath, kiosk: false });
  assert.equal(options.kiosk, false);
  assert.equal(options.fullscreen, false);
  assert.equal(options.closable, true);
  assert.equal(options.resizable, true);
  assert.ok(options.width > 0 && options.height > 0);
  assert.equal(options.webPreferences.sandbox, true);
  assert.equal(options.webPreferences.contextIsolation, true);
});
