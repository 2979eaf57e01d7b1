/**
 * Fetches and validates the documents the build wrote: data/index.json and data/stories/<id>.json under
 * the site base. Every failure comes back as readable messages, so the page can show them.
 */
import type { Story, StoryIndex } from '../../schema/story.ts';
import { validateStory, validateStoryIndex, type Validated } from '../../schema/validate.ts';

async function fetchJson(url: string): Promise<Validated<unknown>> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (error) {
    return { ok: false, errors: [`${url}: the request failed (${(error as Error).message})`] };
  }
  if (!response.ok) return { ok: false, errors: [`${url}: the server answered ${response.status} ${response.statusText}`.trim()] };
  try {
    return { ok: true, value: await response.json() };
  } catch {
    return { ok: false, errors: [`${url}: not valid JSON`] };
  }
}

export async function loadIndex(base: string): Promise<Validated<StoryIndex>> {
  const doc = await fetchJson(`${base}data/index.json`);
  return doc.ok ? validateStoryIndex(doc.value) : doc;
}

export async function loadStory(base: string, storyId: string): Promise<Validated<Story>> {
  const doc = await fetchJson(`${base}data/stories/${encodeURIComponent(storyId)}.json`);
  performance.mark('dateline:story-parsed');
  const result = doc.ok ? validateStory(doc.value) : doc;
  performance.mark('dateline:story-validated');
  return result;
}
