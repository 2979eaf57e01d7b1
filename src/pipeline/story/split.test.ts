import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStory, type Story } from '../../schema/index.ts';
import { validateArticleText, validateEventChunk, validateSearchTexts, validateStoryOutline } from '../../schema/outlineValidate.ts';
import { encodeOutline } from '../../schema/outlineCodec.ts';
import { CHUNK_EVENTS, splitStory, splitStoryFiles } from './split.ts';

const seed = JSON.parse(readFileSync(join(import.meta.dirname, '../../../e2e/fixtures/seed-story.json'), 'utf8')) as Story;

/** Many small events over several articles, so the chunking closes chunks. */
function long(n: number): Story {
  const text = Array.from({ length: 50 }, (_, j) => `Sentence ${j} tells one thing.`).join(' ');
  const articles = [0, 1, 2].map((i) => ({ id: `a${i}`, file: `a${i}.txt`, title: `A${i}`, publisher: i ? `P${i}` : null, url: null, byline: null, dateline: null, published: null, text }));
  const events = Array.from({ length: n }, (_, i) => {
    const start = text.indexOf(`Sentence ${i % 50} `);
    const m = { articleId: `a${i % 3}`, start, end: text.indexOf('.', start) + 1, text: '' };
    m.text = text.slice(m.start, m.end);
    return { id: `e${i}`, date: { value: `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`, granularity: 'day' as const, source: 'stated' as const, evidence: null }, title: `Event ${i}`, summary: m.text, actors: [], place: null, quotes: [], mentions: [m], sources: 1, rank: i + 1 };
  });
  return { schemaVersion: 1, id: 'long', title: 'Long', articles, events, context: [{ ...events[0]!.mentions[0]! }], warnings: [] };
}

describe('splitStory', () => {
  it('writes documents that validate, and nothing of the story is lost', () => {
    for (const story of [seed, long(500)]) {
      expect(validateStory(story).ok).toBe(true);
      const s = splitStory(story);
      // The outline's file (events in columns) decodes to the outline.
      const file = JSON.parse(splitStoryFiles(story)[0]!.body) as unknown;
      expect(file).toEqual(encodeOutline(s.outline));
      expect(validateStoryOutline(file)).toEqual({ ok: true, value: s.outline });
      for (const c of s.eventChunks) expect(validateEventChunk(c).ok).toBe(true);
      for (const a of s.articles) expect(validateArticleText(a).ok).toBe(true);
      expect(validateSearchTexts(s.texts).ok).toBe(true);
      // Outline + detail give every event back.
      const details = s.eventChunks.flatMap((c) => c.events);
      expect(details.map((d) => d.id)).toEqual(story.events.map((e) => e.id));
      story.events.forEach((e, i) => {
        const o = s.outline.events[i]!;
        const d = details[i]!;
        expect({ ...e.date }).toEqual({ ...o.date, evidence: d.evidence });
        expect([e.title, e.summary, e.quotes, e.mentions, e.actors, e.place, e.sources, e.rank, e.key]).toEqual([o.title, d.summary, d.quotes, d.mentions, o.actors, o.place, o.sources, o.rank, o.key]);
        expect(o.articles).toEqual([...new Set(e.mentions.map((m) => m.articleId))]);
        // Each chunk holds the events the outline says.
        const n = s.outline.eventChunks.findLastIndex((start) => start <= i);
        expect(s.eventChunks[n]!.events.some((x) => x.id === e.id)).toBe(true);
      });
      story.articles.forEach((a, i) => {
        expect(s.articles[i]!.text).toBe(a.text);
        const marks = story.events.flatMap((e) => e.mentions.filter((m) => m.articleId === a.id).map((m) => `${e.id}@${m.start}`)).sort();
        expect(s.articles[i]!.marks.map((m) => `${m.eventId}@${m.start}`).sort()).toEqual(marks);
      });
      expect(s.outline.articles.reduce((sum, a) => sum + a.context, 0)).toBe(story.context.length);
    }
  });

  it('closes chunks by size and count, so opening one event fetches little', () => {
    const s = splitStory(long(500));
    expect(s.eventChunks.length).toBeGreaterThan(500 / CHUNK_EVENTS);
    for (const c of s.eventChunks) expect(c.events.length).toBeLessThanOrEqual(CHUNK_EVENTS);
    expect(s.outline.eventChunks).toEqual(s.eventChunks.map((_, i) => s.eventChunks.slice(0, i).reduce((n, c) => n + c.events.length, 0)));
  });

  it('is deterministic, and leaves the story document alone', () => {
    const story = long(300);
    const before = JSON.stringify(story);
    const a = splitStoryFiles(story);
    expect(splitStoryFiles(JSON.parse(before) as Story)).toEqual(a);
    expect(JSON.stringify(story)).toBe(before);
    expect(a.map((f) => f.fileName).slice(0, 2)).toEqual(['data/stories/long/index.json', 'data/stories/long/events/0.json']);
    expect(a.at(-1)!.fileName).toBe('data/stories/long/texts.json');
  });
});
