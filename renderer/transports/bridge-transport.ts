// Electron: the preload exposes window.kioskBridge; IPC cannot drop while the window lives.
import type { KioskBridge } from '../../electron/kiosk-bridge.ts';
import type { Transport } from './transport.ts';

export function bridgeTransport(bridge: KioskBridge): Transport {
  return {
    start(handlers) {
      bridge.onMessage((message) => handlers.onMessage(message));
      handlers.onConnection(true);
    },
    send(message) {
      bridge.send(message);
      return true;
    },
  };
}
