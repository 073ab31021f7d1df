// Vite builds the admin console (Preact) into dist/console, which the hub serves at /console/
// (central/routes/console.ts) under the same strict CSP as the kiosk page: no inline script.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  plugins: [preact()],
  publicDir: false,
  clearScreen: false,
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome110',
    // Nothing inlined: CSP allows only the console's own files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
