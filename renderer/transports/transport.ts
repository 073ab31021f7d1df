// What the API client needs from a transport: send one request envelope, and hear back raw
// messages and whether the link is up. Electron IPC and the WebSocket both fit this.
import type { RequestMessage } from '../../terminal/api.ts';

export interface TransportHandlers {
  onMessage(raw: unknown): void;
  onConnection(connected: boolean): void;
}

export interface Transport {
  /** Starts the link; handlers receive every message and every change of connection. */
  start(handlers: TransportHandlers): void;
  /** Returns false when the link is down and the message could not be sent. */
  send(message: RequestMessage): boolean;
}
