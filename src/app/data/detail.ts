/**
 * The parts of a story the first render does not need (src/schema/outline.ts), fetched when asked: an
 * event's detail chunk when the event is opened, an article's text when the reader opens it, the search
 * texts on the first search. Each is validated like the outline (quick check, zod only for a bad one) and
 * checked against the outline it belongs to, so a stale or misplaced file is a clear message, never wrong
 * data. A loaded file is kept for the page's life; a failed one is asked again next time.
 */
import type { ArticleText, EventDetail, StoryOutline } from '../../schema/outline.ts';
import { outlinePaths } from '../../schema/outlinePaths.ts';
import { validateArticleTextLazily, validateEventChunkLazily, validateSearchTextsLazily } from '../../schema/outlineQuick.ts';
import type { Validated } from '../../schema/validate.ts';
import { fetchJson } from './load.ts';

const BASE = import.meta.env.BASE_URL;
const cache = new Map<string, Promise<Validated<unknown>>>();

function once<T>(url: string, load: () => Promise<Validated<T>>): Promise<Validated<T>> {
  let p = cache.get(url) as Promise<Validated<T>> | undefined;
  if (!p) {
    p = load();
    cache.set(url, p);
    p.then((r) => { if (!r.ok) cache.delete(url); }, () => cache.delete(url));
  }
  return p;
}

const fail = (url: string, why: string): Validated<never> => ({ ok: false, errors: [`${url}: ${why}; reload the page (the story may have been rebuilt)`] });

/** Which detail chunk holds the event at position i of the outline. */
export function chunkOf(outline: Pick<StoryOutline, 'eventChunks'>, i: number): number {
  const starts = outline.eventChunks;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The detail of one event of the outline: its chunk fetched (once) and checked against the outline. */
export function loadEventDetail(outline: StoryOutline, eventId: string, base = BASE): Promise<Validated<EventDetail>> {
  const i = outline.events.findIndex((e) => e.id === eventId);
  if (i < 0) return Promise.resolve({ ok: false, errors: [`this story has no event ${eventId}`] });
  const n = chunkOf(outline, i);
  const url = `${base}${outlinePaths.events(outline.id, n)}`;
  return once(url, async () => {
    const doc = await fetchJson(url);
    const r = doc.ok ? await validateEventChunkLazily(doc.value) : doc;
    if (!r.ok) return { ok: false, errors: r.errors.map((e) => (e.startsWith(url) ? e : `${url}: ${e}`)) };
    const from = outline.eventChunks[n]!;
    const to = outline.eventChunks[n + 1] ?? outline.events.length;
    const ids = outline.events.slice(from, to).map((e) => e.id);
    if (r.value.storyId !== outline.id || r.value.chunk !== n) return fail(url, `it is chunk ${r.value.chunk} of “${r.value.storyId}”, not chunk ${n} of “${outline.id}”`);
    if (r.value.events.length !== ids.length || r.value.events.some((e, k) => e.id !== ids[k])) return fail(url, 'its events are not the ones the story’s index lists');
    return r;
  }).then((r) => {
    if (!r.ok) return r;
    const detail = r.value.events.find((e) => e.id === eventId)!;
    const count = outline.events[i]!;
    if (detail.mentions.length !== count.mentions || detail.quotes.length !== count.quotes) return fail(url, `the event ${eventId} has other mentions than the story’s index says`);
    return { ok: true, value: detail };
  });
}

/** One article's text and marks, fetched (once) and checked against the outline. */
export function loadArticleText(outline: StoryOutline, articleId: string, base = BASE): Promise<Validated<ArticleText>> {
  const n = outline.articles.findIndex((a) => a.id === articleId);
  if (n < 0) return Promise.resolve({ ok: false, errors: [`this story has no article ${articleId}`] });
  const url = `${base}${outlinePaths.article(outline.id, n)}`;
  return once(url, async () => {
    const doc = await fetchJson(url);
    const r = doc.ok ? await validateArticleTextLazily(doc.value) : doc;
    if (!r.ok) return { ok: false, errors: r.errors.map((e) => (e.startsWith(url) ? e : `${url}: ${e}`)) };
    if (r.value.storyId !== outline.id || r.value.articleId !== articleId) return fail(url, `it holds the article “${r.value.articleId}” of “${r.value.storyId}”, not “${articleId}”`);
    return r;
  });
}

/** Each event's summary and quotes, by event id, for the search. */
export function loadSearchTexts(outline: StoryOutline, base = BASE): Promise<Validated<Map<string, string>>> {
  const url = `${base}${outlinePaths.texts(outline.id)}`;
  return once(url, async () => {
    const doc = await fetchJson(url);
    const r = doc.ok ? await validateSearchTextsLazily(doc.value) : doc;
    if (!r.ok) return { ok: false, errors: r.errors.map((e) => (e.startsWith(url) ? e : `${url}: ${e}`)) };
    if (r.value.storyId !== outline.id || r.value.texts.length !== outline.events.length) return fail(url, 'its texts are not those of the story’s events');
    return { ok: true, value: new Map(outline.events.map((e, i) => [e.id, r.value.texts[i]!.toLowerCase()])) };
  });
}
