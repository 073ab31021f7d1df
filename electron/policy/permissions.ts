// Permission requests from the page (microphone, geolocation, notifications, serial, HID, USB,
// clipboard, fullscreen…) are refused. The page needs none of them: devices are driven by the
// main process, and a page that could open the serial port would bypass the core. One exception
// (issue 24): the document camera (高拍仪) is a UVC camera the kiosk's own page opens with
// getUserMedia for 事项办理's pages — video only, and only for the app's own origin.
import { appOrigin } from './app-origin.ts';

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/**
 * `media`: the kinds of capture asked for (Electron's `mediaTypes` of a request, or the one
 * `mediaType` of a check); a camera is allowed only when every kind asked for is video.
 */
export function permissionDecision(permission: string, requestingUrl: string, media: readonly string[] = []): boolean {
  if (permission !== 'media') return false;
  if (originOf(requestingUrl) !== appOrigin) return false;
  return media.length > 0 && media.every((kind) => kind === 'video');
}

/**
 * A log line naming what was refused, so a technician can see why a feature "does nothing".
 * Only the permission name and the requesting origin are logged, never the full URL.
 */
export function describeDeniedPermission(permission: string, requestingUrl: string): string {
  const name = /^[a-z0-9-]{1,40}$/i.test(permission) ? permission : '(unrecognised)';
  return `kiosk: denied permission "${name}" requested by ${originOf(requestingUrl) ?? '(unknown origin)'}`;
}
