// Permission requests from the page (camera, microphone, geolocation, notifications, serial, HID,
// USB, clipboard, fullscreen…) are all refused. The page needs none of them: devices are driven
// by the main process, and a page that could open the serial port would bypass the core.

/** Always false. Kept as a function so the rule is one tested place, not scattered `false`s. */
export function permissionDecision(_permission: string, _requestingUrl: string): false {
  return false;
}

/**
 * A log line naming what was refused, so a technician can see why a feature "does nothing".
 * Only the permission name and the requesting origin are logged, never the full URL.
 */
export function describeDeniedPermission(permission: string, requestingUrl: string): string {
  const name = /^[a-z0-9-]{1,40}$/i.test(permission) ? permission : '(unrecognised)';
  let origin = '(unknown origin)';
  try {
    const url = new URL(requestingUrl);
    origin = `${url.protocol}//${url.host}`;
  } catch {
    // keep the placeholder: an unparsable URL is not worth logging
  }
  return `kiosk: denied permission "${name}" requested by ${origin}`;
}
