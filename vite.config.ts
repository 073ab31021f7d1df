// Vite builds the renderer (Preact) into dist/renderer, which both shells load: Electron through
// its kiosk://app/ protocol, the browser shell over loopback. `npm run dev` serves the same
// sources with hot reload (cli/dev.ts passes the core's address for the /api proxy).
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { pinyinDictionary } from './scripts/pinyin-dictionary-plugin.ts';
import { handwritingModel } from './scripts/handwriting-model-plugin.ts';

/** Chromium reads woff2; the .woff fallbacks in @fontsource's CSS would only double dist's size. */
function woff2Only(): Plugin {
  return {
    name: 'kiosk-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource[\\/].*\.css$/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/g, ''), map: null };
    },
  };
}

export default defineConfig({
  root: 'renderer',
  // Relative URLs: the same build loads from http://127.0.0.1:PORT/ and from kiosk://app/.
  base: './',
  plugins: [preact(), woff2Only(), pinyinDictionary(), handwritingModel()],
  // The renderer never reads process.env; an empty public dir keeps dist to what the app imports.
  publicDir: false,
  clearScreen: false,
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome110',
    sourcemap: true,
    // Fonts stay files (CSP allows 'self'); nothing is inlined into the page.
    assetsInlineLimit: 0,
    // The polyfill is for browsers without modulepreload; Chromium 110+ has it.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // The pinyin dictionary is one lazy chunk of about 2 MB (loaded when a pinyin keyboard opens);
    // the handwriting model another, of about 0.6 MB (when a 手写 pad first shows).
    chunkSizeWarningLimit: 2500,
  },
});
