/**
 * Splits a built story into the documents the viewer loads (src/schema/outline.ts): the outline for the
 * first render, detail chunks of consecutive events, one text per article and the search texts. Pure and
 * deterministic: the same story gives the same files, byte for byte. The whole document is not changed.
 *
 * Chunking: events in the document's (chronological) order, a chunk closed when it would pass
 * CHUNK_BYTES of JSON or CHUNK_EVENTS events. Opening one event then fetches a few kilobytes gzipped,
 * and its neighbours (the next and previous events, the ones a reader opens next) mostly come with it;
 * one file per event would mean thousands of files of a few hundred bytes, each compressed alone.
 * An event bigger than the budget (the story's main happening, told by a hundred articles) is a chunk
 * of its own. Articles are one file each: the reader shows one article at a time.
 */
import { SCHEMA_VERSION, type Story } from '../../schema/index.ts';
import { outlinePaths, type ArticleText, type EventChunk, type EventDetail, type SearchTexts, type StoryOutline } from '../../schema/outline.ts';
import { encodeOutline } from '../../schema/outlineCodec.ts';
import { serialize } from './serialize.ts';

/** A chunk is closed before it passes this many bytes of JSON (about 4 to 6 KB gzipped)... */
export const CHUNK_BYTES = 24_000;
/** ...or this many events. */
export const CHUNK_EVENTS = 64;

export interface SplitStory {
  outline: StoryOutline;
  eventChunks: EventChunk[];
  articles: ArticleText[];
  texts: SearchTexts;
}

export function splitStory(story: Story): SplitStory {
  const details: EventDetail[] = story.events.map((e) => ({ id: e.id, summary: e.summary, evidence: e.date.evidence, quotes: e.quotes, mentions: e.mentions }));
  const starts: number[] = [];
  const eventChunks: EventChunk[] = [];
  let current: EventDetail[] = [];
  let bytes = 0;
  const close = () => {
    if (!current.length) return;
    eventChunks.push({ schemaVersion: SCHEMA_VERSION, storyId: story.id, chunk: eventChunks.length, events: current });
    current = [];
    bytes = 0;
  };
  details.forEach((d, i) => {
    const size = JSON.stringify(d).length;
    if (current.length && (bytes + size > CHUNK_BYTES || current.length >= CHUNK_EVENTS)) close();
    if (!current.length) starts.push(i);
    current.push(d);
    bytes += size;
  });
  close();

  const contextOf = new Map<string, number>();
  for (const m of story.context) contextOf.set(m.articleId, (contextOf.get(m.articleId) ?? 0) + 1);
  const marksOf = new Map<string, ArticleText['marks']>(story.articles.map((a) => [a.id, []]));
  for (const e of story.events) for (const m of e.mentions) if (m.part !== 'title') marksOf.get(m.articleId)?.push({ eventId: e.id, start: m.start, end: m.end });

  const outline: StoryOutline = {
    schemaVersion: SCHEMA_VERSION,
    id: story.id,
    title: story.title,
    ...(story.credit !== undefined ? { credit: story.credit } : {}),
    articles: story.articles.map((a) => ({ id: a.id, file: a.file, title: a.title, publisher: a.publisher, url: a.url, published: a.published, context: contextOf.get(a.id) ?? 0 })),
    events: story.events.map((e) => ({
      id: e.id,
      date: { value: e.date.value, granularity: e.date.granularity, source: e.date.source, ...(e.date.confidence !== undefined ? { confidence: e.date.confidence } : {}) },
      title: e.title,
      actors: e.actors,
      place: e.place,
      sources: e.sources,
      articles: [...new Set(e.mentions.map((m) => m.articleId))],
      mentions: e.mentions.length,
      quotes: e.quotes.length,
      ...(e.rank !== undefined ? { rank: e.rank } : {}),
      ...(e.key !== undefined ? { key: e.key } : {}),
      ...(e.edited !== undefined ? { edited: e.edited } : {}),
    })),
    warnings: story.warnings,
    ...(story.redirects !== undefined ? { redirects: story.redirects } : {}),
    eventChunks: starts,
  };
  const articles: ArticleText[] = story.articles.map((a) => ({
    schemaVersion: SCHEMA_VERSION,
    storyId: story.id,
    articleId: a.id,
    text: a.text,
    marks: marksOf.get(a.id)!.sort((x, y) => x.start - y.start || x.end - y.end || (x.eventId < y.eventId ? -1 : x.eventId > y.eventId ? 1 : 0)),
  }));
  const texts: SearchTexts = {
    schemaVersion: SCHEMA_VERSION,
    storyId: story.id,
    texts: story.events.map((e) => [e.summary, ...e.quotes.map((q) => q.text)].join('\n')),
  };
  return { outline, eventChunks, articles, texts };
}

/** The split story as files under the site base: [path, JSON text]. Compact JSON: these are for the wire; the outline in columns (outlineCodec.ts). */
export function splitStoryFiles(story: Story): { fileName: string; body: string }[] {
  const s = splitStory(story);
  const json = (v: unknown) => `${JSON.stringify(v)}\n`;
  return [
    { fileName: outlinePaths.index(story.id), body: json(encodeOutline(s.outline)) },
    ...s.eventChunks.map((c) => ({ fileName: outlinePaths.events(story.id, c.chunk), body: json(c) })),
    ...s.articles.map((a, i) => ({ fileName: outlinePaths.article(story.id, i), body: json(a) })),
    { fileName: outlinePaths.texts(story.id), body: json(s.texts) },
  ];
}

/** Keeps `serialize` the one writer of the whole document; re-exported so callers need one import. */
export { serialize };
