// Browser shell: a WebSocket to /api on the page's own host, carrying the page's token. The link
// is loopback, but the core may restart: reconnect with a growing pause so a restart is a short
// "正在连接…" rather than a dead screen.
import type { Transport, TransportHandlers } from './transport.ts';
import { decodeFrame } from '../../shared/binary-frame.ts';

const firstRetryMs = 250;
const maxRetryMs = 5000;

export function websocketTransport(location: Pick<Location, 'host' | 'search'>): Transport {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const url = `ws://${location.host}/api?token=${encodeURIComponent(token)}`;
  let socket: WebSocket | null = null;
  let retryMs = firstRetryMs;

  const connect = (handlers: TransportHandlers) => {
    const ws = new WebSocket(url);
    // A spoken clip arrives as a binary frame; its WAV is a view of this buffer, never copied.
    ws.binaryType = 'arraybuffer';
    socket = ws;
    ws.onopen = () => {
      retryMs = firstRetryMs;
      handlers.onConnection(true);
    };
    ws.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data;
      if (typeof data !== 'string' && !(data instanceof ArrayBuffer)) return;
      let raw: unknown;
      try {
        raw = decodeFrame(data);
      } catch {
        return; // the server only sends its frames; anything else is noise
      }
      handlers.onMessage(raw);
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      handlers.onConnection(false);
      setTimeout(() => connect(handlers), retryMs);
      retryMs = Math.min(retryMs * 2, maxRetryMs);
    };
    // onerror is always followed by onclose, which does the retrying.
  };

  return {
    start: connect,
    send(message) {
      if (!socket || socket.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(message));
      return true;
    },
  };
}
