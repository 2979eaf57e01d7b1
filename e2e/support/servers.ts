/**
 * Tiny loopback HTTP servers for the embed and CSP tests: a host page on an origin of its own (another
 * port on 127.0.0.1, so the embed is cross-origin as on a real site), and the built site served from
 * dist/ with whatever headers a test wants to prove (a Content-Security-Policy). node:http only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

export type Served = { origin: string; close: () => Promise<void> };
type Handler = (req: IncomingMessage, res: ServerResponse, origin: string) => void;

/** Starts a server on 127.0.0.1 and a free port; loopback only. */
export async function listen(handler: Handler): Promise<Served> {
  let origin = '';
  const server = createServer((req, res) => handler(req, res, origin));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};

/**
 * Serves a built site as a static host would: /a/b/ is a/b/index.html, an unknown path is 404.html with
 * status 404 (the app, which then says what is missing). `headers(path)` adds headers per response.
 */
export function staticSite(dir: string, headers: (path: string) => Record<string, string>): Handler {
  const root = resolve(dir);
  return (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const body = readFileSync(found ? file : join(root, '404.html'));
    res.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(found ? file : '.html')] ?? 'application/octet-stream', ...headers(path) });
    res.end(body);
  };
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * A publisher's article page that embeds a timeline: /host.html?src=<embed URL>[&dark=1][&late=1] (late: the
 * host script loads only after the embed has spoken). Text above and
 * below makes the page scroll; a search box takes focus away from the embed; every dateline:select the host
 * script re-dispatches is kept in window.hostEvents and listed under "Selections".
 */
export function hostPages(): Handler {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const src = url.searchParams.get('src') ?? '';
    if (url.pathname !== '/host.html' || !/^http:\/\/(localhost|127\.0\.0\.1):\d+\//.test(src)) { res.writeHead(404).end('not found'); return; }
    const script = new URL('/embed.js', src).href;
    const dark = url.searchParams.get('dark') === '1';
    const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Host page</title>
<link rel="icon" href="data:,">
<style>
  body { font: 17px/1.6 Georgia, serif; margin: 0 auto; max-width: 980px; padding: 1.5rem; background: ${dark ? '#0e0e10' : '#ffffff'}; color: ${dark ? '#e8e8e8' : '#1a1a1a'}; }
  .filler { min-height: ${url.searchParams.get('filler') ?? '120'}px; }
  iframe { display: block; margin: 1.5rem 0; }
</style>
</head>
<body>
<h1>The Daily Host</h1>
<p><label>Search this site <input type="search" name="q"></label></p>
<p class="filler">Our reporters followed the visit of two US cabinet secretaries to Mexico City. The timeline below collects what the agencies reported, with every source.</p>
<iframe data-dateline src="${escape(src)}" title="Dateline timeline" width="100%" height="400" style="border:0"></iframe>
<h2>Selections</h2>
<ol id="selections" aria-label="Selections"></ol>
<p class="filler">More of the article, after the timeline.</p>
<div style="height: 1400px"></div>
${url.searchParams.get('late') === '1'
  // The host script arrives only after the embed has already reported its size (a slow or deferred script).
  ? `<script>window.addEventListener('message', function first(e) {
  if (!e.data || e.data.type !== 'dateline:resize') return;
  window.removeEventListener('message', first);
  window.spokeEarly = true;
  var s = document.createElement('script'); s.src = ${JSON.stringify(script)}; document.body.appendChild(s);
});</script>`
  : `<script src="${escape(script)}"></script>`}
<script>
  window.hostEvents = [];
  document.querySelector('iframe').addEventListener('dateline:select', function (e) {
    window.hostEvents.push(e.detail);
    var li = document.createElement('li');
    li.textContent = (e.detail.eventId || '(none)') + ' ' + e.detail.url;
    document.getElementById('selections').appendChild(li);
  });
</script>
</body>
</html>`;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  };
}
