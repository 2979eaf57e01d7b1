/**
 * The Content-Security-Policy docs/hosting.md recommends, as the CSP e2e test serves it: nothing but the
 * site's own scripts, styles, data and images (plus data: for the empty favicon), and framing allowed
 * only where the embed is meant to be framed.
 */
export function contentSecurityPolicy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** Per-path headers for the built site: embed.html may be framed by `embedders`, nothing else may. */
export function siteHeaders(embedders: string): (path: string) => Record<string, string> {
  return (path) => ({
    'Content-Security-Policy': contentSecurityPolicy(path === '/embed.html' ? embedders : "'self'"),
    'X-Content-Type-Options': 'nosniff',
    ...(path === '/embed.html' ? {} : { 'X-Frame-Options': 'SAMEORIGIN' }),
  });
}
