// The Content-Security-Policy of the kiosk page, sent as a response header by the Electron shell's
// kiosk:// protocol handler (electron/policy/csp.ts) and by the hub with its admin console (a
// header, unlike a <meta> tag, also covers frame-ancestors and cannot be removed by script). The
// page loads only its own script, styles, fonts and images; no inline script, no eval, no
// network, no plugins, no frames, no forms posting anywhere.

const directives: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self'",
  // Preact sets styles through the CSSOM (element.style), which CSP does not restrict, so no
  // 'unsafe-inline' is needed: only the app's own stylesheets load.
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'media-src': "'self' data: blob:",
  'connect-src': "'self'",
  'worker-src': "'none'",
  'manifest-src': "'none'",
  'object-src': "'none'",
  'frame-src': "'none'",
  'child-src': "'none'",
  'frame-ancestors': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

/** The policy as one header value. */
export function contentSecurityPolicy(): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
