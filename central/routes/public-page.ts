// The frame of the hub's pages for residents' phones (the certificate verification page, the
// case progress page behind a receipt's QR): one plain, readable HTML page, every shown text
// escaped, times on the hub's clock (CENTRAL_TIME_ZONE, Beijing time by default: the county's zone,
// which its kiosks print in too), whatever zone the hub's server runs in.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const pageFormats = new Map<string, Intl.DateTimeFormat>();

/** 2026/03/02 00:03 in `timeZone`, as a resident's phone shows it. */
export function pageTime(iso: string, timeZone: string): string {
  let format = pageFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('zh-CN', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
    pageFormats.set(timeZone, format);
  }
  return format.format(new Date(iso));
}

/** A page with the shared body style and the page's own `style` rules after it. */
export function publicPage(title: string, content: string, style: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:sans-serif;max-width:36em;margin:2em auto;padding:0 1em;font-size:1.15em;line-height:1.6}
${style}</style>
</head><body>${content}</body></html>`;
}
