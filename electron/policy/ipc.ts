// IPC gatekeeping. Only the kiosk window's own top-level page may call the core: not an iframe,
// not another webContents, not a page that was somehow navigated elsewhere. And what it sends is
// parsed before anything else looks at it.
import { requestMessageSchema, type RequestMessage } from '../../terminal/api.ts';
import { isNavigationAllowed } from './navigation.ts';

export interface IpcSender {
  /** URL of the frame that sent the message (event.senderFrame.url); null when the frame is gone. */
  senderUrl: string | null;
  /** True when the sending frame is the top-level frame of its page. */
  senderFrameIsMain: boolean;
  /** event.sender.id */
  webContentsId: number;
}

export interface ExpectedSender {
  /** The kiosk window's webContents id; null before the window exists (then nobody is trusted). */
  webContentsId: number | null;
  appOrigin: string;
}

/** True when the message comes from the kiosk window's main frame showing the app's own page. */
export function isTrustedIpcSender(sender: IpcSender, expected: ExpectedSender): boolean {
  return (
    expected.webContentsId !== null &&
    sender.webContentsId === expected.webContentsId &&
    sender.senderFrameIsMain &&
    sender.senderUrl !== null &&
    isNavigationAllowed(sender.senderUrl, expected.appOrigin)
  );
}

/** Larger requests than this are refused: every real request is a few hundred bytes. */
export const maxIpcRequestBytes = 64 * 1024;

export type ParsedIpcRequest = { ok: true; message: RequestMessage } | { ok: false; reason: string };

/**
 * Parses one `kiosk:request` payload. The envelope must match requestMessageSchema and be plain
 * JSON of bounded size (structured clone lets a page send Maps, huge strings or cycles).
 * The method's own parameters are checked afterwards by dispatchMessage against requestSchemas.
 */
export function parseIpcRequest(payload: unknown): ParsedIpcRequest {
  let json: string | undefined;
  try {
    json = JSON.stringify(payload);
  } catch {
    return { ok: false, reason: 'not plain JSON data' };
  }
  if (json === undefined) return { ok: false, reason: 'empty message' };
  if (json.length > maxIpcRequestBytes) return { ok: false, reason: `larger than ${maxIpcRequestBytes} bytes` };
  // Parse the JSON copy, not the original: what is checked is exactly what is passed on
  // (no getters, prototypes or non-JSON values surviving behind the check).
  const result = requestMessageSchema.safeParse(JSON.parse(json));
  if (!result.success) {
    const fields = result.error.issues.map((i) => (i.path.length ? i.path.join('.') : '(message)')).join(', ');
    return { ok: false, reason: `not a request message (check ${fields})` };
  }
  return { ok: true, message: result.data };
}
