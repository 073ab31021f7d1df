// One browser page's KioskApi connection: each text message is dispatched to the core, each core
// event forwarded. Anything malformed is answered with an error, never with a crash. An answer that
// carries bytes (a spoken prompt's WAV) goes out as one binary frame (shared/binary-frame.ts).
import type { WebSocket } from 'ws';
import { dispatchMessage, forwardEvents } from '../terminal/dispatch.ts';
import type { KioskApi, ResponseMessage, ServerMessage } from '../terminal/api.ts';
import { encodeFrame } from '../shared/binary-frame.ts';

/**
 * A page that stops reading must not make the core buffer events without end. Spoken prompts
 * travel as WAV bytes (a long one is about 1 MB), so the bound leaves room for several of them.
 */
const maxBufferedBytes = 8 * 1024 * 1024;

function answerToMalformed(text: string | null): ResponseMessage {
  let id = -1; // no request id could be read: the client matches nothing and ignores it
  if (text !== null) {
    try {
      const value: unknown = JSON.parse(text);
      if (value && typeof value === 'object' && 'id' in value && Number.isInteger(value.id)) id = value.id as number;
    } catch {
      // not JSON: keep id -1
    }
  }
  return {
    type: 'response',
    id,
    ok: false,
    error: { code: 'bad-request', message: 'not a KioskApi request: expected JSON {type:"request", id, method, params}' },
  };
}

export function serveApiSocket(api: KioskApi, ws: WebSocket): void {
  const send = (message: ServerMessage) => {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > maxBufferedBytes) {
      ws.terminate();
      return;
    }
    ws.send(encodeFrame(message));
  };
  const stopEvents = forwardEvents(api, send);
  ws.on('close', stopEvents);
  ws.on('error', () => ws.terminate());
  ws.on('message', (data, isBinary) => {
    if (isBinary) {
      send(answerToMalformed(null));
      return;
    }
    const text = Buffer.isBuffer(data) ? data.toString('utf8') : Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data).toString('utf8');
    void dispatchMessage(api, text).then((response) => send(response ?? answerToMalformed(text)));
  });
}
