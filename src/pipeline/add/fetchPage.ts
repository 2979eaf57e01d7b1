/**
 * One web page, fetched the way a careful newsroom tool should: Node's own fetch (no browser, so nothing
 * on the page ever runs), redirects followed by hand so each hop is counted and checked, only HTML
 * accepted, and the size limit enforced while the body streams in, so a 2 GB "article" costs 5 MB of
 * memory and stops there. Every refusal is one sentence that the command prints after the URL.
 */

/** Largest page kept. News pages run from 50 KB to 1.5 MB with their inline scripts and styles. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
/** Redirects followed before giving up: http -> https -> www -> the article's final address is three. */
export const MAX_REDIRECTS = 5;
export const TIMEOUT_MS = 30_000;

const REDIRECT = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export interface FetchOptions {
  maxBytes?: number;
  maxRedirects?: number;
  timeoutMs?: number;
  /** The fetch to use; tests pass one that refuses every host but the local test server. */
  fetch?: typeof fetch;
}

export type FetchedPage =
  | { ok: true; url: string; bytes: Uint8Array; contentType: string; redirects: string[] }
  | { ok: false; message: string };

export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const maxBytes = options.maxBytes ?? MAX_PAGE_BYTES;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const doFetch = options.fetch ?? fetch;
  const signal = AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS);
  let url = webAddress(address);
  if (typeof url !== 'string') return url;
  // Every address visited, the first included: a redirect back to any of them is a loop.
  const chain = [url];
  for (;;) {
    let response: Response;
    try {
      response = await doFetch(url, {
        redirect: 'manual',
        signal,
        headers: { accept: 'text/html,application/xhtml+xml;q=0.9', 'user-agent': 'Dateline/0.1 (npm run add; one page per request)' },
      });
    } catch (error) {
      return { ok: false, message: networkProblem(error, signal) };
    }
    if (REDIRECT.has(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location) return { ok: false, message: `HTTP ${response.status} redirect without a Location header` };
      const next = webAddress(location, url);
      if (typeof next !== 'string') return { ok: false, message: `redirected to ${location}: ${next.message}` };
      if (chain.includes(next)) return { ok: false, message: `redirect loop: ${[...chain.slice(chain.indexOf(next)), next].join(' -> ')}` };
      if (chain.length > maxRedirects) return { ok: false, message: `more than ${maxRedirects} redirects (the last went to ${next}); not followed further` };
      chain.push(next);
      url = next;
      continue;
    }
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel();
      return { ok: false, message: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${chain.length > 1 ? ` at ${url}` : ''}` };
    }
    const contentType = response.headers.get('content-type') ?? '';
    const media = contentType.split(';')[0]!.trim().toLowerCase();
    if (!HTML_TYPES.has(media)) {
      await response.body?.cancel();
      return { ok: false, message: media ? `not an HTML page (Content-Type ${media})` : 'the server did not say what it sent (no Content-Type); only HTML pages are added' };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel();
      return { ok: false, message: `the page is ${megabytes(declared)}, over the ${megabytes(maxBytes)} limit` };
    }
    const body = await readLimited(response, maxBytes, signal);
    if (!body.ok) return body;
    return { ok: true, url, bytes: body.bytes, contentType, redirects: chain.slice(1) };
  }
}

/** The body, read chunk by chunk; stops (and closes the connection) as soon as it passes `maxBytes`. */
async function readLimited(response: Response, maxBytes: number, signal: AbortSignal): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  if (!response.body) return { ok: true, bytes: new Uint8Array() };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return { ok: false, message: `the page is over the ${megabytes(maxBytes)} limit; stopped reading at ${megabytes(total)}` };
      }
      chunks.push(value);
    }
  } catch (error) {
    return { ok: false, message: networkProblem(error, signal) };
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}

/** An absolute http(s) address, resolved against `base` for a relative redirect; anything else is refused. */
function webAddress(address: string, base?: string): string | { ok: false; message: string } {
  let parsed: URL;
  try {
    parsed = new URL(address, base);
  } catch {
    return { ok: false, message: 'not a web address (expected http:// or https://)' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, message: `only http and https pages are added, not ${parsed.protocol}` };
  parsed.hash = '';
  return parsed.href;
}

function networkProblem(error: unknown, signal: AbortSignal): string {
  if (signal.aborted) return 'no complete answer within the time limit';
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail = cause?.code ?? cause?.message ?? (error as Error).message;
  return `could not fetch the page (${detail})`;
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
