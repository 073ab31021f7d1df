// Entry point of the renderer, built by Vite into dist/renderer. The fonts are bundled too (only the two weights the
// UI uses); the system's CJK fonts are the fallback.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './styles/app.css';
import { render } from 'preact';
import { App } from './app.tsx';
import { connectKioskApi } from './api-client.ts';

const root = document.getElementById('app');
if (root) render(<App api={connectKioskApi()} />, root);
