import { afterEach, describe, expect, it, vi } from 'vitest';
import seedJson from '../../../e2e/fixtures/seed-story.json' with { type: 'json' };
import type { Story } from '../../schema/story.ts';
import { splitStoryFiles, splitStory } from '../../pipeline/story/split.ts';
import { chunkOf, loadArticleText, loadEventDetail, loadSearchTexts } from './detail.ts';

const seed = seedJson as unknown as Story;

/** Serves the given files (path under the base -> body) through a stubbed fetch; anything else is a 404. */
function serve(files: Map<string, string>): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    const body = files.get(url.replace(/^\/base\//, ''));
    return body === undefined ? new Response('no', { status: 404, statusText: 'Not Found' }) : new Response(body, { status: 200 });
  });
  return asked;
}
afterEach(() => { vi.unstubAllGlobals(); });

describe('loading the detail', () => {
  it('finds an event’s chunk by where the chunks start', () => {
    const outline = { eventChunks: [0, 5, 9] };
    expect([0, 4, 5, 8, 9, 40].map((i) => chunkOf(outline, i))).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('gives an event its detail, fetching its chunk once, and an article its text and marks', async () => {
    // A second copy of the seed under another id, so the module's cache of the first test run is not reused.
    const story = { ...seed, id: 'detail-one' };
    const { outline } = splitStory(story);
    const asked = serve(new Map(splitStoryFiles(story).map((f) => [f.fileName, f.body])));
    const e = story.events[3]!;
    const r = await loadEventDetail(outline, e.id, '/base/');
    expect(r).toEqual({ ok: true, value: { id: e.id, summary: e.summary, evidence: e.date.evidence, quotes: e.quotes, mentions: e.mentions } });
    await loadEventDetail(outline, e.id, '/base/');
    expect(asked).toEqual(['/base/data/stories/detail-one/events/0.json']);
    const a = await loadArticleText(outline, story.articles[1]!.id, '/base/');
    expect(a.ok && a.value.text).toBe(story.articles[1]!.text);
    const t = await loadSearchTexts(outline, '/base/');
    expect(t.ok && t.value.get(e.id)).toContain(e.summary.toLowerCase());
  });

  it('refuses a chunk of another build, a bad one and a missing one with a message naming the file', async () => {
    const story = { ...seed, id: 'detail-two' };
    const { outline } = splitStory(story);
    const files = new Map(splitStoryFiles(story).map((f) => [f.fileName, f.body]));
    const url = 'data/stories/detail-two/events/0.json';
    const chunk = JSON.parse(files.get(url)!) as { events: { id: string }[] };
    chunk.events[0]!.id = 'renamed';
    files.set(url, JSON.stringify(chunk));
    serve(files);
    const stale = await loadEventDetail(outline, story.events[0]!.id, '/base/');
    expect(stale).toEqual({ ok: false, errors: [`/base/${url}: its events are not the ones the story’s index lists; reload the page (the story may have been rebuilt)`] });

    files.set(url, JSON.stringify({ ...chunk, events: 'none' }));
    const bad = await loadEventDetail(outline, story.events[0]!.id, '/base/');
    expect(bad.ok ? [] : bad.errors).toEqual([expect.stringMatching(new RegExp(`^/base/${url}: events: `))]);

    files.delete(url);
    const missing = await loadEventDetail(outline, story.events[0]!.id, '/base/');
    expect(missing).toEqual({ ok: false, errors: [`/base/${url}: the server answered 404 Not Found`] });

    const other = await loadArticleText(outline, 'no-such-article', '/base/');
    expect(other).toEqual({ ok: false, errors: ['this story has no article no-such-article'] });
  });
});
