/**
 * Fetches and validates the documents the build wrote under the site base: data/index.json, and of a story
 * its outline (data/stories/<id>/index.json, all the first render needs), then on demand its detail chunks,
 * article texts and search texts (src/schema/outline.ts). Every failure comes back as readable messages,
 * so the page can show them where the missing part would be.
 *
 * Validation is quick.ts's: the same verdict as validateStory, with zod (and its messages) fetched only
 * for a document that is not exactly valid, so zod is not part of the page's initial script.
 * A request in flight is shared: main.tsx starts the story's before React loads (fetchJson.ts), boot.tsx
 * validates it as soon as it arrives (preloadStory), and the app asking
 * again (once at mount, once more when the index arrives) gets the same promise, so a 10,000-event
 * document is fetched, parsed and validated once.
 */
import type { StoryIndex } from '../../schema/story.ts';
import type { StoryOutline } from '../../schema/outline.ts';
import { outlinePaths } from '../../schema/outlinePaths.ts';
import { validateStoryOutlineLazily } from '../../schema/outlineQuick.ts';
import { validateStoryIndexLazily } from '../../schema/quick.ts';
import type { Validated } from '../../schema/validate.ts';
import { fetchJson, takeEarly } from './fetchJson.ts';

export { fetchJson };

const inFlight = new Map<string, Promise<Validated<unknown>>>();

/** One fetch-and-validate per URL at a time; once settled, the next call fetches afresh. */
function shared<T>(url: string, load: () => Promise<Validated<T>>): Promise<Validated<T>> {
  let p = inFlight.get(url) as Promise<Validated<T>> | undefined;
  if (!p) {
    p = load();
    inFlight.set(url, p);
    const done = () => { inFlight.delete(url); };
    p.then(done, done);
  }
  return p;
}

const indexUrl = (base: string) => `${base}data/index.json`;
const storyUrl = (base: string, storyId: string) => `${base}${outlinePaths.index(storyId)}`;

export function loadIndex(base: string): Promise<Validated<StoryIndex>> {
  const url = indexUrl(base);
  return shared(url, async () => {
    const doc = await fetchJson(url);
    return doc.ok ? validateStoryIndexLazily(doc.value) : doc;
  });
}

/** Preloaded stories, kept (even once settled) until the app first asks for them. */
const preloaded = new Map<string, Promise<Validated<StoryOutline>>>();

/** Starts loading a story before anything asks for it: main.tsx, as soon as the URL names one. */
export function preloadStory(base: string, storyId: string): void {
  const url = storyUrl(base, storyId);
  if (!preloaded.has(url)) preloaded.set(url, loadStory(base, storyId));
}

/** The story's outline: what the first render needs (the detail comes with data/detail.ts). */
export function loadStory(base: string, storyId: string): Promise<Validated<StoryOutline>> {
  const url = storyUrl(base, storyId);
  const early = preloaded.get(url);
  if (early) {
    preloaded.delete(url);
    return early;
  }
  return shared(url, async () => {
    // main.tsx asks for the outline before the app is loaded: that request, when there is one.
    const doc = await (takeEarly(url) ?? fetchJson(url));
    performance.mark('dateline:story-parsed');
    const result = doc.ok ? await validateStoryOutlineLazily(doc.value) : doc;
    performance.mark('dateline:story-validated');
    return result;
  });
}
