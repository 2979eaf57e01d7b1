/**
 * The checks of the split story's documents that are not their shape (outline.ts), free of zod like
 * rules.ts: ids unique, an event's articles real, redirects leading to real events, detail chunks that
 * start at the first event and grow, mentions and marks with offsets in order.
 */
import type { ArticleText, EventChunk, StoryOutline } from './outline.ts';

export function crossCheckOutline(outline: StoryOutline): string[] {
  const errors: string[] = [];
  const articles = new Set(outline.articles.map((a) => a.id));
  if (articles.size !== outline.articles.length) errors.push('articles: duplicate article id');
  const ids = new Set<string>();
  outline.events.forEach((event, i) => {
    if (ids.has(event.id)) errors.push(`events[${i}].id: duplicate id ${event.id}`);
    ids.add(event.id);
    event.articles.forEach((a, j) => { if (!articles.has(a)) errors.push(`events[${i}].articles[${j}]: no article ${a}`); });
  });
  outline.redirects?.forEach((r, i) => {
    if (ids.has(r.from)) errors.push(`redirects[${i}].from: ${r.from} is still an event of the story`);
    if (r.to !== null && !ids.has(r.to)) errors.push(`redirects[${i}].to: no event ${r.to}`);
  });
  const chunks = outline.eventChunks;
  if (outline.events.length && chunks[0] !== 0) errors.push('eventChunks: the first chunk does not start at the first event');
  if (!outline.events.length && chunks.length) errors.push('eventChunks: chunks without events');
  chunks.forEach((start, i) => {
    if (start >= outline.events.length && outline.events.length) errors.push(`eventChunks[${i}]: ${start} is past the last event`);
    if (i && start <= chunks[i - 1]!) errors.push(`eventChunks[${i}]: ${start} does not come after ${chunks[i - 1]}`);
  });
  return errors.slice(0, 20);
}

export function crossCheckEventChunk(chunk: EventChunk): string[] {
  const errors: string[] = [];
  chunk.events.forEach((e, i) => {
    e.mentions.forEach((m, j) => { if (m.end < m.start) errors.push(`events[${i}].mentions[${j}]: end before start`); });
    e.quotes.forEach((q, j) => { if (q.end < q.start) errors.push(`events[${i}].quotes[${j}]: end before start`); });
  });
  return errors.slice(0, 20);
}

export function crossCheckArticleText(article: ArticleText): string[] {
  const errors: string[] = [];
  article.marks.forEach((m, i) => {
    if (m.end < m.start || m.end > article.text.length) errors.push(`marks[${i}]: offsets outside the article`);
  });
  return errors.slice(0, 20);
}
