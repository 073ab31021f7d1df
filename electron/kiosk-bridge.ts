// The one seam between the Electron main process and the renderer: the two IPC channel names and
// the shape of what the preload exposes as `window.kioskBridge`. Shared by main.ts and preload.ts
// so a renamed channel cannot silently split them. No Electron import: type-only and constants.
import type { RequestMessage, ServerMessage } from '../terminal/api.ts';

/** Renderer → main: one KioskApi request envelope. */
export const requestChannel = 'kiosk:request';
/** Main → renderer: responses and events. */
export const messageChannel = 'kiosk:message';

/** What the renderer sees as `window.kioskBridge` — and nothing else of Electron or Node. */
export interface KioskBridge {
  send(message: RequestMessage): void;
  /** Returns a function that stops the listener. */
  onMessage(listener: (message: ServerMessage) => void): () => void;
}
