// The preload: runs sandboxed, with contextIsolation, before the page. It exposes exactly one
// object, `window.kioskBridge`, with two functions; the page gets no ipcRenderer, no event objects
// (they carry `sender`), no Node. Keep it this small: everything else belongs in the main process.
import { contextBridge, ipcRenderer } from 'electron';
import { messageChannel, requestChannel, type KioskBridge } from './kiosk-bridge.ts';

const bridge: KioskBridge = {
  send: (message) => ipcRenderer.send(requestChannel, message),
  onMessage: (listener) => {
    const forward = (_event: unknown, message: Parameters<typeof listener>[0]) => listener(message);
    ipcRenderer.on(messageChannel, forward);
    return () => void ipcRenderer.removeListener(messageChannel, forward);
  },
};

contextBridge.exposeInMainWorld('kioskBridge', bridge);
