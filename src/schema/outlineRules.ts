/**
 * The checks of the split story's documents that are not their shape (outline.ts), free of zod like
 * rules.ts: the outline's event columns of one length, each place in them leading to an entry of its
 * table (an event's articles real), ids unique, redirects leading to real events, detail chunks that
 * start at the first event and grow, mentions and marks with offsets in order.
 */
import type { ArticleText, EventChunk, StoryOutlineFile } from './outline.ts';

/** The columns of the outline's events (outline.ts): one entry per event, and each place leading to an entry. */
function crossCheckColumns(outline: StoryOutlineFile, errors: string[]): void {
  const c = outline.events;
  const n = c.id.length;
  for (const name of ['date', 'title', 'actors', 'place', 'sources', 'articles', 'mentions', 'quotes', 'rank', 'key', 'edited'] as const) {
    const column = c[name];
    if (column && column.length !== n) errors.push(`events.${name}: ${column.length} entries for ${n} events`);
  }
  // Plain loops: for 100,000 events these run before the first render.
  const places = (name: 'date' | 'actors' | 'articles', table: unknown[], what: string) => {
    const column = c[name];
    const size = table.length;
    for (let i = 0; i < column.length; i++) if (column[i]! >= size) errors.push(`events.${name}[${i}]: no ${what} ${column[i]}`);
  };
  places('date', c.dates, 'date');
  places('actors', c.actorLists, 'list of actors');
  places('articles', c.articleLists, 'list of articles');
  c.actorLists.forEach((l, i) => l.forEach((p, j) => { if (p >= c.names.length) errors.push(`events.actorLists[${i}][${j}]: no name ${p}`); }));
  c.articleLists.forEach((l, i) => l.forEach((p, j) => { if (p >= outline.articles.length) errors.push(`events.articleLists[${i}][${j}]: no article ${p}`); }));
}

export function crossCheckOutline(outline: StoryOutlineFile): string[] {
  const errors: string[] = [];
  const articles = new Set(outline.articles.map((a) => a.id));
  if (articles.size !== outline.articles.length) errors.push('articles: duplicate article id');
  crossCheckColumns(outline, errors);
  const events = outline.events.id;
  const ids = new Set<string>();
  for (let i = 0; i < events.length; i++) {
    const id = events[i]!;
    const size = ids.size;
    if (ids.add(id).size === size) errors.push(`events.id[${i}]: duplicate id ${id}`);
  }
  outline.redirects?.forEach((r, i) => {
    if (ids.has(r.from)) errors.push(`redirects[${i}].from: ${r.from} is still an event of the story`);
    if (r.to !== null && !ids.has(r.to)) errors.push(`redirects[${i}].to: no event ${r.to}`);
  });
  const chunks = outline.eventChunks;
  if (events.length && chunks[0] !== 0) errors.push('eventChunks: the first chunk does not start at the first event');
  if (!events.length && chunks.length) errors.push('eventChunks: chunks without events');
  chunks.forEach((start, i) => {
    if (start >= events.length && events.length) errors.push(`eventChunks[${i}]: ${start} is past the last event`);
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
