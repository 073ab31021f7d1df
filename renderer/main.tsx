// Entry point of the renderer, built by Vite into dist/renderer. The fonts are bundled too (only the two weights the
// UI uses): Chinese, the Arabic script for Uyghur, and Tibetan (renderer/fonts/), each loaded by unicode-range
// only when a character of its script is on screen.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import './fonts/fonts.css';
import './styles/app.css';
import './styles/elder.css';
import { render } from 'preact';
import { App } from './app.tsx';
import { connectKioskApi } from './api-client.ts';

const root = document.getElementById('app');
if (root) render(<App api={connectKioskApi()} />, root);
