/**
 * Fetching a JSON document, free of the app's other modules so that the page's entry can ask for the story's
 * outline before React and the app are loaded (main.tsx), and the app then takes that request over.
 *
 * The body is read from its stream, decoded as it arrives, and parsed once complete. Measured in headless
 * Chromium on the 8.4 MB outline of 100,000 events: `response.json()` keeps the page's main thread busy
 * for most of the download (its body is gathered in loading tasks that starve the rest); reading the
 * stream leaves it free meanwhile (to compile and run React and the app) and finished some 100 ms sooner.
 */
import type { Validated } from '../../schema/validate.ts';

async function bodyText(response: Response): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

export async function fetchJson(url: string): Promise<Validated<unknown>> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (error) {
    return { ok: false, errors: [`${url}: the request failed (${(error as Error).message})`] };
  }
  if (!response.ok) return { ok: false, errors: [`${url}: the server answered ${response.status} ${response.statusText}`.trim()] };
  let text: string;
  try {
    text = await bodyText(response);
  } catch (error) {
    return { ok: false, errors: [`${url}: the download failed (${(error as Error).message})`] };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, errors: [`${url}: not valid JSON`] };
  }
}

/** Requests made before the app was loaded, until it takes them (one each). */
const early = new Map<string, Promise<Validated<unknown>>>();

/** Starts fetching a document the app will ask for: main.tsx, for the outline of the story in the URL. */
export function fetchEarly(url: string): void {
  if (!early.has(url)) early.set(url, fetchJson(url));
}

/** The early request for a URL, if one was made and not taken yet. */
export function takeEarly(url: string): Promise<Validated<unknown>> | undefined {
  const p = early.get(url);
  early.delete(url);
  return p;
}
