// The headers of the kiosk:// protocol's responses: the page's Content-Security-Policy
// (shared/content-security-policy.ts) and the hardening that goes with it.
import { contentSecurityPolicy } from '../../shared/content-security-policy.ts';

/**
 * Headers for every response of the app's own protocol. Besides the CSP: no MIME sniffing, no
 * referrer, no powerful features even if a permission handler were ever loosened, no caching
 * (an updated app must never run a stale bundle).
 */
export function appResponseHeaders(mimeType: string): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // camera=(self): the document camera (高拍仪, issue 24) for the app's own page only.
    'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), usb=(), serial=(), hid=(), payment=(), display-capture=()',
    'Cache-Control': 'no-store',
  };
}
