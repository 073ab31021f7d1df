// Applies the kiosk's policy to Electron objects: every webContents (navigation, new windows,
// webviews, keys, downloads) and the session (permissions, devices, network requests).
// Electron-process only; each decision is a plain, unit-tested function from policy/.
import type { Session, WebContents } from 'electron';
import { appOrigin } from './policy/app-origin.ts';
import { isNavigationAllowed, isRequestAllowed, windowOpenHandler } from './policy/navigation.ts';
import { describeDeniedPermission, permissionDecision } from './policy/permissions.ts';
import { isBlockedShortcut } from './policy/shortcuts.ts';

/** For every webContents ever created (app 'web-contents-created'), not just the kiosk window. */
export function lockDownWebContents(contents: WebContents): void {
  const blockNavigation = (event: { url: string; preventDefault(): void }) => {
    if (isNavigationAllowed(event.url, appOrigin)) return;
    event.preventDefault();
    // The target URL is not logged: a link could carry anything in its query.
    console.warn('kiosk: blocked a navigation away from the app page');
  };
  contents.on('will-navigate', blockNavigation);
  contents.on('will-frame-navigate', blockNavigation);
  contents.on('will-redirect', blockNavigation);
  contents.setWindowOpenHandler(windowOpenHandler);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault();
  });
  // Pinch-zoom on a touch screen would leave the page magnified with no way back.
  contents.on('did-finish-load', () => void contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined));
}

/** Permissions, device pickers, downloads and network: all refused except the app's own files. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const media = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    const allowed = permissionDecision(permission, details.requestingUrl, media);
    if (!allowed) console.warn(describeDeniedPermission(permission, details.requestingUrl));
    callback(allowed);
  });
  // Checks are frequent and silent (the page asking "may I?"), so they are not logged.
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    permissionDecision(permission, requestingOrigin, 'mediaType' in details && details.mediaType ? [details.mediaType] : []),
  );
  // Serial, HID and USB pickers: never (the camera is not asked for through these).
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url, appOrigin);
    if (!allowed) console.warn(`kiosk: blocked a ${details.resourceType} request from the page`);
    callback({ cancel: !allowed });
  });
}
